/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.household;

import java.util.HashMap;
import java.util.Map;
import org.neo4j.driver.Driver;

/** Writes small hand-made councils: one record per person, addresses and ties between the records. */
final class Council {

    private final Driver driver;

    Council(Driver driver) {
        this.driver = driver;
    }

    Council person(String id, String birthDate) {
        var params = new HashMap<String, Object>();
        params.put("id", id);
        params.put("birthDate", birthDate);
        run("""
                CREATE (r:Record {source: 'test', sourceId: $id, birthDate: $birthDate})
                CREATE (r)-[:PART_OF]->(:Person {id: $id, birthDate: $birthDate})
                """, params);
        return this;
    }

    Council livedAt(String person, String addressKey, String from, String to) {
        return livedAt(person, addressKey, from, to, true, null);
    }

    Council livedAt(String person, String addressKey, String from, String to, boolean current, Long lastSeenRun) {
        var params = new HashMap<String, Object>();
        params.put("id", person);
        params.put("key", addressKey);
        params.put("from", from);
        params.put("to", to);
        params.put("current", current ? null : false);
        params.put("run", lastSeenRun);
        run("""
                MATCH (r:Record {source: 'test', sourceId: $id})
                MERGE (a:Address {key: $key})
                CREATE (r)-[:LIVED_AT {period: coalesce($from, ''), fromDate: $from, toDate: $to, current: $current,
                                       lastSeenRun: $run}]->(a)
                """, params);
        return this;
    }

    Council recordedParentOf(String parent, String child) {
        run(
                "MATCH (a:Record {sourceId: $from}), (b:Record {sourceId: $to}) CREATE (a)-[:PARENT_OF {source: 'test',"
                        + " kind: 'birth'}]->(b)",
                Map.of("from", parent, "to", child));
        return this;
    }

    Council recordedPartners(String one, String other) {
        run(
                "MATCH (a:Record {sourceId: $from}), (b:Record {sourceId: $to}) CREATE (a)-[:PARTNER_OF {source: 'test',"
                        + " kind: 'married'}]->(b)",
                Map.of("from", one, "to", other));
        return this;
    }

    Council loadRun(long stamp, String startedAt) {
        run(
                "CREATE (:LoadRun {id: $id, stamp: $stamp, startedAt: $startedAt})",
                Map.of("id", "run-" + stamp, "stamp", stamp, "startedAt", startedAt));
        return this;
    }

    private void run(String cypher, Map<String, Object> params) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(cypher, params).consume());
        }
    }
}
