/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api;

import org.familycontext.model.testing.InProcessNeo4j;

/** Finds demo persons by one of their source records, so tests need not know generated person IDs. */
public final class DemoPeople {

    private DemoPeople() {}

    public static String personIdOf(String source, String sourceId) {
        try (var session = InProcessNeo4j.driver().session()) {
            return session.run(
                            "MATCH (:Record {source: $s, sourceId: $id})-[:PART_OF]->(p:Person) RETURN p.id AS id",
                            java.util.Map.of("s", source, "id", sourceId))
                    .single()
                    .get("id")
                    .asString();
        }
    }

    /** Maisie Thornbury, 8: the demo's focus child. */
    public static String maisie() {
        return personIdOf("lcs", "C-20119");
    }
}
