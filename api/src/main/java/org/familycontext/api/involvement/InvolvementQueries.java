/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.involvement;

import static org.familycontext.api.graph.Values.maps;
import static org.familycontext.api.graph.Values.text;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.familycontext.model.involvement.InvolvementStatus;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Reads the involvements of many persons in one query, current first, then the latest. */
@Repository
class InvolvementQueries {

    static final Comparator<InvolvementView> CURRENT_THEN_LATEST = Comparator.comparing(
                    (InvolvementView i) -> i.status() == InvolvementStatus.CURRENT)
            .reversed()
            .thenComparing(InvolvementView::startDate, Comparator.nullsLast(Comparator.reverseOrder()));

    private final Neo4jClient neo4j;

    InvolvementQueries(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    Map<String, List<InvolvementView>> ofPersons(Collection<String> personIds) {
        var rows =
                neo4j.query("""
                        UNWIND $ids AS id
                        MATCH (:Person {id: id})<-[:PART_OF]-(:Record)-[:HAS_INVOLVEMENT]->(i:ServiceInvolvement)
                        RETURN id, collect(i {.*}) AS involvements
                        """).bind(List.copyOf(personIds)).to("ids").fetch().all();
        var byPerson = new HashMap<String, List<InvolvementView>>();
        rows.forEach(row -> byPerson.put(
                text(row, "id"),
                maps(row, "involvements").stream()
                        .map(InvolvementView::of)
                        .sorted(CURRENT_THEN_LATEST)
                        .toList()));
        return byPerson;
    }
}
