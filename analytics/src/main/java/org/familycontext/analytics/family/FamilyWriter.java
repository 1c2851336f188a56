/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.analytics.family;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;

/** Replaces the previous build: deletes every family in batches, then writes the new ones in batches. */
final class FamilyWriter {

    private static final String COUNT = "MATCH (f:Family) RETURN count(f) AS families";

    private static final String DELETE = """
            MATCH (f:Family)
            CALL (f) { DETACH DELETE f } IN TRANSACTIONS OF 2000 ROWS
            """;

    private static final String WRITE_FAMILIES = """
            UNWIND $rows AS row
            CREATE (f:Family)
            SET f = row.properties
            WITH f, row
            UNWIND row.members AS m
            MATCH (p:Person {id: m.person})
            CREATE (p)-[r:IN_FAMILY {role: m.role}]->(f)
            SET r.possibleParent = m.possibleParent
            RETURN count(r) AS written
            """;

    private static final String WRITE_RELATED = """
            UNWIND $rows AS row
            MATCH (a:Family {id: row.a}), (b:Family {id: row.b})
            CREATE (a)-[r:RELATED_FAMILY {via: row.via, ties: row.ties}]->(b)
            RETURN count(r) AS written
            """;

    private static final String WRITE_BUILD = "MERGE (b:FamilyBuild {name: $name}) SET b = $properties";

    private FamilyWriter() {}

    /** Deletes the previous build's families and their links; returns how many families there were. */
    static long deleteAll(Driver driver) {
        try (var session = driver.session()) {
            long before = session.run(COUNT).single().get("families").asLong();
            // In transactions of its own: a million families' links are too many for one transaction's memory.
            session.run(DELETE).consume();
            return before;
        }
    }

    /** Writes the families with their members' IN_FAMILY links; returns the number of links written. */
    static long writeFamilies(Driver driver, FamilyGraph graph, List<BuiltFamily> families) {
        var batches = new ArrayList<List<Map<String, Object>>>();
        var batch = new ArrayList<Map<String, Object>>();
        int rows = 0;
        for (var family : families) {
            var members = new ArrayList<Map<String, Object>>(family.members().length);
            for (int i = 0; i < family.members().length; i++) {
                var member = new HashMap<String, Object>();
                member.put("person", graph.id(family.members()[i]));
                member.put("role", family.roles()[i].stored());
                member.put("possibleParent", family.possibleParent()[i] ? Boolean.TRUE : null);
                members.add(member);
            }
            batch.add(Map.of("properties", family.properties(), "members", members));
            rows += members.size();
            if (rows >= Batches.SIZE) {
                batches.add(batch);
                batch = new ArrayList<>();
                rows = 0;
            }
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return Batches.write(driver, WRITE_FAMILIES, batches);
    }

    static long writeRelated(Driver driver, List<BuiltFamily> families, List<RelatedFamilies.Link> links) {
        var batches = new ArrayList<List<Map<String, Object>>>();
        for (int from = 0; from < links.size(); from += Batches.SIZE) {
            var batch = new ArrayList<Map<String, Object>>();
            for (var link : links.subList(from, Math.min(links.size(), from + Batches.SIZE))) {
                batch.add(Map.of(
                        "a", families.get(link.a()).id(),
                        "b", families.get(link.b()).id(),
                        "via", link.via(),
                        "ties", link.ties()));
            }
            batches.add(batch);
        }
        return Batches.write(driver, WRITE_RELATED, batches);
    }

    static void writeBuild(Driver driver, Map<String, Object> properties) {
        var all = new HashMap<>(properties);
        all.put("name", FamilyBuilder.BUILD_NAME);
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(
                    tx -> tx.run(WRITE_BUILD, Map.of("name", FamilyBuilder.BUILD_NAME, "properties", all))
                            .consume());
        }
    }
}
