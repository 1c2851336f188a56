/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.familycontext.api.DemoCouncilGraphQlTest;
import org.familycontext.api.DemoPeople;
import org.familycontext.api.TestIdentityProvider;
import org.familycontext.api.family.NetworkFixture;
import org.familycontext.api.security.Role;
import org.familycontext.model.person.PersonId;
import org.familycontext.model.record.RecordKey;
import org.familycontext.model.testing.InProcessNeo4j;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Every kind of request leaves its event in the audit trail, with who, why, what was asked and whom it returned.
 * Each test signs in as a user of its own, so it reads only its own events.
 */
@DemoCouncilGraphQlTest
class AuditTrailGraphQlTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void aSearchIsRecordedWithTheNameSearchedForAndEveryPersonFound() {
        var user = user();
        var found = as(user, "social_worker", "Assessment Team North")
                .document("query Find($name: String) { searchPeople(name: $name) { edges { node { name } } } }")
                .variable("name", "Maisie Thornbury")
                .execute()
                .path("searchPeople.edges[*].node.name")
                .entityList(String.class)
                .get();
        assertThat(found).contains("Maisie Thornbury");

        var event = onlyEventOf(user);
        assertThat(event.action()).isEqualTo("SEARCH");
        assertThat(event.roles()).containsExactly("social_worker");
        assertThat(event.team()).isEqualTo("Assessment Team North");
        assertThat(event.purpose()).isNull();
        assertThat(event.operationName()).isEqualTo("Find");
        assertThat(event.query()).contains("searchPeople(name: $name)");
        assertThat(event.variables()).isEqualTo("{\"name\":\"Maisie Thornbury\"}");
        assertThat(event.personIds()).contains(DemoPeople.maisie()).hasSize(found.size());
        assertThat(event.outcome()).isEqualTo("ok");
        assertThat(event.hash()).hasSize(64).isEqualTo(AuditHash.of(propertiesOf(event.seq())));
    }

    @Test
    void aPersonViewRecordsItsPurposeAndThePersonEvenWhenTheIdIsNotAskedFor() {
        var user = user();
        var catherine = DemoPeople.personIdOf("housing", "T-5521");
        as(user, "social_worker", null)
                .document("query($id: ID!) { person(id: $id, purpose: SECTION_47_ENQUIRY) { name } }")
                .variable("id", catherine)
                .execute()
                .path("person.name")
                .entity(String.class)
                .isEqualTo("Catherine Hale");

        var event = onlyEventOf(user);
        assertThat(event.action()).isEqualTo("PERSON_VIEW");
        assertThat(event.purpose()).isEqualTo("SECTION_47_ENQUIRY");
        assertThat(event.openedPersonIds()).containsExactly(catherine);
        assertThat(event.personIds()).containsExactly(catherine);
        assertThat(event.variables()).contains(catherine);
    }

    @Test
    void aNetworkViewRecordsEveryMemberReturned() {
        var user = user();
        var members = as(user, "fgc_coordinator", "Family Group Conferences")
                .document("""
                        query($id: ID!) {
                          familyNetwork(personId: $id, purpose: FAMILY_GROUP_CONFERENCE_PREPARATION) {
                            members { relationshipToFocus person { name } }
                          }
                        }
                        """)
                .variable("id", DemoPeople.maisie())
                .execute()
                .path("familyNetwork.members")
                .entityList(Map.class)
                .get();

        var event = onlyEventOf(user);
        assertThat(event.action()).isEqualTo("NETWORK_VIEW");
        assertThat(event.purpose()).isEqualTo("FAMILY_GROUP_CONFERENCE_PREPARATION");
        assertThat(event.openedPersonIds()).containsExactly(DemoPeople.maisie());
        assertThat(event.personIds())
                .hasSize(members.size())
                .contains(
                        DemoPeople.maisie(),
                        DemoPeople.personIdOf("housing", "T-5521"),
                        DemoPeople.personIdOf("lcs", "C-20119"));
    }

    @Test
    void aViewOfAPersonsServicesRecordsItsPurposeAndThePerson() {
        var user = user();
        var catherine = DemoPeople.personIdOf("housing", "T-5521");
        as(user, "social_worker", "North Locality")
                .document("""
                        query($id: ID!) {
                          involvements(personId: $id, purpose: CHILD_IN_NEED_PLANNING) { services { service status } }
                        }
                        """)
                .variable("id", catherine)
                .execute()
                .path("involvements.services[*].service")
                .entityList(String.class)
                .contains("HOUSING");

        var event = onlyEventOf(user);
        assertThat(event.action()).isEqualTo("INVOLVEMENTS_VIEW");
        assertThat(event.purpose()).isEqualTo("CHILD_IN_NEED_PLANNING");
        assertThat(event.openedPersonIds()).containsExactly(catherine);
        assertThat(event.outcome()).isEqualTo("ok");
    }

    @Test
    void aRecordedRelationshipIsRecordedWithBothPersons() {
        var family = new NetworkFixture();
        family.remove();
        family.person("child", "FEMALE", "2015-01-01").person("aunt", "FEMALE", "1980-05-01");
        try {
            var user = user();
            as(user, "social_worker", null)
                    .document("""
                            mutation($input: RecordRelationshipQualityInput!) {
                              recordRelationshipQuality(input: $input) { recordedBy }
                            }
                            """)
                    .variable(
                            "input",
                            Map.of(
                                    "fromPersonId",
                                    NetworkFixture.id("child"),
                                    "toPersonId",
                                    NetworkFixture.id("aunt"),
                                    "quality",
                                    "CLOSE",
                                    "note",
                                    "Sees her every weekend"))
                    .execute()
                    .path("recordRelationshipQuality.recordedBy")
                    .entity(String.class)
                    .isEqualTo(user);

            var event = onlyEventOf(user);
            assertThat(event.action()).isEqualTo("RELATIONSHIP_RECORDED");
            assertThat(event.variables()).contains("Sees her every weekend");
            assertThat(event.outcome()).isEqualTo("ok");
        } finally {
            family.remove();
        }
    }

    @Test
    void openingAPersonWithoutAPurposeIsRefusedByTheSchemaAndRecordedAsRefused() {
        var user = user();
        as(user, "social_worker", null)
                .document("query($id: ID!) { person(id: $id) { name } }")
                .variable("id", DemoPeople.maisie())
                .execute()
                .errors()
                .expect(e -> e.getMessage().contains("purpose"))
                .verify()
                .path("person")
                .pathDoesNotExist();
        as(user, "social_worker", null)
                .document("query($id: ID!) { familyNetwork(personId: $id) { members { distance } } }")
                .variable("id", DemoPeople.maisie())
                .execute()
                .errors()
                .expect(e -> e.getMessage().contains("purpose"))
                .verify();

        var events = eventsOf(user);
        assertThat(events).extracting(AuditEvent::action).containsExactly("PERSON_VIEW", "NETWORK_VIEW");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.outcome()).isEqualTo("refused");
            assertThat(e.personIds()).isEmpty();
            assertThat(e.openedPersonIds()).containsExactly(DemoPeople.maisie());
        });
    }

    @Test
    void theReviewQueueAndAReviewDecisionAreRecordedWithTheRecordsAndPersonsTheyShow() {
        var user = user();
        try {
            record("audit-a:C1", "Ivy", "Marsh", "2017-05-01");
            record("audit-b:C1", "Ivy", "Marsh", "2017-05-01");
            run("""
                    MATCH (a:Record {source: 'audit-a', sourceId: 'C1'}), (b:Record {source: 'audit-b', sourceId: 'C1'})
                    CREATE (a)-[:SAME_AS {status: 'CANDIDATE', probability: 0.9, matchWeight: 3.5, modelVersion: 'fs-test',
                                          comparisons: ['prior', 'surname'], levels: ['share', 'exact'],
                                          weights: [-6.5, 10.0]}]->(b)
                    """);
            person("audit-a:C1");
            person("audit-b:C1");

            as(user, "data_manager", "Data Team")
                    .document("{ reviewQueue(first: 50) { edges { node { records { forename } } } } }")
                    .execute()
                    .errors()
                    .verify();
            var after = as(user, "data_manager", "Data Team")
                    .document("""
                            mutation($input: MatchDecisionInput!) {
                              confirmMatch(input: $input) { decision personsAfter { person { name } } }
                            }
                            """)
                    .variable(
                            "input",
                            Map.of(
                                    "record",
                                    Map.of("source", "audit-a", "sourceId", "C1"),
                                    "otherRecord",
                                    Map.of("source", "audit-b", "sourceId", "C1"),
                                    "reason",
                                    "Same date of birth and school"))
                    .execute()
                    .path("confirmMatch.decision")
                    .entity(String.class)
                    .isEqualTo("CONFIRMED");

            var events = eventsOf(user);
            assertThat(events).extracting(AuditEvent::action).containsExactly("REVIEW_VIEW", "REVIEW_DECISION");
            assertThat(events.get(0).recordKeys()).contains("audit-a:C1", "audit-b:C1");
            var decision = events.get(1);
            assertThat(decision.query()).contains("confirmMatch");
            assertThat(decision.variables()).contains("Same date of birth and school");
            assertThat(decision.personIds())
                    .containsExactly(
                            PersonId.of(List.of(RecordKey.parse("audit-a:C1"), RecordKey.parse("audit-b:C1"))));
            assertThat(decision.outcome()).isEqualTo("ok");
        } finally {
            run("""
                    MATCH (r:Record) WHERE r.source STARTS WITH 'audit-'
                    OPTIONAL MATCH (r)-[:PART_OF]->(p:Person)
                    DETACH DELETE r, p
                    """);
            run("MATCH (d:MatchDecision) WHERE d.decidedBy = $user DETACH DELETE d", Map.of("user", user));
        }
    }

    @Test
    void readingTheAuditTrailIsAuditedAndFindsEventsByUserPersonAndAction() {
        var worker = user();
        var catherine = DemoPeople.personIdOf("housing", "T-5521");
        for (var purpose : List.of("CHILD_AND_FAMILY_ASSESSMENT", "REVIEW", "CHILD_IN_NEED_PLANNING")) {
            as(worker, "social_worker", null)
                    .document("query($id: ID!) { person(id: $id, purpose: %s) { birthDate } }".formatted(purpose))
                    .variable("id", catherine)
                    .execute();
        }
        as(worker, "social_worker", null)
                .document("{ searchPeople(name: \"Hale\") { edges { node { birthDate } } } }")
                .execute();

        var auditor = user();
        var page = as(auditor, "auditor", null)
                .document("""
                        query($filter: AuditFilter, $after: String) {
                          auditEvents(filter: $filter, first: 2, after: $after) {
                            edges { cursor node { seq user action purpose personIds outcome hash } }
                            pageInfo { hasNextPage hasPreviousPage endCursor }
                          }
                        }
                        """)
                .variable("filter", Map.of("user", worker, "personId", catherine, "action", "PERSON_VIEW"))
                .execute();
        page.path("auditEvents.edges[*].node.purpose")
                .entityList(String.class)
                .containsExactly("CHILD_IN_NEED_PLANNING", "REVIEW");
        page.path("auditEvents.edges[*].node.outcome").entityList(String.class).containsExactly("OK", "OK");
        page.path("auditEvents.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        var endCursor =
                page.path("auditEvents.pageInfo.endCursor").entity(String.class).get();

        as(auditor, "auditor", null)
                .document("""
                        query($filter: AuditFilter, $after: String) {
                          auditEvents(filter: $filter, first: 2, after: $after) {
                            edges { node { purpose } }
                            pageInfo { hasNextPage hasPreviousPage }
                          }
                        }
                        """)
                .variable("filter", Map.of("user", worker, "action", "PERSON_VIEW"))
                .variable("after", endCursor)
                .execute()
                .path("auditEvents.edges[*].node.purpose")
                .entityList(String.class)
                .containsExactly("CHILD_AND_FAMILY_ASSESSMENT")
                .path("auditEvents.pageInfo.hasNextPage")
                .entity(Boolean.class)
                .isEqualTo(false)
                .path("auditEvents.pageInfo.hasPreviousPage")
                .entity(Boolean.class)
                .isEqualTo(true);

        var reads = eventsOf(auditor);
        assertThat(reads).hasSize(2).allSatisfy(e -> {
            assertThat(e.action()).isEqualTo("AUDIT_QUERY");
            assertThat(e.roles()).containsExactly("auditor");
            assertThat(e.query()).contains("auditEvents");
            assertThat(e.variables()).contains(worker);
        });
    }

    @Test
    void aRequestThatTouchesNoPersonIsNotRecorded() {
        var user = user();
        as(user, "social_worker", null)
                .document("{ sources { name } }")
                .execute()
                .errors()
                .verify();
        assertThat(eventsOf(user)).isEmpty();
    }

    @Test
    void whenTheEventCannotBeWrittenTheAnswerIsWithheld() {
        var user = user();
        // An event already holding the next number: the append is refused by the uniqueness of seq.
        long next = lastSeq() + 1;
        run("CREATE (:AuditEvent {seq: $seq, user: 'blocker'})", Map.of("seq", next));
        try {
            as(user, "social_worker", null)
                    .document("query($id: ID!) { person(id: $id, purpose: REVIEW) { name } }")
                    .variable("id", DemoPeople.maisie())
                    .execute()
                    .errors()
                    .expect(e -> e.getMessage().equals(AuditInterceptor.WITHHELD))
                    .verify()
                    .path("person")
                    .pathDoesNotExist();
        } finally {
            run("MATCH (e:AuditEvent {seq: $seq, user: 'blocker'}) DELETE e", Map.of("seq", next));
        }
        assertThat(eventsOf(user)).isEmpty();
    }

    @Test
    void theChainOfEverythingRecordedIsIntact() {
        as(user(), "social_worker", null)
                .document("query($id: ID!) { person(id: $id, purpose: REVIEW) { name } }")
                .variable("id", DemoPeople.maisie())
                .execute();
        as(user(), "auditor", null)
                .document("{ auditChainStatus { intact events lastSeq lastHash firstBrokenSeq problem } }")
                .execute()
                .path("auditChainStatus.intact")
                .entity(Boolean.class)
                .isEqualTo(true)
                .path("auditChainStatus.problem")
                .valueIsNull()
                .path("auditChainStatus.lastHash")
                .entity(String.class)
                .satisfies(hash -> assertThat(hash).hasSize(64));
    }

    private HttpGraphQlTester as(String user, String role, String team) {
        var token = TestIdentityProvider.token(user, team, Role.valueOf(role.toUpperCase(java.util.Locale.ROOT)));
        return graphQl.mutate().headers(h -> h.setBearerAuth(token)).build();
    }

    private static String user() {
        return "user-" + UUID.randomUUID();
    }

    private static AuditEvent onlyEventOf(String user) {
        var events = eventsOf(user);
        assertThat(events).hasSize(1);
        return events.getFirst();
    }

    static List<AuditEvent> eventsOf(String user) {
        try (var session = InProcessNeo4j.driver().session()) {
            return session.run(
                            "MATCH (e:AuditEvent {user: $user}) RETURN properties(e) AS e ORDER BY e.seq",
                            Map.of("user", user))
                    .list(r -> AuditEvent.of(r.get("e").asMap()));
        }
    }

    private static Map<String, Object> propertiesOf(long seq) {
        try (var session = InProcessNeo4j.driver().session()) {
            return session.run("MATCH (e:AuditEvent {seq: $seq}) RETURN properties(e) AS e", Map.of("seq", seq))
                    .single()
                    .get("e")
                    .asMap();
        }
    }

    private static long lastSeq() {
        try (var session = InProcessNeo4j.driver().session()) {
            return session.run("OPTIONAL MATCH (c:AuditChain {name: 'audit'}) RETURN coalesce(c.lastSeq, 0) AS seq")
                    .single()
                    .get("seq")
                    .asLong();
        }
    }

    private static void record(String key, String forename, String surname, String birthDate) {
        var k = RecordKey.parse(key);
        run(
                "CREATE (:Record {source: $s, sourceId: $id, forename: $f, surname: $n, birthDate: $b, sex: 'UNKNOWN'})",
                Map.of("s", k.source(), "id", k.sourceId(), "f", forename, "n", surname, "b", birthDate));
    }

    private static void person(String record) {
        var key = RecordKey.parse(record);
        run("""
                MATCH (r:Record {source: $s, sourceId: $id})
                MERGE (p:Person {id: $person})
                SET p.forename = r.forename, p.surname = r.surname, p.birthDate = r.birthDate, p.sex = 'UNKNOWN'
                MERGE (r)-[:PART_OF]->(p)
                """, Map.of("s", key.source(), "id", key.sourceId(), "person", PersonId.of(List.of(key))));
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
