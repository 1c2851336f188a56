/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.familycontext.api.DemoCouncilGraphQlTest;
import org.familycontext.api.TestIdentityProvider;
import org.familycontext.api.security.Role;
import org.familycontext.model.testing.InProcessNeo4j;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The privacy officer's list, from events seeded in January 2020 (a week no other test writes in) by users of this
 * test alone, over two persons of its own whose services belong to different teams.
 */
@DemoCouncilGraphQlTest
class UnusualAccessGraphQlTest {

    static final String FROM = "2020-01-06T00:00:00Z"; // a Monday
    static final String TO = "2020-01-13T00:00:00Z";

    @Autowired
    HttpGraphQlTester graphQl;

    final SettableClock clock = new SettableClock();
    final AuditTrail trail = new AuditTrail(InProcessNeo4j.driver(), clock);
    final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void twoPersonsServedByDifferentTeams() {
        run("""
                UNWIND [['A', 'Team A'], ['B', 'Team B']] AS p
                CREATE (:Person {id: 'P-audit-' + p[0]})<-[:PART_OF]-(:Record {source: 'audit-test', sourceId: p[0]})
                       -[:HAS_INVOLVEMENT]->(:ServiceInvolvement {source: 'audit-test', sourceId: p[0], team: p[1]})
                """);
    }

    @AfterEach
    void removeThem() {
        run("""
                MATCH (r:Record {source: 'audit-test'})
                OPTIONAL MATCH (r)-[:PART_OF]->(p:Person)
                OPTIONAL MATCH (r)-[:HAS_INVOLVEMENT]->(i:ServiceInvolvement)
                DETACH DELETE r, p, i
                """);
    }

    @Test
    void findsViewsOutsideTheTeamsCaseload() {
        var user = "caseload-" + run;
        view(user, "Team A", "2020-01-06T10:00:00Z", List.of("P-audit-A"));
        view(user, "Team A", "2020-01-06T11:00:00Z", List.of("P-audit-B"));
        view(user, "Team A", "2020-01-06T11:30:00Z", List.of("P-audit-B"));

        var findings = findingsFor(user);
        assertThat(findings).hasSize(1);
        assertThat(findings.getFirst())
                .containsEntry("rule", "OUTSIDE_CASELOAD_OR_TEAM")
                .containsEntry("count", 1)
                .containsEntry("periodStart", "2020-01-06T11:00:00.000Z")
                .containsEntry("periodEnd", "2020-01-06T11:30:00.000Z");
    }

    @Test
    void findsMorePersonsInAnHourThanTheLimit() {
        var user = "bulk-" + run;
        // Seven family networks of ten persons each within 40 minutes: 70 persons, over the limit of 60.
        for (int i = 0; i < 7; i++) {
            view(user, "Team A", "2020-01-07T10:%02d:00Z".formatted(i * 6), persons("hour" + i + "-", 10), "P-audit-A");
        }
        // A view three hours later is not part of it.
        view(user, "Team A", "2020-01-07T14:00:00Z", persons("later-", 10), "P-audit-A");

        var many = findingsFor(user).stream()
                .filter(f -> f.get("rule").equals("MANY_PERSONS_IN_AN_HOUR"))
                .toList();
        assertThat(many).hasSize(1);
        assertThat(many.getFirst())
                .containsEntry("count", 71)
                .containsEntry("periodStart", "2020-01-07T10:00:00.000Z")
                .containsEntry("periodEnd", "2020-01-07T10:36:00.000Z");
        assertThat((String) many.getFirst().get("description")).contains("more than 60");
    }

    @Test
    void findsBulkAccessOutsideWorkingHours() {
        var user = "night-" + run;
        // Saturday night and Sunday morning: one stretch from Friday 18:00, 25 persons in all.
        for (int i = 0; i < 5; i++) {
            var at = i < 3 ? "2020-01-11T2%d:00:00Z".formatted(i) : "2020-01-12T0%d:00:00Z".formatted(i + 4);
            view(user, "Team A", at, persons("weekend" + i + "-", 5), "P-audit-A");
        }
        // A Wednesday evening with five persons stays under the limit of 20.
        view(user, "Team A", "2020-01-08T20:00:00Z", persons("wednesday-", 4), "P-audit-A");
        // Twenty-five persons in working hours are not out of hours.
        view(user, "Team A", "2020-01-09T10:00:00Z", persons("thursday-", 25), "P-audit-A");

        var outOfHours = findingsFor(user).stream()
                .filter(f -> f.get("rule").equals("OUT_OF_HOURS_BULK"))
                .toList();
        assertThat(outOfHours).hasSize(1);
        assertThat(outOfHours.getFirst())
                .containsEntry("count", 26)
                .containsEntry("periodStart", "2020-01-11T20:00:00.000Z")
                .containsEntry("periodEnd", "2020-01-12T08:00:00.000Z");
    }

    @Test
    void ordinaryWorkIsNotListedAndTheListingIsAudited() {
        var user = "ordinary-" + run;
        view(user, "Team B", "2020-01-08T09:00:00Z", List.of("P-audit-B"));
        assertThat(findingsFor(user)).isEmpty();
        assertThat(AuditTrailGraphQlTest.eventsOf("officer-" + run))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.action()).isEqualTo("AUDIT_QUERY");
                    assertThat(e.query()).contains("unusualAccess");
                });
    }

    @Test
    void aPeriodThatIsNotOneIsRefused() {
        var officer = TestIdentityProvider.as(graphQl, "officer-" + run, Role.AUDITOR);
        officer.document("{ unusualAccess(from: \"yesterday\", to: \"2020-01-13T00:00:00Z\") { user } }")
                .execute()
                .errors()
                .expect(e -> e.getMessage().startsWith("from must be an ISO instant"))
                .verify();
        officer.document("{ unusualAccess(from: \"%s\", to: \"%s\") { user } }".formatted(TO, FROM))
                .execute()
                .errors()
                .expect(e -> e.getMessage().equals("from must be before to"))
                .verify();
    }

    private List<Map<String, Object>> findingsFor(String user) {
        return graphQl
                .mutate()
                .headers(h -> h.setBearerAuth(TestIdentityProvider.token("officer-" + run, null, Role.AUDITOR)))
                .build()
                .document("""
                        query($from: String!, $to: String!) {
                          unusualAccess(from: $from, to: $to) { user rule periodStart periodEnd count description }
                        }
                        """)
                .variable("from", FROM)
                .variable("to", TO)
                .execute()
                .path("unusualAccess")
                .entityList(Map.class)
                .get()
                .stream()
                .map(f -> (Map<String, Object>) f)
                .filter(f -> f.get("user").equals(user))
                .toList();
    }

    private void view(String user, String team, String at, List<String> shown, String... opened) {
        clock.set(Instant.parse(at));
        var openedIds = opened.length == 0 ? shown : List.of(opened);
        trail.record(new AuditEntry(
                new Accessor(user, List.of("social_worker"), team),
                List.of(AuditAction.NETWORK_VIEW),
                "CHILD_AND_FAMILY_ASSESSMENT",
                null,
                "query { familyNetwork(personId: $id, purpose: CHILD_AND_FAMILY_ASSESSMENT) { members { distance } } }",
                null,
                openedIds,
                shown,
                List.of(),
                AuditOutcome.OK));
    }

    private List<String> persons(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> prefix + run + "-" + i).toList();
    }

    private static void run(String cypher) {
        try (var session = InProcessNeo4j.driver().session()) {
            session.run(cypher).consume();
        }
    }

    /** A clock the test moves to each seeded event's time. */
    static final class SettableClock extends Clock {
        private volatile Instant now = Instant.EPOCH;

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
