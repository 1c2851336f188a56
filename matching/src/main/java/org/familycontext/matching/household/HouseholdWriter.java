/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.household;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Driver;

/**
 * Writes the households a rebuild forms, as they form. What the graph holds is read first, so that a household the
 * data still say the same about (the same {@code buildHash}, all its members there) costs no write at all, a new
 * one is created outright, and only a changed one is merged. Households that did not form again are removed at
 * the end.
 */
final class HouseholdWriter {

    private static final String READ_EXISTING =
            "MATCH (h:Household) RETURN h.id AS id, h.buildHash AS hash, COUNT { (h)<-[:MEMBER_OF]-() } AS members";

    private static final String CREATE = """
            UNWIND $rows AS row
            CREATE (h:Household {id: row.id, from: row.from, to: row.to, buildHash: row.hash})
            WITH h, row
            CALL (h, row) { MATCH (a:Address {key: row.address}) CREATE (h)-[:AT]->(a) }
            CALL (h, row) {
              UNWIND row.members AS m
              MATCH (p:Person {id: m.person})
              CREATE (p)-[:MEMBER_OF {from: m.from, to: m.to}]->(h)
            }
            RETURN count(*) AS written
            """;

    private static final String REPLACE = """
            UNWIND $rows AS row
            MATCH (h:Household {id: row.id})
            SET h.from = row.from, h.to = row.to, h.buildHash = row.hash
            WITH h, row
            CALL (h) { MATCH (h)<-[m:MEMBER_OF]-() DELETE m }
            CALL (h) { MATCH (h)-[at:AT]->() DELETE at }
            CALL (h, row) { MATCH (a:Address {key: row.address}) CREATE (h)-[:AT]->(a) }
            CALL (h, row) {
              UNWIND row.members AS m
              MATCH (p:Person {id: m.person})
              CREATE (p)-[:MEMBER_OF {from: m.from, to: m.to}]->(h)
            }
            RETURN count(*) AS written
            """;

    private static final String REMOVE =
            "UNWIND $ids AS id MATCH (h:Household {id: id}) DETACH DELETE h RETURN count(*) AS removed";

    private final Driver driver;
    private final Map<String, String> existing = new HashMap<>();
    private final Set<String> formed = new HashSet<>();
    private List<Map<String, Object>> created = new ArrayList<>();
    private List<Map<String, Object>> replaced = new ArrayList<>();
    private long written;

    HouseholdWriter(Driver driver) {
        this.driver = driver;
        try (var session = driver.session(Batches.streamedRead())) {
            session.run(READ_EXISTING)
                    .forEachRemaining(row -> existing.put(
                            row.get("id").asString(),
                            row.get("hash").asString("") + "/"
                                    + row.get("members").asLong()));
        }
    }

    void add(FormedHousehold household) {
        var row = HouseholdRows.of(household);
        formed.add(household.id());
        var before = existing.get(household.id());
        if (before == null) {
            created.add(row);
        } else if (!before.equals(row.get("hash") + "/" + household.stays().size())) {
            replaced.add(row);
        }
        if (created.size() == Batches.SIZE) {
            written += Batches.write(driver, CREATE, "rows", created, "written");
            created = new ArrayList<>();
        }
        if (replaced.size() == Batches.SIZE) {
            written += Batches.write(driver, REPLACE, "rows", replaced, "written");
            replaced = new ArrayList<>();
        }
    }

    /** Writes what is left and removes the households that did not form again; returns how many. */
    long finish() {
        written += Batches.write(driver, CREATE, "rows", created, "written");
        written += Batches.write(driver, REPLACE, "rows", replaced, "written");
        created = List.of();
        replaced = List.of();
        var stale =
                existing.keySet().stream().filter(id -> !formed.contains(id)).toList();
        return Batches.write(driver, REMOVE, "ids", stale, "removed");
    }

    long formed() {
        return formed.size();
    }

    long written() {
        return written;
    }
}
