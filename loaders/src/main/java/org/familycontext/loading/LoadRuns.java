/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.loading;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.familycontext.manifest.Manifest;

/**
 * Records each load in the graph: the source's metadata as the manifest gives it, and a {@code LoadRun} with
 * its reconciliation, so that {@code status} can say what was loaded when. A run that never finished (the
 * process was killed) is left "running" until the next run of the source marks it "interrupted".
 */
final class LoadRuns {

    private final CypherRunner cypher;

    LoadRuns(CypherRunner cypher) {
        this.cypher = cypher;
    }

    /**
     * Records the run as started; returns its stamp, the number every element the run writes or sees is marked
     * with (one higher than any run's before, whichever source).
     */
    long start(Manifest manifest, String runId, Instant startedAt) {
        var s = manifest.source();
        var source = new HashMap<String, Object>();
        source.put("system", s.system());
        source.put("service", s.service());
        source.put("dataCurrentAsOf", s.dataCurrentAsOf());
        source.put("historyYears", s.historyYears());
        source.put("areaCovered", s.areaCovered());
        source.put("minAge", s.minAge());
        source.put("maxAge", s.maxAge());
        var params = Map.<String, Object>of(
                "name",
                s.name(),
                "source",
                source,
                "startedAt",
                startedAt.toString(),
                "runId",
                runId,
                "manifest",
                manifest.location().toAbsolutePath().toString(),
                "mode",
                manifest.mode().name());
        // The counter node is locked until the transaction commits, so two loads never share a stamp.
        return cypher.inWriteTransaction(
                tx -> ((Number) tx.run("""
                            MERGE (counter:LoadRunSequence {name: 'load runs'})
                            SET counter.last = coalesce(counter.last, 0) + 1
                            WITH counter.last AS stamp
                            MERGE (s:Source {name: $name})
                            SET s += $source, s.loadedAt = $startedAt
                            WITH s, stamp
                            OPTIONAL MATCH (s)<-[:OF]-(old:LoadRun {status: 'running'})
                            SET old.status = 'interrupted'
                            WITH DISTINCT s, stamp
                            CREATE (s)<-[:OF]-(:LoadRun {id: $runId, stamp: stamp, source: $name,
                                                         manifest: $manifest, mode: $mode,
                                                         startedAt: $startedAt, status: 'running'})
                            RETURN stamp
                            """, params).getFirst().get("stamp")).longValue());
    }

    void finish(String runId, LoadReport report, Instant finishedAt) {
        write(
                """
                MATCH (run:LoadRun {id: $runId})
                SET run.status = 'completed', run.finishedAt = $finishedAt, run.read = $read, run.loaded = $loaded,
                    run.updated = $updated, run.unchanged = $unchanged, run.rejected = $rejected,
                    run.fieldsDropped = $dropped, run.noLongerCurrent = $gone, run.rejectReport = $report
                """,
                Map.of(
                        "runId",
                        runId,
                        "finishedAt",
                        finishedAt.toString(),
                        "read",
                        report.read(),
                        "loaded",
                        report.loaded(),
                        "updated",
                        report.updated(),
                        "unchanged",
                        report.unchanged(),
                        "rejected",
                        report.rejected(),
                        "dropped",
                        report.fieldsDropped(),
                        "gone",
                        report.noLongerCurrent(),
                        "report",
                        report.rejectReport().toString()));
    }

    /** Whether the graph holds no record and no involvement of this source: its first load. */
    boolean holdsNothingOf(String source) {
        return cypher.inWriteTransaction(tx -> Boolean.TRUE.equals(
                tx.run("""
                        RETURN NOT EXISTS { MATCH (r:Record) WHERE r.source = $source AND r.sourceId IS NOT NULL }
                           AND NOT EXISTS { MATCH (i:ServiceInvolvement)
                                            WHERE i.source = $source AND i.sourceId IS NOT NULL } AS empty
                        """, Map.of("source", source)).getFirst().get("empty")));
    }

    /** Marks what this source's earlier loads wrote and this run did not see; returns how many. */
    long markNotSeen(String source, long stamp) {
        var params = Map.<String, Object>of("source", source, "run", stamp);
        long marked = 0;
        for (var statement : List.of(NOT_SEEN_RECORDS, NOT_SEEN_INVOLVEMENTS, NOT_SEEN_TIES_AND_ADDRESSES)) {
            marked += cypher.inWriteTransaction(
                    tx -> ((Number) tx.run(statement, params).getFirst().get("n")).longValue());
        }
        return marked;
    }

    private static final String NOT_SEEN_RECORDS = """
            MATCH (r:Record) WHERE r.source = $source AND r.sourceId IS NOT NULL
              AND coalesce(r.current, true) AND r.lastSeenRun <> $run
            SET r.current = false RETURN count(*) AS n
            """;

    // An involvement written from a record's row is still there when that record was seen with the same row
    // (same hash): unchanged rows only stamp their record. One from a file of its own is stamped directly.
    private static final String NOT_SEEN_INVOLVEMENTS = """
            MATCH (i:ServiceInvolvement) WHERE i.source = $source AND i.sourceId IS NOT NULL
              AND coalesce(i.current, true) AND i.lastSeenRun <> $run
              AND NOT EXISTS { MATCH (r:Record)-[:HAS_INVOLVEMENT]->(i) WHERE r.lastSeenRun = $run AND r.loadHash = i.loadHash }
            SET i.current = false RETURN count(*) AS n
            """;

    private static final String NOT_SEEN_TIES_AND_ADDRESSES = """
            MATCH (r:Record)-[t]->() WHERE r.source = $source AND r.sourceId IS NOT NULL
              AND coalesce(t.current, true) AND t.lastSeenRun <> $run
              AND NOT (type(t) = 'LIVED_AT' AND r.lastSeenRun = $run AND t.loadHash = r.loadHash)
            SET t.current = false RETURN count(*) AS n
            """;

    private void write(String statement, Map<String, Object> params) {
        cypher.inWriteTransaction(tx -> tx.run(statement, params));
    }
}
