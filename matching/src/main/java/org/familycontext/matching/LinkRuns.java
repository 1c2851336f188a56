/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching;

import java.time.Instant;
import java.util.Map;
import org.neo4j.driver.Driver;

/**
 * The record of each linking run, {@code (:LinkRun)}: which model, full or incremental, and the load stamp it had
 * seen, from which the next incremental run knows which records are new.
 */
public final class LinkRuns {

    private final Driver driver;

    public LinkRuns(Driver driver) {
        this.driver = driver;
    }

    /** The newest load stamp in the graph: every record loaded so far has a stamp at most this. */
    public long currentLoadStamp() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(
                            "OPTIONAL MATCH (c:LoadRunSequence {name: 'load runs'}) RETURN coalesce(c.last, 0) AS n")
                    .single()
                    .get("n")
                    .asLong());
        }
    }

    /** The load stamp the last completed run had seen, or null when nothing was linked yet. */
    public Long lastLinkedLoadStamp() {
        try (var session = driver.session()) {
            var value = session.executeRead(tx -> tx.run("""
                                    MATCH (r:LinkRun) WHERE r.finishedAt IS NOT NULL
                                    RETURN r.loadStamp AS stamp ORDER BY r.finishedAt DESC LIMIT 1
                                    """).list()).stream()
                    .findFirst()
                    .map(row -> row.get("stamp").asLong())
                    .orElse(null);
            return value;
        }
    }

    /** Stores a finished run with its figures. */
    public void finished(
            String id, String mode, String modelVersion, long loadStamp, Instant started, Map<String, Object> counts) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(
                            """
                            MERGE (r:LinkRun {id: $id})
                            SET r.mode = $mode, r.modelVersion = $model, r.loadStamp = $stamp,
                                r.startedAt = $started, r.finishedAt = $finished, r += $counts
                            """,
                            Map.of(
                                    "id", id,
                                    "mode", mode,
                                    "model", modelVersion,
                                    "stamp", loadStamp,
                                    "started", started.toString(),
                                    "finished", Instant.now().toString(),
                                    "counts", counts))
                    .consume());
        }
    }
}
