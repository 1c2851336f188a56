/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.familycontext.api.DemoCouncilGraphQlTest;
import org.familycontext.api.DemoPeople;
import org.familycontext.api.TestIdentityProvider;
import org.familycontext.api.security.Role;
import org.familycontext.model.person.PersonId;
import org.familycontext.model.record.RecordKey;
import org.familycontext.model.testing.InProcessNeo4j;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The review queue and decisions over HTTP. The demo council holds no pairs waiting for review, so each test adds
 * its own small families (sources named review-*) beside it and removes them afterwards.
 */
@DemoCouncilGraphQlTest
class ReviewGraphQlTest {

    static final String CHILD_PAIR = "review-a:C1|review-b:C1";
    static final String ADULT_PAIR = "review-a:A1|review-b:A1";

    static final String DECISION_FIELDS = """
            decisionId decision note
            personsBefore { personId records { source sourceId } }
            personsAfter {
              personId records { source sourceId }
              person { id name records { source sourceId matchLinks { otherSource otherSourceId status decidedBy
                                                                      decisionReason probability } } }
            }
            """;

    @Autowired
    HttpGraphQlTester graphQl;

    @BeforeEach
    void addFamiliesWaitingForReview() {
        removeTestFamilies();
        // A child known to two services, each recording a different mother; two adults; and two records the
        // model linked on its own.
        record("review-a:C1", "Ava", "Stone", "2016-02-01");
        record("review-b:C1", "Ava", "Stone", "2016-02-01");
        record("review-a:M1", "Jo", "Stone", "1985-01-01");
        record("review-b:M2", "Kim", "Reed", "1990-01-01");
        record("review-a:A1", "Ola", "Ward", "1960-01-01");
        record("review-b:A1", "Ola", "Ward", "1960-01-01");
        record("review-a:X1", "Ray", "Moss", "1950-01-01");
        record("review-b:X1", "Roy", "Moss", "1950-01-01");
        run("""
                MATCH (m:Record {source: 'review-a', sourceId: 'M1'}), (c:Record {source: 'review-a', sourceId: 'C1'})
                CREATE (m)-[:PARENT_OF {kind: 'birth', source: 'review-a'}]->(c)
                WITH 1 AS one
                MATCH (m:Record {source: 'review-b', sourceId: 'M2'}), (c:Record {source: 'review-b', sourceId: 'C1'})
                CREATE (m)-[:PARENT_OF {kind: 'birth', source: 'review-b'}]->(c)
                """);
        link("C1", "CANDIDATE", 0.895);
        link("A1", "CANDIDATE", 0.895);
        link("X1", "AUTO", 0.999);
        for (var person : List.of(
                List.of("review-a:C1"),
                List.of("review-b:C1"),
                List.of("review-a:M1"),
                List.of("review-b:M2"),
                List.of("review-a:A1"),
                List.of("review-b:A1"),
                List.of("review-a:X1", "review-b:X1"))) {
            person(person);
        }
    }

    @AfterEach
    void removeTestFamilies() {
        run("""
                MATCH (r:Record) WHERE r.source STARTS WITH 'review-'
                OPTIONAL MATCH (r)-[:PART_OF]->(p:Person)
                DETACH DELETE r, p
                """);
        run("MATCH (d:MatchDecision) DETACH DELETE d");
    }

    @Test
    void theQueueShowsTheChildsPairFirstWithBothRecordsAndTheWaterfall() {
        var response = graphQl.document("""
                        {
                          reviewQueue(first: 1) {
                            totalCount
                            pageInfo { hasNextPage hasPreviousPage endCursor }
                            edges { cursor node {
                              id probability matchWeight modelVersion priority reasonForPriority refusedBecause
                              records { source sourceId forename birthDate }
                              explanation { comparison level weight }
                            } }
                          }
                        }
                        """).execute();
        response.path("reviewQueue.totalCount").entity(Integer.class).isEqualTo(2);
        response.path("reviewQueue.edges[0].node.id").entity(String.class).isEqualTo(CHILD_PAIR);
        response.path("reviewQueue.edges[0].node.records[*].source")
                .entityList(String.class)
                .containsExactly("review-a", "review-b");
        response.path("reviewQueue.edges[0].node.records[*].forename")
                .entityList(String.class)
                .containsExactly("Ava", "Ava");
        response.path("reviewQueue.edges[0].node.priority").entity(Double.class).isEqualTo(1.0);
        response.path("reviewQueue.edges[0].node.reasonForPriority")
                .entity(String.class)
                .satisfies(
                        reason -> assertThat(reason).contains("child under 18").contains("bring 2"));
        response.path("reviewQueue.edges[0].node.explanation[*].comparison")
                .entityList(String.class)
                .containsExactly("prior", "surname");
        response.path("reviewQueue.edges[0].node.explanation[1].weight")
                .entity(Double.class)
                .isEqualTo(10.0);
        response.path("reviewQueue.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        var endCursor = response.path("reviewQueue.pageInfo.endCursor")
                .entity(String.class)
                .get();

        var next = graphQl.document("""
                        query($after: String) {
                          reviewQueue(first: 20, after: $after) {
                            pageInfo { hasNextPage hasPreviousPage }
                            edges { node { id priority } }
                          }
                        }
                        """).variable("after", endCursor).execute();
        next.path("reviewQueue.edges[*].node.id").entityList(String.class).containsExactly(ADULT_PAIR);
        next.path("reviewQueue.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
        next.path("reviewQueue.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void confirmingJoinsThePersonsAndTheQueueMovesOn() {
        var childA = personId("review-a:C1");
        var childB = personId("review-b:C1");
        var response = decide("confirmMatch", "review-b", "C1", "review-a", "C1", "Same NHS number on both", "j.smith");

        response.path("confirmMatch.decision").entity(String.class).isEqualTo("CONFIRMED");
        response.path("confirmMatch.personsBefore[*].personId")
                .entityList(String.class)
                .satisfies(list -> assertThat(list).containsExactlyInAnyOrder(childA, childB));
        response.path("confirmMatch.personsAfter[*].personId")
                .entityList(String.class)
                .containsExactly(childA);
        response.path("confirmMatch.personsAfter[0].person.records[*].sourceId")
                .entityList(String.class)
                .containsExactly("C1", "C1");
        response.path("confirmMatch.personsAfter[0].person.records[0].matchLinks[0].status")
                .entity(String.class)
                .isEqualTo("CONFIRMED");
        response.path("confirmMatch.personsAfter[0].person.records[0].matchLinks[0].decidedBy")
                .entity(String.class)
                .isEqualTo("j.smith");
        response.path("confirmMatch.personsAfter[0].person.records[0].matchLinks[0].decisionReason")
                .entity(String.class)
                .isEqualTo("Same NHS number on both");
        response.path("confirmMatch.personsAfter[0].person.records[0].matchLinks[0].probability")
                .entity(Double.class)
                .isEqualTo(0.895);

        graphQl.document("{ reviewQueue { edges { node { id } } } }")
                .execute()
                .path("reviewQueue.edges[*].node.id")
                .entityList(String.class)
                .containsExactly(ADULT_PAIR);
    }

    @Test
    void rejectingSeparatesWhatTheModelJoinedAndSplittingCutsAPerson() {
        var rejected =
                decide("rejectMatch", "review-a", "X1", "review-b", "X1", "Different forenames: brothers", "j.smith");
        rejected.path("rejectMatch.decision").entity(String.class).isEqualTo("REJECTED");
        rejected.path("rejectMatch.personsBefore[*].personId")
                .entityList(String.class)
                .containsExactly(PersonId.of(List.of(RecordKey.parse("review-a:X1"))));
        rejected.path("rejectMatch.personsAfter[*].records[*].sourceId")
                .entityList(String.class)
                .hasSize(2);
        rejected.path("rejectMatch.personsAfter").entityList(Object.class).hasSize(2);

        // Join the adults, then split them again.
        decide("confirmMatch", "review-a", "A1", "review-b", "A1", "Same address history", "j.smith");
        var split = TestIdentityProvider.as(graphQl, "a.jones", Role.DATA_MANAGER)
                .document("""
                        mutation($input: SplitPersonInput!) { splitPerson(input: $input) { %s } }
                        """.formatted(DECISION_FIELDS))
                .variable(
                        "input",
                        Map.of(
                                "personId",
                                personId("review-a:A1"),
                                "records",
                                List.of(Map.of("source", "review-b", "sourceId", "A1")),
                                "reason",
                                "Second look: different middle names"))
                .execute();
        split.path("splitPerson.decision").entity(String.class).isEqualTo("SPLIT");
        split.path("splitPerson.personsAfter[*].person.records[*].source")
                .entityList(String.class)
                .satisfies(list -> assertThat(list).containsExactlyInAnyOrder("review-a", "review-b"));
        assertThat(personId("review-a:A1")).isNotEqualTo(personId("review-b:A1"));
    }

    @Test
    void aDecisionWithoutAReasonIsRefusedAndNamesTheField() {
        decideRaw("confirmMatch", "review-a", "C1", "review-b", "C1", "   ", "j.smith")
                .errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                    assertThat(e.getMessage()).startsWith("input.reason: a reason is required");
                }));
        decideRaw("rejectMatch", "review-a", "C1", "review-a", "NOPE", "why", "j.smith")
                .errors()
                .expect(e -> e.getMessage().contains("there is no record review-a:NOPE"))
                .verify();
        decideRaw("rejectMatch", "review-a", "", "review-a", "C1", "why", "j.smith")
                .errors()
                .expect(e -> e.getMessage().equals("input.record: give both a source and a sourceId"))
                .verify();
        graphQl.document("{ reviewQueue(first: 51) { totalCount } }")
                .execute()
                .errors()
                .expect(e -> e.getMessage().equals("first must be between 1 and 50"))
                .verify();
        graphQl.document("{ reviewQueue(after: \"not-a-cursor\") { totalCount } }")
                .execute()
                .errors()
                .expect(e -> e.getMessage().startsWith("after must be a cursor"))
                .verify();

        assertThat(personId("review-a:C1")).isNotEqualTo(personId("review-b:C1"));
        try (var session = InProcessNeo4j.driver().session()) {
            assertThat(session.run("MATCH (d:MatchDecision) RETURN count(d) AS n")
                            .single()
                            .get("n")
                            .asLong())
                    .isZero();
        }
    }

    @Test
    void aPersonsRecordsExplainHowTheyWereLinked() {
        graphQl.document("""
                        query($id: ID!) {
                          person(id: $id, purpose: QUALITY_ASSURANCE) { records { source matchLinks { otherSource status decidedBy explanation { weight } } } }
                        }
                        """)
                .variable("id", personId("review-a:X1"))
                .execute()
                .path("person.records[0].matchLinks[0].otherSource")
                .entity(String.class)
                .isEqualTo("review-b")
                .path("person.records[0].matchLinks[0].status")
                .entity(String.class)
                .isEqualTo("AUTO")
                .path("person.records[0].matchLinks[0].explanation[*].weight")
                .entityList(Double.class)
                .containsExactly(-6.5, 10.0)
                .path("person.records[1].matchLinks[0].otherSource")
                .entity(String.class)
                .isEqualTo("review-a");
        // The demo's own links were confirmed by its author.
        graphQl.document(
                        "query($id: ID!) { person(id: $id, purpose: QUALITY_ASSURANCE) { records { matchLinks { status decidedBy } } } }")
                .variable("id", DemoPeople.personIdOf("housing", "T-5521"))
                .execute()
                .path("person.records[*].matchLinks[*].status")
                .entityList(String.class)
                .satisfies(statuses -> assertThat(statuses).isNotEmpty().containsOnly("CONFIRMED"));
    }

    private HttpGraphQlTester.Response decide(
            String mutation, String s1, String id1, String s2, String id2, String reason, String by) {
        var response = decideRaw(mutation, s1, id1, s2, id2, reason, by);
        response.errors().verify();
        return response;
    }

    private HttpGraphQlTester.Response decideRaw(
            String mutation, String s1, String id1, String s2, String id2, String reason, String by) {
        // Who decided is the signed-in user, never a field of the input.
        return TestIdentityProvider.as(graphQl, by, Role.DATA_MANAGER)
                .document("""
                        mutation($input: MatchDecisionInput!) { %s(input: $input) { %s } }
                        """.formatted(mutation, DECISION_FIELDS))
                .variable(
                        "input",
                        Map.of(
                                "record",
                                Map.of("source", s1, "sourceId", id1),
                                "otherRecord",
                                Map.of("source", s2, "sourceId", id2),
                                "reason",
                                reason))
                .execute();
    }

    private static String personId(String record) {
        var key = RecordKey.parse(record);
        return DemoPeople.personIdOf(key.source(), key.sourceId());
    }

    private static void record(String key, String forename, String surname, String birthDate) {
        var k = RecordKey.parse(key);
        run(
                "CREATE (:Record {source: $s, sourceId: $id, forename: $f, surname: $n, birthDate: $b, sex: 'UNKNOWN'})",
                Map.of("s", k.source(), "id", k.sourceId(), "f", forename, "n", surname, "b", birthDate));
    }

    private static void link(String sourceId, String status, double probability) {
        run("""
                MATCH (a:Record {source: 'review-a', sourceId: $id}), (b:Record {source: 'review-b', sourceId: $id})
                CREATE (a)-[:SAME_AS {status: $status, probability: $p, matchWeight: 3.5, modelVersion: 'fs-test',
                                      comparisons: ['prior', 'surname'],
                                      levels: ['share of candidate pairs that match', 'exact'],
                                      weights: [-6.5, 10.0]}]->(b)
                """, Map.of("id", sourceId, "status", status, "p", probability));
    }

    private static void person(List<String> records) {
        var keys = records.stream().map(RecordKey::parse).toList();
        run(
                """
                MERGE (p:Person {id: $id})
                WITH p
                UNWIND $keys AS k
                MATCH (r:Record {source: k[0], sourceId: k[1]})
                SET p.forename = r.forename, p.surname = r.surname, p.birthDate = r.birthDate, p.sex = 'UNKNOWN'
                MERGE (r)-[:PART_OF]->(p)
                """,
                Map.of(
                        "id",
                        PersonId.of(keys),
                        "keys",
                        keys.stream()
                                .map(k -> List.of(k.source(), k.sourceId()))
                                .toList()));
    }

    private static void run(String cypher) {
        run(cypher, Map.of());
    }

    private static void run(String cypher, Map<String, Object> parameters) {
        try (var session = InProcessNeo4j.driver().session()) {
            session.run(cypher, parameters).consume();
        }
    }
}
