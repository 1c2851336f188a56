/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.household;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;

/**
 * Brings the graph's inferred ties in line with a rebuild's: the ties the graph holds are read first (one stream),
 * so that a tie already as inferred costs no write, and only new or changed ties are created and only ties no
 * longer suggested (or now recorded) deleted.
 */
final class InferredTieWriter {

    private static final String READ_EXISTING = """
            MATCH (a:Person)-[t:INFERRED_TIE]->(b:Person)
            RETURN a.id AS a, b.id AS b, t.buildHash AS hash, elementId(t) AS tie
            """;

    private static final String CREATE = """
            UNWIND $rows AS row
            MATCH (a:Person {id: row.from})
            MATCH (b:Person {id: row.to})
            CREATE (a)-[t:INFERRED_TIE]->(b)
            SET t = row.properties
            RETURN count(t) AS written
            """;

    private static final String DELETE =
            "UNWIND $ties AS id MATCH ()-[t:INFERRED_TIE]->() WHERE elementId(t) = id DELETE t RETURN count(*) AS n";

    /**
     * @param present inferred ties in the graph afterwards
     * @param written created or changed
     * @param removed no longer suggested, or now recorded
     * @param suppressed suggested but not stored, because a source records a tie between the two
     */
    record Counts(long present, long written, long removed, long suppressed) {}

    private record Existing(String from, String hash, String tie) {}

    static Counts write(Driver driver, List<InferredTie> suggested, RecordedTies recorded) {
        var existing = new HashMap<String, List<Existing>>();
        try (var session = driver.session(Batches.streamedRead())) {
            session.run(READ_EXISTING).forEachRemaining(row -> {
                var a = row.get("a").asString();
                existing.computeIfAbsent(RecordedTies.pairKey(a, row.get("b").asString()), k -> new ArrayList<>(1))
                        .add(new Existing(
                                a, row.get("hash").asString(""), row.get("tie").asString()));
            });
        }
        var create = new ArrayList<Map<String, Object>>();
        var delete = new ArrayList<String>();
        long present = 0;
        long suppressed = 0;
        long replaced = 0;
        for (var tie : suggested) {
            if (recorded.cover(tie)) {
                suppressed++;
                continue;
            }
            present++;
            var row = HouseholdRows.of(tie);
            var before = existing.remove(RecordedTies.pairKey(tie.from(), tie.to()));
            if (before != null
                    && before.size() == 1
                    && before.getFirst().from().equals(tie.from())
                    && before.getFirst().hash().equals(row.get("hash"))) {
                continue;
            }
            if (before != null) {
                before.forEach(e -> delete.add(e.tie()));
                replaced += before.size();
            }
            create.add(row);
        }
        existing.values().forEach(stale -> stale.forEach(e -> delete.add(e.tie())));
        long deleted = Batches.write(driver, DELETE, "ties", delete, "n");
        long written = Batches.write(driver, CREATE, "rows", create, "written");
        return new Counts(present, written, deleted - replaced, suppressed);
    }
}
