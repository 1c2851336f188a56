/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.review;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.familycontext.matching.PersonResolver;
import org.familycontext.model.record.RecordKey;
import org.familycontext.model.testing.InProcessNeo4j;
import org.neo4j.driver.Driver;

/** Small synthetic graphs for the review tests, written and read with plain Cypher. */
final class ReviewGraph {

    final Driver driver = InProcessNeo4j.driver();

    ReviewGraph() {
        InProcessNeo4j.clear();
    }

    static RecordKey key(String text) {
        return RecordKey.parse(text);
    }

    ReviewGraph record(String key, String forename, String surname, String birthDate) {
        var k = key(key);
        run(
                "CREATE (:Record {source: $s, sourceId: $id, forename: $f, surname: $n, birthDate: $b, sex: 'UNKNOWN'})",
                Map.of("s", k.source(), "id", k.sourceId(), "f", forename, "n", surname, "b", birthDate));
        return this;
    }

    /** A SAME_AS as a linking run writes it, with a two-step explanation. */
    ReviewGraph link(String from, String to, String status, double probability) {
        var a = key(from);
        var b = key(to);
        var p = new HashMap<String, Object>();
        p.put("s1", a.source());
        p.put("i1", a.sourceId());
        p.put("s2", b.source());
        p.put("i2", b.sourceId());
        p.put("status", status);
        p.put("p", probability);
        run("""
                MATCH (a:Record {source: $s1, sourceId: $i1}), (b:Record {source: $s2, sourceId: $i2})
                CREATE (a)-[:SAME_AS {status: $status, probability: $p, matchWeight: 3.5, modelVersion: 'fs-test',
                                      linkRun: 'fs-test', comparisons: ['prior', 'surname'],
                                      levels: ['share of candidate pairs that match', 'exact'],
                                      weights: [-6.5, 10.0]}]->(b)
                """, p);
        return this;
    }

    ReviewGraph parentOf(String parent, String child) {
        var a = key(parent);
        var b = key(child);
        run("""
                MATCH (a:Record {source: $s1, sourceId: $i1}), (b:Record {source: $s2, sourceId: $i2})
                CREATE (a)-[:PARENT_OF {kind: 'birth', source: $s1}]->(b)
                """, Map.of("s1", a.source(), "i1", a.sourceId(), "s2", b.source(), "i2", b.sourceId()));
        return this;
    }

    ReviewGraph resolve() {
        new PersonResolver(driver).resolveAll();
        return this;
    }

    /** Every person as its sorted record keys, in order of the first key. */
    TreeSet<String> persons() {
        var byPerson = new TreeMap<String, TreeSet<String>>();
        try (var session = driver.session()) {
            session.run("MATCH (r:Record)-[:PART_OF]->(p:Person) RETURN p.id AS id, r.source + ':' + r.sourceId AS k")
                    .forEachRemaining(
                            row -> byPerson.computeIfAbsent(row.get("id").asString(), x -> new TreeSet<>())
                                    .add(row.get("k").asString()));
        }
        var out = new TreeSet<String>();
        byPerson.values().forEach(records -> out.add(String.join(" ", records)));
        return out;
    }

    String personOf(String key) {
        var k = key(key);
        return single(
                        "MATCH (:Record {source: $s, sourceId: $id})-[:PART_OF]->(p:Person) RETURN p.id AS v",
                        Map.of("s", k.source(), "id", k.sourceId()))
                .asString();
    }

    /** The properties of the SAME_AS between two records, whichever way round; empty when there is none. */
    Map<String, Object> link(String a, String b) {
        var x = key(a);
        var y = key(b);
        try (var session = driver.session()) {
            var rows = session.run(
                            """
                            MATCH (a:Record {source: $s1, sourceId: $i1})-[s:SAME_AS]-(b:Record {source: $s2, sourceId: $i2})
                            RETURN properties(s) AS p, startNode(s) = a AS fromA
                            """, Map.of("s1", x.source(), "i1", x.sourceId(), "s2", y.source(), "i2", y.sourceId()))
                    .list();
            if (rows.isEmpty()) {
                return Map.of();
            }
            var p = new HashMap<>(rows.getFirst().get("p").asMap());
            p.put("startsAt", rows.getFirst().get("fromA").asBoolean() ? a : b);
            p.put("count", rows.size());
            return p;
        }
    }

    List<Map<String, Object>> decisions() {
        try (var session = driver.session()) {
            return session.run("MATCH (d:MatchDecision) RETURN properties(d) AS d ORDER BY d.decidedAt, d.decision")
                    .list(r -> r.get("d").asMap());
        }
    }

    void run(String cypher, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            session.run(cypher, parameters).consume();
        }
    }

    org.neo4j.driver.Value single(String cypher, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            return session.run(cypher, parameters).single().get("v");
        }
    }
}
