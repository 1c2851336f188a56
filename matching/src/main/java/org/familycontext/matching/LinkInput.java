/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.familycontext.model.record.RecordKey;
import org.neo4j.driver.Driver;

/**
 * What a linking run starts from: every current record in the linker's form, and the links already settled -
 * reviewers' decisions always, and for an incremental run the accepted links and which records are new since the
 * last run.
 */
public record LinkInput(List<MatchRecord> records, Map<RecordKey, Integer> indexOf, Linker.Settled settled) {

    // Without the hint the planner scanned every record and its links (1.5 s at a million records) for the few
    // decided ones.
    private static final String DECIDED = """
            MATCH (a:Record)-[s:SAME_AS]->(b:Record) USING INDEX s:SAME_AS(status)
            WHERE s.status IN ['CONFIRMED', 'REJECTED'] AND s.decidedBy IS NOT NULL
            RETURN a.source AS s1, a.sourceId AS i1, b.source AS s2, b.sourceId AS i2, s.status = 'CONFIRMED' AS yes
            """;

    private static final String ACCEPTED = """
            MATCH (a:Record)-[s:SAME_AS {status: 'AUTO'}]->(b:Record)
            RETURN a.source AS s1, a.sourceId AS i1, b.source AS s2, b.sourceId AS i2
            """;

    private static final String FRESH = """
            MATCH (r:Record) WHERE coalesce(r.current, true) AND r.sourceId IS NOT NULL
              AND r.changedRun > $since
            RETURN r.source AS source, r.sourceId AS sourceId
            """;

    /**
     * @param sinceLoadStamp for an incremental run, the load stamp the last run had seen (records loaded or
     *     changed after it are linked against everything); null for a full run
     * @param soundsToStore when not null, marked with the records whose stored name sounds are missing or stale
     */
    public static LinkInput read(Driver driver, Long sinceLoadStamp, BitSet soundsToStore) {
        var records = MatchRecords.read(driver, soundsToStore);
        var indexOf = new HashMap<RecordKey, Integer>(records.size() * 2);
        for (var record : records) {
            indexOf.put(record.key(), record.index());
        }
        var decided = decided(driver, indexOf);
        var accepted = new ArrayList<int[]>();
        BitSet fresh = null;
        if (sinceLoadStamp != null) {
            fresh = new BitSet(records.size());
            var marked = fresh;
            try (var session = driver.session()) {
                session.executeRead(tx -> {
                    tx.run(ACCEPTED).forEachRemaining(row -> {
                        var pair = pair(indexOf, row);
                        if (pair != null) {
                            accepted.add(pair);
                        }
                    });
                    tx.run(FRESH, Map.of("since", sinceLoadStamp)).forEachRemaining(row -> {
                        var index = indexOf.get(new RecordKey(
                                row.get("source").asString(),
                                row.get("sourceId").asString()));
                        if (index != null) {
                            marked.set(index);
                        }
                    });
                    return null;
                });
            }
        }
        return new LinkInput(
                records, indexOf, new Linker.Settled(decided.confirmed(), decided.rejected(), accepted, fresh));
    }

    /** Only the records new or changed since the last run and those around them (see {@link IncrementalInput}). */
    public static LinkInput readAround(Driver driver, long sinceLoadStamp) {
        return IncrementalInput.read(driver, sinceLoadStamp);
    }

    record Decided(List<int[]> confirmed, List<int[]> rejected) {}

    /** Reviewers' decisions between records of the run (there are few: they are read whole). */
    static Decided decided(Driver driver, Map<RecordKey, Integer> indexOf) {
        var confirmed = new ArrayList<int[]>();
        var rejected = new ArrayList<int[]>();
        try (var session = driver.session()) {
            session.executeRead(tx -> {
                tx.run(DECIDED).forEachRemaining(row -> {
                    var pair = pair(indexOf, row);
                    if (pair != null) {
                        (row.get("yes").asBoolean() ? confirmed : rejected).add(pair);
                    }
                });
                return null;
            });
        }
        return new Decided(confirmed, rejected);
    }

    private static int[] pair(Map<RecordKey, Integer> indexOf, org.neo4j.driver.Record row) {
        var a = indexOf.get(
                new RecordKey(row.get("s1").asString(), row.get("i1").asString()));
        var b = indexOf.get(
                new RecordKey(row.get("s2").asString(), row.get("i2").asString()));
        return a == null || b == null ? null : new int[] {a, b};
    }
}
