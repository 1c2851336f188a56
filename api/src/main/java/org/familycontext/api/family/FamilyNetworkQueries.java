/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.family;

import static org.familycontext.api.graph.Values.flag;
import static org.familycontext.api.graph.Values.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Walks the family outward from a person, one level per query (at most four), then reads every tie between the
 * people found in one more query. Ties are recorded between source records; the walk lifts them to resolved
 * persons through {@code PART_OF}.
 */
@Component
class FamilyNetworkQueries {

    private static final String TIES = "PARENT_OF|PARTNER_OF|SIBLING_OF|RELATIVE_OF|SIGNIFICANT_OTHER_OF";

    private static final String NEIGHBOURS = """
            UNWIND $frontier AS pid
            MATCH (:Person {id: pid})<-[:PART_OF]-(r:Record)-[t:%s]-(:Record)-[:PART_OF]->(q:Person)
            WHERE q.id <> pid
            RETURN DISTINCT pid, q.id AS other, type(t) AS type, t.kind AS kind, startNode(t) = r AS outgoing,
                   t.toDate IS NULL AS current
            ORDER BY current DESC, kind, type, pid, other
            """.formatted(TIES);

    private static final String TIES_BETWEEN = """
            UNWIND $ids AS pid
            MATCH (:Person {id: pid})<-[:PART_OF]-(:Record)-[t:%s]->(:Record)-[:PART_OF]->(q:Person)
            WHERE q.id IN $ids AND q.id <> pid
            RETURN DISTINCT pid AS fromPersonId, q.id AS toPersonId, type(t) AS type, t.kind AS kind,
                   t.fromDate AS fromDate, t.toDate AS toDate, t.source AS source,
                   coalesce(t.inferred, false) AS inferred, t.confidence AS confidence
            ORDER BY fromPersonId, toPersonId, type
            """.formatted(TIES);

    private final Neo4jClient neo4j;

    FamilyNetworkQueries(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /**
     * The shortest path of steps from the focus to everyone within {@code depth} ties, focus first, in the order
     * found. Among equally short paths the one through nearer kin wins (see {@link Move}), then the one through
     * ties still in force: a child's kinship carers who later became special guardians are named by the order.
     */
    Map<String, List<Step>> pathsFrom(String focusId, int depth) {
        var paths = new LinkedHashMap<String, List<Step>>();
        paths.put(focusId, List.of());
        var frontier = List.of(focusId);
        for (int level = 1; level <= depth && !frontier.isEmpty(); level++) {
            var best = new HashMap<String, List<Step>>();
            for (var row : neo4j.query(NEIGHBOURS)
                    .bind(frontier)
                    .to("frontier")
                    .fetch()
                    .all()) {
                var other = text(row, "other");
                if (paths.containsKey(other)) {
                    continue;
                }
                var kind = text(row, "kind");
                var step = new Step(
                        Move.crossing(text(row, "type"), kind, flag(row, "outgoing")),
                        kind == null ? "unknown" : kind,
                        other);
                var path = new ArrayList<>(paths.get(text(row, "pid")));
                path.add(step);
                best.merge(other, path, (a, b) -> PATH_ORDER.compare(a, b) <= 0 ? a : b);
            }
            best.entrySet().stream()
                    .sorted(Map.Entry.comparingByValue(PATH_ORDER))
                    .forEach(e -> paths.put(e.getKey(), e.getValue()));
            frontier = List.copyOf(best.keySet());
        }
        return paths;
    }

    List<FamilyTieView> tiesBetween(Set<String> personIds) {
        return neo4j.query(TIES_BETWEEN).bind(List.copyOf(personIds)).to("ids").fetch().all().stream()
                .map(FamilyTieView::of)
                .toList();
    }

    /** Birth and adoptive parents of each member, from the ties among members. */
    static Map<String, Set<String>> legalParents(List<FamilyTieView> ties) {
        var parents = new HashMap<String, Set<String>>();
        ties.stream()
                .filter(FamilyTieView::isLegalParentage)
                .forEach(t -> parents.computeIfAbsent(t.toPersonId(), k -> new HashSet<>())
                        .add(t.fromPersonId()));
        return parents;
    }

    private static final Comparator<List<Step>> PATH_ORDER = Comparator.<List<Step>>comparingInt(path -> path.stream()
                    .mapToInt(s -> s.move().ordinal() * 2 + (s.isLegalParentage() ? 0 : 1))
                    .sum())
            .thenComparing(path -> path.getLast().personId());
}
