/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.analytics.family;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;

/**
 * Writes small hand-made councils straight into the graph: one record and one person per name (the person's ID is
 * the name), current households, recorded ties between the records, involvements and co-residence guesses.
 */
final class TestCouncil {

    private final Driver driver;
    private int involvements;

    TestCouncil(Driver driver) {
        this.driver = driver;
    }

    TestCouncil person(String id, String birthDate) {
        return person(id, birthDate, null);
    }

    TestCouncil person(String id, String birthDate, String deathDate) {
        var params = new HashMap<String, Object>();
        params.put("id", id);
        params.put("birthDate", birthDate);
        params.put("deathDate", deathDate);
        run("""
                CREATE (r:Record {source: 'test', sourceId: $id, birthDate: $birthDate})
                CREATE (r)-[:PART_OF]->(:Person {id: $id, birthDate: $birthDate, deathDate: $deathDate})
                """, params);
        return this;
    }

    /** A current household at an address with this postcode, its members staying there since an unknown day. */
    TestCouncil household(String id, String postcode, String... members) {
        run("""
                CREATE (h:Household {id: $id})-[:AT]->(:Address {key: 'addr:' + $id, postcode: $postcode})
                WITH h
                UNWIND $members AS member
                MATCH (p:Person {id: member})
                CREATE (p)-[:MEMBER_OF]->(h)
                """, Map.of("id", id, "postcode", postcode, "members", List.of(members)));
        return this;
    }

    TestCouncil tie(String from, String type, String kind, String to) {
        return tie(from, type, kind, to, null);
    }

    TestCouncil tie(String from, String type, String kind, String to, String toDate) {
        var params = new HashMap<String, Object>();
        params.put("from", from);
        params.put("to", to);
        params.put("kind", kind);
        params.put("toDate", toDate);
        run(
                "MATCH (a:Record {sourceId: $from}), (b:Record {sourceId: $to}) CREATE (a)-[:" + type
                        + " {source: 'test', kind: $kind, toDate: $toDate}]->(b)",
                params);
        return this;
    }

    TestCouncil involvement(
            String person, String source, String service, String status, String reason, String... details) {
        var params = new HashMap<String, Object>();
        params.put("person", person);
        params.put("id", "I" + ++involvements);
        params.put("source", source);
        params.put("service", service);
        params.put("status", status);
        params.put("reason", reason);
        params.put("details", List.of(details));
        run("""
                MATCH (r:Record {sourceId: $person})
                CREATE (r)-[:HAS_INVOLVEMENT]->(:ServiceInvolvement {source: $source, sourceId: $id, service: $service,
                        status: $status, reason: $reason, details: $details})
                """, params);
        return this;
    }

    TestCouncil possibleParent(String adult, String child) {
        run("""
                MATCH (a:Person {id: $adult}), (c:Person {id: $child})
                CREATE (a)-[:INFERRED_TIE {kind: 'possible_parent_or_carer', inferred: true, confidence: 0.9}]->(c)
                """, Map.of("adult", adult, "child", child));
        return this;
    }

    private void run(String cypher, Map<String, Object> params) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(cypher, params).consume());
        }
    }
}
