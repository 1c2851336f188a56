/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.analytics.family;

import java.util.List;
import java.util.Map;
import org.familycontext.analytics.indicator.IndicatorSet;
import org.familycontext.analytics.indicator.Involvement;
import org.familycontext.analytics.indicator.InvolvementFacts;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * Reads what a family build needs in a few streams, each row handled as it arrives: persons, their involvements,
 * recorded ties, current households, and co-residence guesses of a parent. Nothing is read person by person.
 */
final class FamilyGraphReader {

    /** A source serving only children and young people says its records are of persons this old at most. */
    static final int CHILDRENS_SOURCE_MAX_AGE = 19;

    private static final String CHILDRENS_SOURCES =
            "MATCH (s:Source) WHERE s.maxAge IS NOT NULL AND s.maxAge <= $maxAge RETURN collect(s.name) AS names";

    private static final String PERSONS = """
            MATCH (p:Person)
            RETURN p.id AS id, p.birthDate AS birthDate, p.deathDate IS NOT NULL AS dead,
                   CASE WHEN p.birthDate IS NULL
                        THEN EXISTS { (p)<-[:PART_OF]-(r:Record) WHERE r.source IN $childrensSources }
                        ELSE false END AS childRecords
            """;

    private static final String INVOLVEMENTS = """
            MATCH (p:Person)<-[:PART_OF]-(:Record)-[:HAS_INVOLVEMENT]->(i:ServiceInvolvement)
            WHERE coalesce(i.current, true)
            RETURN p.id AS person, i.service AS service, i.status AS status, i.source AS source, i.reason AS reason,
                   i.details AS details
            """;

    private static final String TIES = """
            MATCH (a:Person)<-[:PART_OF]-(:Record)-[t:PARENT_OF|PARTNER_OF|SIBLING_OF|RELATIVE_OF]->(:Record)
                  -[:PART_OF]->(b:Person)
            WHERE a <> b AND coalesce(t.current, true) AND NOT coalesce(t.inferred, false)
            RETURN a.id AS a, b.id AS b, type(t) AS type, t.kind AS kind, t.toDate AS toDate
            """;

    private static final String HOUSEHOLDS = """
            MATCH (h:Household)<-[m:MEMBER_OF]-(p:Person)
            WHERE m.to IS NULL
            WITH h, collect([p.id, m.from]) AS stays
            OPTIONAL MATCH (h)-[:AT]->(a:Address)
            RETURN h.id AS id, a.postcode AS postcode, stays
            """;

    private static final String POSSIBLE_PARENTS = """
            MATCH (a:Person)-[t:INFERRED_TIE]->(c:Person)
            WHERE t.kind = 'possible_parent_or_carer' AND t.toDate IS NULL
            RETURN a.id AS adult, c.id AS child
            """;

    private FamilyGraphReader() {}

    /** The graph as families need it; involvements go into facts sized for its persons. */
    record Read(FamilyGraph graph, InvolvementFacts facts) {}

    static Read read(Driver driver, FamilyOptions options, IndicatorSet indicators) {
        var graph = new FamilyGraph(options.asOf());
        try (var session = driver.session(Batches.streamedRead())) {
            var childrens = session.run(CHILDRENS_SOURCES, Map.of("maxAge", CHILDRENS_SOURCE_MAX_AGE))
                    .single()
                    .get("names")
                    .asList(Value::asString);
            session.run(PERSONS, Map.of("childrensSources", childrens))
                    .forEachRemaining(row -> graph.person(
                            row.get("id").asString(),
                            text(row.get("birthDate")),
                            row.get("dead").asBoolean(),
                            row.get("childRecords").asBoolean()));

            var facts = new InvolvementFacts(indicators, graph.size());
            session.run(INVOLVEMENTS).forEachRemaining(row -> {
                var person = graph.number(row.get("person").asString());
                if (person != null) {
                    facts.add(
                            person,
                            new Involvement(
                                    text(row.get("service")),
                                    text(row.get("status")),
                                    text(row.get("source")),
                                    text(row.get("reason")),
                                    row.get("details").isNull()
                                            ? List.of()
                                            : row.get("details").asList(Value::asString)));
                }
            });

            session.run(TIES)
                    .forEachRemaining(row -> graph.tie(
                            row.get("a").asString(),
                            row.get("b").asString(),
                            TieType.valueOf(row.get("type").asString()),
                            text(row.get("kind")),
                            text(row.get("toDate"))));

            session.run(HOUSEHOLDS).forEachRemaining(row -> {
                var id = row.get("id").asString();
                var postcode = text(row.get("postcode"));
                var stays = row.get("stays").asList(v -> v);
                long distinct =
                        stays.stream().map(s -> s.get(0).asString()).distinct().count();
                for (var stay : stays) {
                    graph.currentStay(id, postcode, (int) distinct, stay.get(0).asString(), text(stay.get(1)));
                }
            });

            session.run(POSSIBLE_PARENTS)
                    .forEachRemaining(row -> graph.possibleParent(
                            row.get("adult").asString(), row.get("child").asString()));
            return new Read(graph, facts);
        }
    }

    private static String text(Value value) {
        return value == null || value.isNull() ? null : value.asString();
    }
}
