/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.family;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.familycontext.model.testing.InProcessNeo4j;

/**
 * Small families written straight into the shared test database beside the demo council, each person one record
 * of the source {@value #SOURCE} and one resolved person with ID {@code PNT-<name>}; removed again with {@link
 * #remove()}. Households and inferred ties are written as the household builder writes them (docs/graph-model.md).
 */
public final class NetworkFixture {

    public static final String SOURCE = "network-test";

    private static final Set<String> TIE_TYPES =
            Set.of("PARENT_OF", "PARTNER_OF", "SIBLING_OF", "RELATIVE_OF", "SIGNIFICANT_OTHER_OF");

    public static String id(String name) {
        return "PNT-" + name;
    }

    public NetworkFixture person(String name, String sex, String birthDate) {
        var params = new HashMap<String, Object>();
        params.put("source", SOURCE);
        params.put("name", name);
        params.put("id", id(name));
        params.put("sex", sex);
        params.put("birthDate", birthDate);
        run("""
                CREATE (r:Record {source: $source, sourceId: $name, forename: $name, surname: 'Testfamily',
                                  sex: $sex, birthDate: $birthDate})
                CREATE (p:Person {id: $id, forename: $name, surname: 'Testfamily', sex: $sex, birthDate: $birthDate,
                                  recordCount: 1})
                CREATE (r)-[:PART_OF]->(p)
                """, params);
        return this;
    }

    /** Another record of the same person, with its own source ID. */
    public NetworkFixture record(String name, String sourceId) {
        run("""
                MATCH (p:Person {id: $id})
                CREATE (:Record {source: $source, sourceId: $sourceId, forename: p.forename, surname: p.surname,
                                 sex: p.sex, birthDate: p.birthDate})-[:PART_OF]->(p)
                """, Map.of("id", id(name), "source", SOURCE, "sourceId", sourceId));
        return this;
    }

    /** Many people at once: {@code count} children of one parent, for the size bound. */
    public NetworkFixture childrenOf(String parent, int count) {
        run("""
                MATCH (p:Record {source: $source, sourceId: $parent})
                UNWIND range(1, $count) AS i
                CREATE (r:Record {source: $source, sourceId: 'child-' + i, forename: 'Child' + i,
                                  surname: 'Testfamily', sex: 'UNKNOWN'})
                CREATE (q:Person {id: 'PNT-child-' + i, forename: 'Child' + i, surname: 'Testfamily',
                                  sex: 'UNKNOWN', recordCount: 1})
                CREATE (r)-[:PART_OF]->(q)
                CREATE (p)-[:PARENT_OF {source: $source, kind: 'unknown'}]->(r)
                """, Map.of("source", SOURCE, "parent", parent, "count", count));
        return this;
    }

    public NetworkFixture tie(String type, String kind, String from, String to) {
        return tie(type, kind, from, to, null, null);
    }

    public NetworkFixture tie(String type, String kind, String from, String to, String fromDate, String toDate) {
        if (!TIE_TYPES.contains(type)) {
            throw new IllegalArgumentException(type);
        }
        var params = new HashMap<String, Object>();
        params.put("source", SOURCE);
        params.put("from", from);
        params.put("to", to);
        params.put("kind", kind);
        params.put("fromDate", fromDate);
        params.put("toDate", toDate);
        run("""
                MATCH (a:Record {source: $source, sourceId: $from}), (b:Record {source: $source, sourceId: $to})
                CREATE (a)-[:%s {source: $source, kind: $kind, fromDate: $fromDate, toDate: $toDate}]->(b)
                """.formatted(type), params);
        return this;
    }

    public NetworkFixture inferred(String from, String to, String kind, double confidence) {
        run("""
                MATCH (a:Person {id: $from}), (b:Person {id: $to})
                CREATE (a)-[:INFERRED_TIE {kind: $kind, confidence: $confidence, basis: 'co-residence and age gap',
                                           inferred: true, source: 'inferred'}]->(b)
                """, Map.of("from", id(from), "to", id(to), "kind", kind, "confidence", confidence));
        return this;
    }

    public NetworkFixture household(String household, String uprn, String lines, String from, String to) {
        var params = new HashMap<String, Object>();
        params.put("id", household);
        params.put("key", "uprn:" + uprn);
        params.put("uprn", uprn);
        params.put("lines", lines);
        params.put("from", from);
        params.put("to", to);
        run("""
                MERGE (a:Address {key: $key}) ON CREATE SET a.uprn = $uprn, a.lines = $lines, a.postcode = 'XD9 9NT'
                CREATE (h:Household {id: $id, from: $from, to: $to})-[:AT]->(a)
                """, params);
        return this;
    }

    public NetworkFixture member(String household, String name, String from, String to) {
        var params = new HashMap<String, Object>();
        params.put("id", household);
        params.put("person", id(name));
        params.put("from", from);
        params.put("to", to);
        run("""
                MATCH (h:Household {id: $id}), (p:Person {id: $person})
                CREATE (p)-[:MEMBER_OF {from: $from, to: $to}]->(h)
                """, params);
        return this;
    }

    public void remove() {
        run("""
                MATCH (r:Record {source: $source})
                OPTIONAL MATCH (r)-[:PART_OF]->(p:Person)
                DETACH DELETE r, p
                """, Map.of("source", SOURCE));
        run("MATCH (h:Household) WHERE h.id STARTS WITH 'HNT' DETACH DELETE h", Map.of());
        run("MATCH (a:Address) WHERE a.postcode = 'XD9 9NT' DETACH DELETE a", Map.of());
    }

    public static List<Map<String, Object>> query(String cypher, Map<String, Object> params) {
        try (var session = InProcessNeo4j.driver().session()) {
            return session.run(cypher, params).list(r -> r.asMap());
        }
    }

    private static void run(String cypher, Map<String, Object> params) {
        try (var session = InProcessNeo4j.driver().session()) {
            session.run(cypher, params).consume();
        }
    }
}
