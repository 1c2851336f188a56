/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.familycontext.api.DemoCouncilGraphQlTest;
import org.familycontext.api.DemoPeople;
import org.familycontext.api.TestIdentityProvider;
import org.familycontext.api.security.Role;
import org.familycontext.model.testing.InProcessNeo4j;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * A practitioner flags a fact as wrong; it joins the data managers' queue with the source and record named; a data
 * manager sends it to the source and then marks it corrected. Each test reports as users of its own and removes
 * their reports afterwards.
 */
@DemoCouncilGraphQlTest
class DataProblemGraphQlTest {

    private static final String REPORT = """
            mutation($input: ReportDataProblemInput!) {
              reportDataProblem(input: $input) {
                id personId factKind source sourceRecordId description note reportedBy reportedByTeam reportedAt status
              }
            }
            """;

    private static final String QUEUE = """
            query($status: DataProblemStatus, $source: String, $first: Int!, $after: String) {
              dataProblems(status: $status, source: $source, first: $first, after: $after) {
                edges { cursor node { id source sourceRecordId description note reportedBy status person { name } } }
                pageInfo { hasNextPage endCursor }
                totalCount
              }
            }
            """;

    private static final String RESOLVE = """
            mutation($id: ID!, $outcome: DataProblemOutcome!, $note: String) {
              resolveDataProblem(id: $id, outcome: $outcome, note: $note) { id status resolvedBy resolvedAt resolutionNote }
            }
            """;

    private final String reporter = "reporter-" + UUID.randomUUID();
    private final String dataManager = "dm-" + UUID.randomUUID();

    @Autowired
    HttpGraphQlTester graphQl;

    @AfterEach
    void removeTheReports() {
        try (var session = InProcessNeo4j.driver().session()) {
            session.run("MATCH (p:DataProblem {reportedBy: $user}) DELETE p", Map.of("user", reporter))
                    .consume();
        }
    }

    @Test
    void aReportJoinsTheQueueWithItsSourceAndRecordAndIsSentToTheSourceThenCorrected() {
        var reported = as(reporter, "North Locality", Role.SOCIAL_WORKER)
                .document(REPORT)
                .variable("input", input("housing", "T-5521", "Address: 4 Quarry Lane", "She moved out in 2024"))
                .execute()
                .path("reportDataProblem")
                .entity(Map.class)
                .get();
        assertThat(reported)
                .containsEntry("personId", catherine())
                .containsEntry("factKind", "ADDRESS")
                .containsEntry("source", "housing")
                .containsEntry("sourceRecordId", "T-5521")
                .containsEntry("description", "Address: 4 Quarry Lane")
                .containsEntry("note", "She moved out in 2024")
                .containsEntry("reportedBy", reporter)
                .containsEntry("reportedByTeam", "North Locality")
                .containsEntry("status", "OPEN");
        assertThat((String) reported.get("reportedAt")).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        var id = (String) reported.get("id");

        var queue = queue("OPEN", "housing");
        assertThat(queue).containsKey(id);
        assertThat(queue.get(id))
                .containsEntry("source", "housing")
                .containsEntry("sourceRecordId", "T-5521")
                .containsEntry("note", "She moved out in 2024")
                .containsEntry("reportedBy", reporter)
                .containsEntry("person", Map.of("name", "Catherine Hale"));
        assertThat(queue("OPEN", "lcs")).doesNotContainKey(id);

        var sent = resolve(id, "SENT_TO_SOURCE", "Raised with the housing system's owner")
                .path("resolveDataProblem")
                .entity(Map.class)
                .get();
        assertThat(sent)
                .containsEntry("status", "SENT_TO_SOURCE")
                .containsEntry("resolvedBy", dataManager)
                .containsEntry("resolutionNote", "Raised with the housing system's owner");
        assertThat(queue("OPEN", "housing")).doesNotContainKey(id);
        assertThat(queue("SENT_TO_SOURCE", null)).containsKey(id);

        resolve(id, "CORRECTED", null)
                .path("resolveDataProblem.status")
                .entity(String.class)
                .isEqualTo("CORRECTED");
        resolve(id, "NOT_A_PROBLEM", "Changed my mind")
                .errors()
                .expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST
                        && e.getMessage().startsWith("id: this problem is closed already"))
                .verify();
        assertThat(queue("CORRECTED", "housing").get(id)).containsEntry("status", "CORRECTED");
    }

    @Test
    void reportingAndResolvingAreInTheAuditTrail() {
        var id = as(reporter, "North Locality", Role.FGC_COORDINATOR)
                .document(REPORT)
                .variable("input", input("housing", null, "Lives with: Catherine Hale", "Not her household"))
                .execute()
                .path("reportDataProblem.id")
                .entity(String.class)
                .get();
        queue("OPEN", null);
        resolve(id, "NOT_A_PROBLEM", "The household is as the housing record says");

        var reported = events(reporter);
        assertThat(reported).hasSize(1);
        assertThat(reported.getFirst())
                .containsEntry("action", "DATA_PROBLEM_REPORTED")
                .containsEntry("openedPersonIds", List.of(catherine()))
                .containsEntry("outcome", "ok");
        assertThat(events(dataManager))
                .extracting(e -> e.get("action"))
                .containsExactly("DATA_PROBLEM_QUEUE", "DATA_PROBLEM_RESOLVED");
    }

    @Test
    void aReportTheDataManagersCouldNotActOnIsRefusedNamingTheField() {
        var worker = as(reporter, null, Role.TEAM_MANAGER);
        refusedNaming(worker, input("housing", "T-5521", "Address", " "), "input.note: ");
        refusedNaming(worker, input("housing", "T-5521", "", "Wrong"), "input.description: ");
        refusedNaming(worker, input("housing", "T-5521", "x".repeat(501), "Wrong"), "input.description: at most 500");
        refusedNaming(worker, input("no-such-source", null, "Address", "Wrong"), "input.source: ");
        refusedNaming(worker, input("housing", "NOT-THERE", "Address", "Wrong"), "input.sourceRecordId: ");
        var unknownPerson = input("housing", null, "Address", "Wrong");
        unknownPerson.put("personId", "nobody");
        refusedNaming(worker, unknownPerson, "input.personId: ");
        assertThat(events(reporter)).allSatisfy(e -> assertThat(e).containsEntry("outcome", "refused"));
        assertThat(queue(null, null).values()).noneMatch(p -> reporter.equals(p.get("reportedBy")));

        var id = worker.document(REPORT)
                .variable("input", input("housing", null, "Address", "Wrong"))
                .execute()
                .path("reportDataProblem.id")
                .entity(String.class)
                .get();
        resolve(id, "NOT_A_PROBLEM", " ")
                .errors()
                .expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST
                        && e.getMessage().startsWith("note: "))
                .verify();
        resolve("no-such-problem", "CORRECTED", null)
                .errors()
                .expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST
                        && e.getMessage().startsWith("id: "))
                .verify();
    }

    @Test
    void onlyPractitionersAndDataManagersReportAndOnlyDataManagersWorkTheQueue() {
        for (var role : List.of(Role.ANALYST, Role.AUDITOR)) {
            forbidden(as(reporter, null, role).document(REPORT).variable("input", input("housing", null, "A", "B")));
        }
        forbidden(as(reporter, null, Role.SOCIAL_WORKER).document(QUEUE).variable("first", 5));
        forbidden(as(reporter, null, Role.TEAM_MANAGER)
                .document(RESOLVE)
                .variable("id", "any")
                .variable("outcome", "CORRECTED"));
        as(reporter, null, Role.DATA_MANAGER)
                .document(REPORT)
                .variable("input", input("housing", null, "Address", "Wrong"))
                .execute()
                .path("reportDataProblem.status")
                .entity(String.class)
                .isEqualTo("OPEN");
    }

    @Test
    void theQueueIsPagedOldestFirst() {
        var worker = as(reporter, null, Role.SOCIAL_WORKER);
        var ids = new java.util.ArrayList<String>();
        for (var fact : List.of("first", "second", "third")) {
            ids.add(worker.document(REPORT)
                    .variable("input", input("lcs", "C-20119", fact, "Wrong"))
                    .execute()
                    .path("reportDataProblem.id")
                    .entity(String.class)
                    .get());
        }
        var seen = new java.util.ArrayList<String>();
        String after = null;
        boolean more = true;
        while (more) {
            var page = as(dataManager, null, Role.DATA_MANAGER)
                    .document(QUEUE)
                    .variable("source", "lcs")
                    .variable("first", 2)
                    .variable("after", after)
                    .execute();
            seen.addAll(page.path("dataProblems.edges[*].node.id")
                    .entityList(String.class)
                    .get());
            more = page.path("dataProblems.pageInfo.hasNextPage")
                    .entity(Boolean.class)
                    .get();
            after = page.path("dataProblems.pageInfo.endCursor")
                    .entity(String.class)
                    .get();
        }
        assertThat(seen.stream().filter(ids::contains).toList()).containsExactlyElementsOf(ids);
    }

    private Map<String, Object> input(String source, String recordId, String description, String note) {
        var input = new HashMap<String, Object>();
        input.put("personId", catherine());
        input.put("factKind", "ADDRESS");
        input.put("source", source);
        input.put("sourceRecordId", recordId);
        input.put("description", description);
        input.put("note", note);
        return input;
    }

    /** The queue with this filter, every page, by report ID. */
    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Object>> queue(String status, String source) {
        var nodes = as(dataManager, "Information Management", Role.DATA_MANAGER)
                .document(QUEUE)
                .variable("status", status)
                .variable("source", source)
                .variable("first", 50)
                .execute()
                .path("dataProblems.edges[*].node")
                .entityList(Map.class)
                .get();
        var byId = new HashMap<String, Map<String, Object>>();
        nodes.forEach(n -> byId.put((String) n.get("id"), (Map<String, Object>) n));
        return byId;
    }

    private HttpGraphQlTester.Response resolve(String id, String outcome, String note) {
        return as(dataManager, "Information Management", Role.DATA_MANAGER)
                .document(RESOLVE)
                .variable("id", id)
                .variable("outcome", outcome)
                .variable("note", note)
                .execute();
    }

    private static void refusedNaming(HttpGraphQlTester tester, Map<String, Object> input, String message) {
        tester.document(REPORT)
                .variable("input", input)
                .execute()
                .errors()
                .expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST
                        && e.getMessage().startsWith(message))
                .verify();
    }

    private static void forbidden(HttpGraphQlTester.Request<?> request) {
        request.execute()
                .errors()
                .expect(e -> e.getErrorType() == ErrorType.FORBIDDEN)
                .verify();
    }

    private HttpGraphQlTester as(String user, String team, Role role) {
        var token = TestIdentityProvider.token(user, team, role);
        return graphQl.mutate().headers(h -> h.setBearerAuth(token)).build();
    }

    private static List<Map<String, Object>> events(String user) {
        try (var session = InProcessNeo4j.driver().session()) {
            return session.run(
                            "MATCH (e:AuditEvent {user: $user}) RETURN properties(e) AS e ORDER BY e.seq",
                            Map.of("user", user))
                    .list(r -> r.get("e").asMap());
        }
    }

    /** Read when a test runs, not when the class is made: the demo is loaded with the application context. */
    private static String catherine() {
        return DemoPeople.personIdOf("housing", "T-5521");
    }
}
