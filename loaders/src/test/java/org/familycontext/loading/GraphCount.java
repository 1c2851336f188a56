/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.loading;

import org.familycontext.model.testing.InProcessNeo4j;

/** Counts in the test graph, for assertions: the query returns one row with a number {@code n}. */
final class GraphCount {

    private GraphCount() {}

    static long of(String cypher) {
        try (var session = InProcessNeo4j.driver().session()) {
            return session.run(cypher).single().get("n").asLong();
        }
    }
}
