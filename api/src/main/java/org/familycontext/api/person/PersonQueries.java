/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.person;

import static org.familycontext.api.graph.Values.maps;
import static org.familycontext.api.graph.Values.text;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * Reads persons and what hangs off them. Every method taking many IDs answers them in one query, so the
 * GraphQL batch mappings never issue a query per person.
 */
@Repository
public class PersonQueries {

    private final Neo4jClient neo4j;

    PersonQueries(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    public Optional<PersonView> findById(String id) {
        return findByIds(List.of(id)).stream().findFirst();
    }

    /** The persons with these IDs, in no particular order; unknown IDs are skipped. */
    public List<PersonView> findByIds(Collection<String> ids) {
        return neo4j
                .query("UNWIND $ids AS id MATCH (p:Person {id: id}) RETURN p " + PersonView.PROJECTION + " AS p")
                .bind(List.copyOf(ids))
                .to("ids")
                .fetch()
                .all()
                .stream()
                .map(row -> PersonView.of(asMap(row.get("p"))))
                .toList();
    }

    Map<String, List<SourceRecordView>> recordsOf(Collection<String> personIds) {
        var rows =
                neo4j.query("""
                        UNWIND $ids AS id
                        MATCH (:Person {id: id})<-[:PART_OF]-(r:Record)
                        WITH id, r ORDER BY r.source, r.sourceId
                        RETURN id, collect(r {.*}) AS records
                        """).bind(List.copyOf(personIds)).to("ids").fetch().all();
        var byPerson = new HashMap<String, List<SourceRecordView>>();
        rows.forEach(row -> byPerson.put(
                text(row, "id"),
                maps(row, "records").stream().map(SourceRecordView::of).toList()));
        return byPerson;
    }

    Map<String, List<AddressPeriodView>> addressesOf(Collection<String> personIds) {
        var rows =
                neo4j.query("""
                        UNWIND $ids AS id
                        MATCH (:Person {id: id})<-[:PART_OF]-(r:Record)-[l:LIVED_AT]->(a:Address)
                        RETURN id, collect({lines: coalesce(l.lines, a.lines), postcode: a.postcode, uprn: a.uprn,
                                            from: l.fromDate, to: l.toDate, source: r.source,
                                            held: coalesce(l.current, true)}) AS addresses
                        """).bind(List.copyOf(personIds)).to("ids").fetch().all();
        var byPerson = new HashMap<String, List<AddressPeriodView>>();
        rows.forEach(row -> byPerson.put(
                text(row, "id"),
                maps(row, "addresses").stream()
                        .map(AddressPeriodView::of)
                        // Current addresses first, then the most recent; each source's version kept.
                        .sorted(Comparator.comparing(AddressPeriodView::current)
                                .reversed()
                                .thenComparing(
                                        AddressPeriodView::from, Comparator.nullsLast(Comparator.reverseOrder())))
                        .toList()));
        return byPerson;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
