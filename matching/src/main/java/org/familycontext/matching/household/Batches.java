/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.household;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

/** Batched writes and streamed reads, the two ways the builder talks to the graph. */
final class Batches {

    static final int SIZE = 5_000;

    /** Rows fetched per round trip of a streamed read. */
    private static final int FETCH = 10_000;

    private Batches() {}

    static SessionConfig streamedRead() {
        return SessionConfig.builder()
                .withDefaultAccessMode(AccessMode.READ)
                .withFetchSize(FETCH)
                .build();
    }

    /** Runs the statement once per batch of rows, as {@code $name}; returns the sum of the column it returns. */
    static long write(Driver driver, String statement, String name, List<?> rows, String column) {
        long total = 0;
        try (var session = driver.session()) {
            for (int from = 0; from < rows.size(); from += SIZE) {
                var batch = rows.subList(from, Math.min(rows.size(), from + SIZE));
                total += session.executeWrite(tx -> tx.run(statement, Map.of(name, batch))
                        .single()
                        .get(column)
                        .asLong());
            }
        }
        return total;
    }
}
