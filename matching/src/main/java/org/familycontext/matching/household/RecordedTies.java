/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.household;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Driver;

/**
 * The ties sources record, lifted to persons: a pair with one needs no guess, and two persons a source records with
 * the same parent are siblings already. Read once, in one stream: there are far fewer recorded ties than persons.
 */
final class RecordedTies {

    private static final String READ = """
            MATCH (p:Person)<-[:PART_OF]-(:Record)-[t:PARENT_OF|PARTNER_OF|SIBLING_OF|RELATIVE_OF|SIGNIFICANT_OTHER_OF]->
                  (:Record)-[:PART_OF]->(q:Person)
            RETURN p.id AS a, q.id AS b, type(t) = 'PARENT_OF' AS parent
            UNION ALL
            MATCH (p:Person)-[t]->(q:Person) WHERE type(t) <> 'INFERRED_TIE'
            RETURN p.id AS a, q.id AS b, false AS parent
            """;

    private final Set<String> pairs = new HashSet<>();
    private final Map<String, Set<String>> parents = new HashMap<>();

    static RecordedTies read(Driver driver) {
        var recorded = new RecordedTies();
        try (var session = driver.session(Batches.streamedRead())) {
            session.run(READ).forEachRemaining(row -> {
                var a = row.get("a").asString();
                var b = row.get("b").asString();
                recorded.pairs.add(pairKey(a, b));
                if (row.get("parent").asBoolean()) {
                    recorded.parents.computeIfAbsent(b, c -> new HashSet<>()).add(a);
                }
            });
        }
        return recorded;
    }

    boolean cover(InferredTie tie) {
        if (pairs.contains(pairKey(tie.from(), tie.to()))) {
            return true;
        }
        if (tie.kind() != TieKind.POSSIBLE_SIBLING) {
            return false;
        }
        var ofOne = parents.get(tie.from());
        var ofOther = parents.get(tie.to());
        return ofOne != null && ofOther != null && ofOne.stream().anyMatch(ofOther::contains);
    }

    /** The same for a pair either way round. */
    static String pairKey(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }
}
