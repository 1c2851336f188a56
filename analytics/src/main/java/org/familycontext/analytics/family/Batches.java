/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.analytics.family;

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

    /** Runs the statement once per batch, as {@code $rows}; returns the sum of the {@code written} column. */
    static long write(Driver driver, String statement, List<List<Map<String, Object>>> batches) {
        long total = 0;
        try (var session = driver.session()) {
            for (var batch : batches) {
                total += session.executeWrite(tx -> tx.run(statement, Map.of("rows", batch))
                        .single()
                        .get("written")
                        .asLong());
            }
        }
        return total;
    }
}
