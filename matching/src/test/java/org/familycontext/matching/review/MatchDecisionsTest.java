/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.familycontext.matching.review.ReviewGraph.key;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.familycontext.matching.PersonResolver;
import org.familycontext.model.person.PersonId;
import org.junit.jupiter.api.Test;

class MatchDecisionsTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T10:00:00Z"), ZoneOffset.UTC);

    /** LinkWriter's WRITE statement, as a linking run with a new model writes its links. */
    static final String MODEL_RUN_WRITE = """
            UNWIND $links AS l
            MATCH (a:Record {source: l.source1, sourceId: l.sourceId1})
            MATCH (b:Record {source: l.source2, sourceId: l.sourceId2})
            MERGE (a)-[s:SAME_AS]->(b)
            WITH s, l WHERE s.decidedBy IS NULL
            SET s.status = l.status, s.probability = l.probability, s.matchWeight = l.weight,
                s.modelVersion = $version, s.linkRun = $run, s.comparisons = l.comparisons, s.levels = l.levels,
                s.weights = l.weights, s.refusedBecause = l.refusedBecause
            """;

    final MatchDecisions decisions = new MatchDecisions(new ReviewGraph().driver, CLOCK);

    private static ReviewGraph twoPeople() {
        return new ReviewGraph()
                .record("gp:1", "Ava", "Stone", "2015-02-01")
                .record("lcs:1", "Ava", "Stone", "2015-02-01")
                .record("school:1", "Eva", "Stone", "2015-02-01")
                .link("gp:1", "lcs:1", "CANDIDATE", 0.9)
                .link("gp:1", "school:1", "AUTO", 0.995)
                .resolve();
    }

    @Test
    void confirmingJoinsTheTwoPersonsAndStoresWhoWhenAndWhy() {
        var graph = twoPeople();
        assertThat(graph.persons()).containsExactly("gp:1 school:1", "lcs:1");
        var lcsPerson = graph.personOf("lcs:1");

        var outcome = decisions.confirm(key("lcs:1"), key("gp:1"), "j.smith", "  Same NHS number on the GP record ");

        assertThat(graph.persons()).containsExactly("gp:1 lcs:1 school:1");
        var link = graph.link("gp:1", "lcs:1");
        assertThat(link)
                .containsEntry("status", "CONFIRMED")
                .containsEntry("decidedBy", "j.smith")
                .containsEntry("decidedAt", "2025-06-01T10:00:00Z")
                .containsEntry("decisionReason", "Same NHS number on the GP record")
                .containsEntry("decisionId", outcome.decisionId())
                // The model's evidence stays beside the decision.
                .containsEntry("probability", 0.9);
        assertThat(outcome.decision()).isEqualTo("CONFIRMED");
        assertThat(outcome.before())
                .extracting(PersonSnapshot::id)
                .contains(lcsPerson)
                .hasSize(2);
        assertThat(outcome.after())
                .singleElement()
                .satisfies(p -> assertThat(p.id()).isEqualTo(PersonId.of(List.of(key("gp:1")))));
        assertThat(graph.single("MATCH (p:Person {id: $id}) RETURN count(p) AS v", Map.of("id", lcsPerson))
                        .asLong())
                .as("the person that joined another is gone")
                .isZero();
        assertThat(graph.decisions())
                .singleElement()
                .satisfies(d -> assertThat(d)
                        .containsEntry("decision", "CONFIRMED")
                        .containsEntry("records", List.of("gp:1", "lcs:1"))
                        .containsEntry("reason", "Same NHS number on the GP record"));
        assertThat(new ReviewQueue(graph.driver).ranked()).isEmpty();
    }

    @Test
    void confirmingAPairNoModelProposedCreatesTheLinkFromTheSmallerKey() {
        var graph = new ReviewGraph()
                .record("school:9", "Tom", "Fox", "2012-01-01")
                .record("housing:4", "Tom", "Fox", "2012-01-01")
                .resolve();

        decisions.confirm(key("school:9"), key("housing:4"), "j.smith", "Mother confirmed the address history");

        assertThat(graph.link("school:9", "housing:4"))
                .containsEntry("status", "CONFIRMED")
                .containsEntry("startsAt", "housing:4")
                .doesNotContainKey("probability");
        assertThat(graph.persons()).containsExactly("housing:4 school:9");
    }

    @Test
    void rejectingSeparatesRecordsTheModelHadJoined() {
        var graph = twoPeople();
        var gpPerson = graph.personOf("gp:1");

        var outcome = decisions.reject(key("gp:1"), key("school:1"), "j.smith", "Different child: twin sister");

        assertThat(graph.persons()).containsExactly("gp:1", "lcs:1", "school:1");
        assertThat(graph.personOf("gp:1"))
                .as("the record that anchors the ID keeps it")
                .isEqualTo(gpPerson);
        assertThat(graph.link("gp:1", "school:1"))
                .containsEntry("status", "REJECTED")
                .containsEntry("decisionReason", "Different child: twin sister");
        assertThat(outcome.after()).hasSize(2);
        assertThat(outcome.note()).isNull();
    }

    @Test
    void rejectingAPairJoinedThroughOthersSaysSoAndKeepsThemOnePerson() {
        var graph = new ReviewGraph()
                .record("a:1", "Li", "Ng", "1980")
                .record("b:1", "Li", "Ng", "1980")
                .record("c:1", "Li", "Ng", "1980")
                .link("a:1", "b:1", "AUTO", 0.999)
                .link("b:1", "c:1", "AUTO", 0.999)
                .resolve();

        var outcome = decisions.reject(key("a:1"), key("c:1"), "j.smith", "Different middle names on file");

        assertThat(outcome.note()).contains("still one person through other links");
        assertThat(graph.persons()).containsExactly("a:1 b:1 c:1");
        assertThat(graph.link("a:1", "c:1")).containsEntry("status", "REJECTED");
    }

    @Test
    void splittingAPersonRejectsEveryPairAcrossTheCut() {
        var graph = new ReviewGraph()
                .record("a:1", "Mo", "Khan", "1979-01-01")
                .record("b:1", "Mo", "Khan", "1979-01-01")
                .record("c:1", "Mo", "Khan", "1981-01-01")
                .record("d:1", "Mo", "Khan", "1981-01-01")
                .link("a:1", "b:1", "AUTO", 0.999)
                .link("b:1", "c:1", "AUTO", 0.995)
                .link("c:1", "d:1", "AUTO", 0.999)
                .resolve();
        var person = graph.personOf("a:1");

        var outcome =
                decisions.split(person, List.of(key("d:1"), key("c:1")), "j.smith", "Two brothers born 1979, 1981");

        assertThat(graph.persons()).containsExactly("a:1 b:1", "c:1 d:1");
        assertThat(graph.personOf("a:1")).isEqualTo(person);
        for (var cut :
                List.of(List.of("a:1", "c:1"), List.of("a:1", "d:1"), List.of("b:1", "c:1"), List.of("b:1", "d:1"))) {
            assertThat(graph.link(cut.get(0), cut.get(1)))
                    .as(cut.toString())
                    .containsEntry("status", "REJECTED")
                    .containsEntry("decidedBy", "j.smith")
                    .containsEntry("count", 1);
        }
        assertThat(graph.link("c:1", "d:1")).containsEntry("status", "AUTO");
        assertThat(outcome.before()).extracting(PersonSnapshot::id).containsExactly(person);
        assertThat(outcome.after()).hasSize(2);
        assertThat(graph.decisions())
                .singleElement()
                .satisfies(d -> assertThat(d)
                        .containsEntry("decision", "SPLIT")
                        .containsEntry("personId", person)
                        .containsEntry("records", List.of("d:1", "c:1"))
                        .containsEntry("remainingRecords", List.of("a:1", "b:1")));
    }

    @Test
    void aDecisionNeedsAReasonAndRecordsThatExist() {
        var graph = twoPeople();
        var person = graph.personOf("gp:1");

        assertThatThrownBy(() -> decisions.confirm(key("gp:1"), key("lcs:1"), "j.smith", "  "))
                .isInstanceOfSatisfying(
                        InvalidDecisionException.class,
                        e -> assertThat(e.field()).isEqualTo("reason"))
                .hasMessageContaining("a reason is required");
        assertThatThrownBy(() -> decisions.reject(key("gp:1"), key("lcs:1"), null, "why"))
                .isInstanceOfSatisfying(
                        InvalidDecisionException.class,
                        e -> assertThat(e.field()).isEqualTo("decidedBy"));
        assertThatThrownBy(() -> decisions.confirm(key("gp:1"), key("gp:1"), "j.smith", "why"))
                .hasMessageContaining("must be different records");
        assertThatThrownBy(() -> decisions.confirm(key("gp:1"), key("gp:404"), "j.smith", "why"))
                .hasMessageContaining("there is no record gp:404");
        assertThatThrownBy(() -> decisions.split(person, List.of(key("lcs:1")), "j.smith", "why"))
                .hasMessageContaining("is not one of person");
        assertThatThrownBy(() -> decisions.split(person, List.of(key("gp:1"), key("school:1")), "j.smith", "why"))
                .hasMessageContaining("would leave the person with none");
        assertThatThrownBy(() -> decisions.split("P0000", List.of(key("gp:1")), "j.smith", "why"))
                .isInstanceOfSatisfying(
                        InvalidDecisionException.class,
                        e -> assertThat(e.field()).isEqualTo("personId"));

        assertThat(graph.decisions()).isEmpty();
        assertThat(graph.link("gp:1", "lcs:1"))
                .containsEntry("status", "CANDIDATE")
                .doesNotContainKey("decidedBy");
        assertThat(graph.link("gp:1", "gp:1")).isEmpty();
    }

    @Test
    void decisionsWinOverLaterModelRunsAndHistoryIsKept() {
        var graph = twoPeople();
        decisions.confirm(key("gp:1"), key("lcs:1"), "j.smith", "Same NHS number");
        decisions.reject(key("gp:1"), key("school:1"), "j.smith", "Twin sister");
        decisions.reject(key("gp:1"), key("lcs:1"), "a.jones", "Second look: different GP practice");
        decisions.confirm(key("gp:1"), key("lcs:1"), "j.smith", "Practice moved; same person after all");

        // A new model proposes the opposite of every decision.
        graph.run(
                MODEL_RUN_WRITE,
                Map.of(
                        "links",
                        List.of(
                                modelLink("gp", "1", "lcs", "1", "CANDIDATE", 0.85),
                                modelLink("gp", "1", "school", "1", "AUTO", 0.999)),
                        "version",
                        "fs-next",
                        "run",
                        "fs-next"));
        new PersonResolver(graph.driver).resolveAll();

        assertThat(graph.link("gp:1", "lcs:1"))
                .containsEntry("status", "CONFIRMED")
                .containsEntry("decisionReason", "Practice moved; same person after all")
                .containsEntry("modelVersion", "fs-test");
        assertThat(graph.link("gp:1", "school:1")).containsEntry("status", "REJECTED");
        assertThat(graph.persons()).containsExactly("gp:1 lcs:1", "school:1");
        assertThat(graph.decisions())
                .extracting(d -> d.get("decidedBy") + " " + d.get("decision") + ": " + d.get("reason"))
                .containsExactlyInAnyOrder(
                        "j.smith CONFIRMED: Same NHS number",
                        "j.smith REJECTED: Twin sister",
                        "a.jones REJECTED: Second look: different GP practice",
                        "j.smith CONFIRMED: Practice moved; same person after all");
    }

    @Test
    void reformingOnlyTheAffectedPersonsGivesWhatAWholeGraphRunGives() {
        var graph = new ReviewGraph()
                .record("a:1", "Mo", "Khan", "1979-01-01")
                .record("b:1", "Mo", "Khan", "1979-01-01")
                .record("c:1", "Mo", "Kahn", "1979")
                .record("d:1", "Zed", "Ali", "2001")
                .link("a:1", "b:1", "AUTO", 0.999)
                .link("b:1", "c:1", "CANDIDATE", 0.9)
                .resolve();

        decisions.confirm(key("b:1"), key("c:1"), "j.smith", "Same address history");
        var afterDecision = personsWithFields(graph);
        new PersonResolver(graph.driver).resolveAll();

        assertThat(personsWithFields(graph)).isEqualTo(afterDecision).hasSize(2);
    }

    private static List<String> personsWithFields(ReviewGraph graph) {
        try (var session = graph.driver.session()) {
            return session.run("""
                            MATCH (r:Record)-[:PART_OF]->(p:Person)
                            WITH p, r ORDER BY r.source, r.sourceId
                            WITH p, collect(r.source) AS sources
                            RETURN p.id + ' ' + p.forename + ' ' + p.surname + ' ' + p.birthDate + ' '
                                   + p.recordCount + ' ' + reduce(s = '', k IN sources | s + k) AS v
                            ORDER BY v
                            """).list(r -> r.get("v").asString());
        }
    }

    private static Map<String, Object> modelLink(
            String source1, String id1, String source2, String id2, String status, double probability) {
        var l = new java.util.HashMap<String, Object>();
        l.put("source1", source1);
        l.put("sourceId1", id1);
        l.put("source2", source2);
        l.put("sourceId2", id2);
        l.put("status", status);
        l.put("probability", probability);
        l.put("weight", 2.0);
        l.put("comparisons", List.of("prior"));
        l.put("levels", List.of("share"));
        l.put("weights", List.of(2.0));
        l.put("refusedBecause", null);
        return l;
    }
}
