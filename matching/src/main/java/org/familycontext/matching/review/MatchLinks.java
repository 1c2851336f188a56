/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.familycontext.model.record.RecordKey;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/** Reads the SAME_AS links of many records in one query: why each record was (or was not) joined to others. */
public final class MatchLinks {

    private static final String READ = """
            UNWIND $keys AS k
            MATCH (r:Record {source: k[0], sourceId: k[1]})-[s:SAME_AS]-(o:Record)
            RETURN k, o.source AS otherSource, o.sourceId AS otherSourceId, s.status AS status,
                   s.probability AS probability, s.matchWeight AS matchWeight, s.modelVersion AS modelVersion,
                   s.refusedBecause AS refusedBecause,
                   coalesce(s.comparisons, COLLECT { MATCH (m:MatchModel {version: s.modelVersion})
                                             RETURN [i IN s.steps | m.stepComparisons[i]] }[0])
                     AS comparisons,
                   coalesce(s.levels, COLLECT { MATCH (m:MatchModel {version: s.modelVersion})
                                        RETURN [i IN s.steps | m.stepLevels[i]] }[0])
                     AS levels,
                   s.weights AS weights, s.decidedBy AS decidedBy, s.decidedAt AS decidedAt,
                   coalesce(s.decisionReason, s.reason) AS decisionReason
            ORDER BY otherSource, otherSourceId
            """;

    private final Driver driver;

    public MatchLinks(Driver driver) {
        this.driver = driver;
    }

    /** Each record's links, ordered by the other record's key; a record without links is absent. */
    public Map<RecordKey, List<MatchLink>> of(Collection<RecordKey> records) {
        var byRecord = new HashMap<RecordKey, List<MatchLink>>();
        if (records.isEmpty()) {
            return byRecord;
        }
        try (var session = driver.session()) {
            session.executeRead(tx -> {
                tx.run(READ, Map.of("keys", PersonReformer.pairs(List.copyOf(records))))
                        .forEachRemaining(row -> {
                            var k = row.get("k");
                            var record =
                                    new RecordKey(k.get(0).asString(), k.get(1).asString());
                            var link = new MatchLink(
                                    record,
                                    new RecordKey(
                                            row.get("otherSource").asString(),
                                            row.get("otherSourceId").asString()),
                                    text(row.get("status")),
                                    decimal(row.get("probability")),
                                    decimal(row.get("matchWeight")),
                                    text(row.get("modelVersion")),
                                    text(row.get("refusedBecause")),
                                    ReviewQueue.explanation(row),
                                    text(row.get("decidedBy")),
                                    text(row.get("decidedAt")),
                                    text(row.get("decisionReason")));
                            byRecord.computeIfAbsent(record, x -> new ArrayList<>())
                                    .add(link);
                        });
                return null;
            });
        }
        return byRecord;
    }

    private static String text(Value value) {
        return value.isNull() ? null : String.valueOf(value.asObject());
    }

    private static Double decimal(Value value) {
        return value.isNull() ? null : value.asNumber().doubleValue();
    }
}
