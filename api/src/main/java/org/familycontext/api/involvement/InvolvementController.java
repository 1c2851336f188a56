/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.involvement;

import static org.familycontext.api.graph.Values.maps;
import static org.familycontext.api.graph.Values.text;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import org.familycontext.api.person.PersonView;
import org.familycontext.model.involvement.InvolvementStatus;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

@Controller
class InvolvementController {

    private static final Comparator<InvolvementView> CURRENT_THEN_LATEST = Comparator.comparing(
                    (InvolvementView i) -> i.status() == InvolvementStatus.CURRENT)
            .reversed()
            .thenComparing(InvolvementView::startDate, Comparator.nullsLast(Comparator.reverseOrder()));

    private final Neo4jClient neo4j;

    InvolvementController(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** Everyone's involvements in one query, however many people the response holds. */
    @BatchMapping(typeName = "Person")
    List<List<InvolvementView>> involvements(List<PersonView> persons) {
        var rows = neo4j.query("""
                        UNWIND $ids AS id
                        MATCH (:Person {id: id})<-[:PART_OF]-(:Record)-[:HAS_INVOLVEMENT]->(i:ServiceInvolvement)
                        RETURN id, collect(i {.*}) AS involvements
                        """)
                .bind(persons.stream().map(PersonView::id).toList())
                .to("ids")
                .fetch()
                .all();
        var byPerson = new HashMap<String, List<InvolvementView>>();
        rows.forEach(row -> byPerson.put(
                text(row, "id"),
                maps(row, "involvements").stream()
                        .map(InvolvementView::of)
                        .sorted(CURRENT_THEN_LATEST)
                        .toList()));
        return persons.stream()
                .map(p -> byPerson.getOrDefault(p.id(), List.of()))
                .toList();
    }
}
