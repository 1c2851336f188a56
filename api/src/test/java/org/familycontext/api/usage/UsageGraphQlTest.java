/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.familycontext.api.DemoCouncilGraphQlTest;
import org.familycontext.api.DemoPeople;
import org.familycontext.api.TestIdentityProvider;
import org.familycontext.api.audit.Accessor;
import org.familycontext.api.audit.AuditAction;
import org.familycontext.api.audit.AuditEntry;
import org.familycontext.api.audit.AuditOutcome;
import org.familycontext.api.audit.AuditTrail;
import org.familycontext.api.security.Role;
import org.familycontext.model.testing.InProcessNeo4j;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Usage per day and team, counted from the audit trail. Past days are written into the real trail (through
 * {@link AuditTrail} with a clock set to those days) for teams of this test's own, so the counts are exact.
 */
@DemoCouncilGraphQlTest
class UsageGraphQlTest {

    private static final String USAGE = """
            query($from: String!, $to: String!, $team: String) {
              usage(from: $from, to: $to, team: $team) {
                from to team teams
                days { day team signIns searches personViews }
                byDayAndTeam { day team signIns searches personViews }
              }
            }
            """;

    private final String north = "Usage North " + UUID.randomUUID();
    private final String south = "Usage South " + UUID.randomUUID();

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void countsSignInsSearchesAndPersonViewsPerDayAndTeamForAnAuditor() {
        var day1 = Instant.parse("2021-03-01T09:00:00Z");
        var day3 = Instant.parse("2021-03-03T17:30:00Z");
        record(day1, north, AuditAction.SIGN_IN, AuditOutcome.OK);
        record(day1, north, AuditAction.SEARCH, AuditOutcome.OK);
        record(day1, north, AuditAction.SEARCH, AuditOutcome.OK);
        record(day1, north, AuditAction.PERSON_VIEW, AuditOutcome.OK);
        record(day1, north, AuditAction.NETWORK_VIEW, AuditOutcome.OK);
        record(day1, north, AuditAction.INVOLVEMENTS_VIEW, AuditOutcome.OK);
        // Refused requests and other actions are not use.
        record(day1, north, AuditAction.PERSON_VIEW, AuditOutcome.REFUSED);
        record(day1, north, AuditAction.COHORT_QUERY, AuditOutcome.OK);
        record(day1, south, AuditAction.SEARCH, AuditOutcome.OK);
        record(day3, south, AuditAction.SIGN_IN, AuditOutcome.OK);
        record(day3, south, AuditAction.PERSON_VIEW, AuditOutcome.OK);
        // Outside the range asked for.
        record(Instant.parse("2021-03-04T00:00:00Z"), south, AuditAction.SEARCH, AuditOutcome.OK);

        var auditor = as("aud-" + UUID.randomUUID(), "Information Governance", Role.AUDITOR);
        var response = auditor.document(USAGE)
                .variable("from", "2021-03-01")
                .variable("to", "2021-03-03")
                .execute();
        var rows = response.path("usage.byDayAndTeam").entityList(Map.class).get().stream()
                .filter(r -> List.of(north, south).contains(r.get("team")))
                .toList();
        assertThat(rows)
                .containsExactly(
                        count("2021-03-01", north, 1, 2, 3),
                        count("2021-03-01", south, 0, 1, 0),
                        count("2021-03-03", south, 1, 0, 1));
        response.path("usage.days[*].day")
                .entityList(String.class)
                .containsExactly("2021-03-01", "2021-03-02", "2021-03-03");
        response.path("usage.teams").entityList(String.class).contains(north, south);

        auditor.document(USAGE)
                .variable("from", "2021-03-01")
                .variable("to", "2021-03-03")
                .variable("team", south)
                .execute()
                .path("usage.days")
                .entityList(Map.class)
                .containsExactly(
                        count("2021-03-01", null, 0, 1, 0),
                        count("2021-03-02", null, 0, 0, 0),
                        count("2021-03-03", null, 1, 0, 1));
    }

    @Test
    void aTeamManagerSeesTheirOwnTeamOnly() {
        var day = Instant.parse("2021-04-05T10:00:00Z");
        record(day, north, AuditAction.SEARCH, AuditOutcome.OK);
        record(day, south, AuditAction.SEARCH, AuditOutcome.OK);
        record(day, south, AuditAction.SEARCH, AuditOutcome.OK);

        var manager = as("tm-" + UUID.randomUUID(), south, Role.TEAM_MANAGER);
        var response = manager.document(USAGE)
                .variable("from", "2021-04-05")
                .variable("to", "2021-04-05")
                .execute();
        response.path("usage.team").entity(String.class).isEqualTo(south);
        response.path("usage.teams").entityList(String.class).containsExactly(south);
        response.path("usage.byDayAndTeam").entityList(Map.class).containsExactly(count("2021-04-05", south, 0, 2, 0));

        manager.document(USAGE)
                .variable("from", "2021-04-05")
                .variable("to", "2021-04-05")
                .variable("team", north)
                .execute()
                .errors()
                .expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST
                        && e.getMessage().startsWith("team: "))
                .verify();
        as("tm-" + UUID.randomUUID(), null, Role.TEAM_MANAGER)
                .document(USAGE)
                .variable("from", "2021-04-05")
                .variable("to", "2021-04-05")
                .execute()
                .errors()
                .expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST
                        && e.getMessage().startsWith("team: "))
                .verify();
    }

    @Test
    void otherRolesAreRefusedAndBadDatesNamed() {
        for (var role : List.of(Role.SOCIAL_WORKER, Role.DATA_MANAGER, Role.ANALYST, Role.FGC_COORDINATOR)) {
            as("u-" + UUID.randomUUID(), north, role)
                    .document(USAGE)
                    .variable("from", "2021-04-05")
                    .variable("to", "2021-04-05")
                    .execute()
                    .errors()
                    .expect(e -> e.getErrorType() == ErrorType.FORBIDDEN)
                    .verify();
        }
        var auditor = as("aud-" + UUID.randomUUID(), null, Role.AUDITOR);
        for (var bad : List.of(
                List.of("1 March", "2021-03-01", "from "),
                List.of("2021-03-02", "2021-03-01", "to "),
                List.of("2021-01-01", "2022-06-01", "to "))) {
            auditor.document(USAGE)
                    .variable("from", bad.get(0))
                    .variable("to", bad.get(1))
                    .execute()
                    .errors()
                    .expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST
                            && e.getMessage().startsWith(bad.get(2)))
                    .verify();
        }
    }

    @Test
    void aNewSignInAtTheIdentityProviderIsRecordedOnceAndCountedWithTheSearchesOfTheDay() {
        var user = "signin-" + UUID.randomUUID();
        var authTime = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
        for (int i = 0; i < 2; i++) {
            // Two tokens of one sign-in (a refresh keeps auth_time), each used for a search.
            var token = TestIdentityProvider.signed(new JWTClaimsSet.Builder()
                    .subject("sub-" + user)
                    .claim("preferred_username", user)
                    .claim("team", north)
                    .claim("roles", List.of("SOCIAL_WORKER"))
                    .claim("auth_time", authTime.getEpochSecond())
                    .issueTime(new Date())
                    .expirationTime(Date.from(Instant.now().plus(1, ChronoUnit.HOURS)))
                    .build());
            graphQl.mutate()
                    .headers(h -> h.setBearerAuth(token))
                    .build()
                    .document("{ searchPeople(identifier: \"C-20119\") { totalCount } }")
                    .execute()
                    .errors()
                    .verify();
        }
        // A token without auth_time (a script's, or a provider that does not say) is not a sign-in.
        as(user, north, Role.SOCIAL_WORKER)
                .document("query($id: ID!) { person(id: $id, purpose: REVIEW) { name } }")
                .variable("id", DemoPeople.maisie())
                .execute()
                .errors()
                .verify();

        try (var session = InProcessNeo4j.driver().session()) {
            var signIns = session.run(
                            "MATCH (e:AuditEvent {user: $user}) WHERE e.action = 'SIGN_IN' RETURN properties(e) AS e",
                            Map.of("user", user))
                    .list(r -> r.get("e").asMap());
            assertThat(signIns).hasSize(1);
            assertThat(signIns.getFirst())
                    .containsEntry("team", north)
                    .containsEntry("roles", List.of("social_worker"))
                    .containsEntry("personIds", List.of())
                    .containsEntry("outcome", "ok");
        }
        var today = LocalDate.now(ZoneOffset.UTC).toString();
        as("aud-" + UUID.randomUUID(), null, Role.AUDITOR)
                .document(USAGE)
                .variable("from", today)
                .variable("to", today)
                .variable("team", north)
                .execute()
                .path("usage.byDayAndTeam")
                .entityList(Map.class)
                .containsExactly(count(today, north, 1, 2, 1));
    }

    private static void record(Instant at, String team, AuditAction action, AuditOutcome outcome) {
        new AuditTrail(InProcessNeo4j.driver(), Clock.fixed(at, ZoneOffset.UTC))
                .record(new AuditEntry(
                        new Accessor("usage-user", List.of("social_worker"), team),
                        List.of(action),
                        null,
                        null,
                        "test",
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        outcome));
    }

    private static Map<String, Object> count(String day, String team, int signIns, int searches, int views) {
        var row = new java.util.HashMap<String, Object>();
        row.put("day", day);
        row.put("team", team);
        row.put("signIns", signIns);
        row.put("searches", searches);
        row.put("personViews", views);
        return row;
    }

    private HttpGraphQlTester as(String user, String team, Role role) {
        var token = TestIdentityProvider.token(user, team, role);
        return graphQl.mutate().headers(h -> h.setBearerAuth(token)).build();
    }
}
