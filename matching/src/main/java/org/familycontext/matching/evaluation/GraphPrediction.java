/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.familycontext.model.record.RecordKey;
import org.neo4j.driver.Driver;

/** What the graph says now: each current record's person, and the accepted SAME_AS links. */
public final class GraphPrediction {

    private GraphPrediction() {}

    public static LinkEvaluation evaluate(Driver driver, Truth truth) {
        var personOf = personOf(driver);
        var links = acceptedLinks(driver);
        return LinkEvaluation.of(truth, personOf, links);
    }

    public static Map<RecordKey, String> personOf(Driver driver) {
        var personOf = new HashMap<RecordKey, String>();
        try (var session = driver.session()) {
            session.executeRead(tx -> {
                tx.run("""
                                MATCH (r:Record)-[:PART_OF]->(p:Person) WHERE coalesce(r.current, true)
                                RETURN r.source AS source, r.sourceId AS sourceId, p.id AS person
                                """)
                        .forEachRemaining(row -> personOf.put(
                                new RecordKey(
                                        row.get("source").asString(),
                                        row.get("sourceId").asString()),
                                row.get("person").asString()));
                return null;
            });
        }
        return Map.copyOf(personOf);
    }

    private static List<RecordKey[]> acceptedLinks(Driver driver) {
        var links = new ArrayList<RecordKey[]>();
        try (var session = driver.session()) {
            session.executeRead(tx -> {
                tx.run("""
                                MATCH (a:Record)-[s:SAME_AS]->(b:Record) WHERE s.status IN ['AUTO', 'CONFIRMED']
                                RETURN a.source AS s1, a.sourceId AS i1, b.source AS s2, b.sourceId AS i2
                                """)
                        .forEachRemaining(row -> links.add(new RecordKey[] {
                            new RecordKey(
                                    row.get("s1").asString(), row.get("i1").asString()),
                            new RecordKey(
                                    row.get("s2").asString(), row.get("i2").asString())
                        }));
                return null;
            });
        }
        return links;
    }
}
