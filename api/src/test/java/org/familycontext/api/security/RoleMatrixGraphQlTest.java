/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.familycontext.api.security.Role.ANALYST;
import static org.familycontext.api.security.Role.AUDITOR;
import static org.familycontext.api.security.Role.DATA_MANAGER;
import static org.familycontext.api.security.Role.FGC_COORDINATOR;
import static org.familycontext.api.security.Role.SOCIAL_WORKER;
import static org.familycontext.api.security.Role.TEAM_MANAGER;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.familycontext.api.DemoCouncilGraphQlTest;
import org.familycontext.api.TestIdentityProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Every operation the schema has, called by every role over HTTP: allowed, or refused with FORBIDDEN. */
@DemoCouncilGraphQlTest
class RoleMatrixGraphQlTest {

    private static final Set<Role> PRACTITIONERS = EnumSet.of(SOCIAL_WORKER, FGC_COORDINATOR, TEAM_MANAGER);

    /** The matrix of docs/security.md, written out again so that a change to AccessPolicy must be meant. */
    private static final Map<String, Set<Role>> MAY_CALL = Map.ofEntries(
            Map.entry("searchPeople", PRACTITIONERS),
            Map.entry("person", PRACTITIONERS),
            Map.entry("familyNetwork", PRACTITIONERS),
            Map.entry("involvements", PRACTITIONERS),
            Map.entry("recordRelationship", PRACTITIONERS),
            Map.entry("recordRelationshipQuality", PRACTITIONERS),
            Map.entry("sources", EnumSet.of(SOCIAL_WORKER, FGC_COORDINATOR, TEAM_MANAGER, DATA_MANAGER, AUDITOR)),
            Map.entry("reviewQueue", EnumSet.of(DATA_MANAGER)),
            Map.entry("confirmMatch", EnumSet.of(DATA_MANAGER)),
            Map.entry("rejectMatch", EnumSet.of(DATA_MANAGER)),
            Map.entry("splitPerson", EnumSet.of(DATA_MANAGER)),
            Map.entry("auditEvents", EnumSet.of(AUDITOR)),
            Map.entry("unusualAccess", EnumSet.of(AUDITOR)),
            Map.entry("auditChainStatus", EnumSet.of(AUDITOR)),
            Map.entry("me", EnumSet.allOf(Role.class)),
            Map.entry("cohort", EnumSet.of(ANALYST)),
            Map.entry("serviceCoOccurrence", EnumSet.of(ANALYST)),
            Map.entry("relatedFamilies", EnumSet.of(ANALYST)),
            Map.entry("careAcrossGenerations", EnumSet.of(ANALYST)),
            Map.entry("reportDataProblem", EnumSet.of(SOCIAL_WORKER, FGC_COORDINATOR, TEAM_MANAGER, DATA_MANAGER)),
            Map.entry("dataProblems", EnumSet.of(DATA_MANAGER)),
            Map.entry("resolveDataProblem", EnumSet.of(DATA_MANAGER)),
            Map.entry("usage", EnumSet.of(TEAM_MANAGER, AUDITOR)));

    /**
     * One call per operation; the mutations name no one or carry a blank reason, so an allowed call is refused
     * before it writes.
     */
    private static final Map<String, String> CALLS = Map.ofEntries(
            Map.entry("searchPeople", "{ searchPeople(identifier: \"C-20119\") { totalCount } }"),
            Map.entry("person", "{ person(id: \"nobody\", purpose: REVIEW) { id } }"),
            Map.entry(
                    "familyNetwork",
                    "{ familyNetwork(personId: \"nobody\", depth: 1, purpose: REVIEW) { members { distance } } }"),
            Map.entry(
                    "involvements", "{ involvements(personId: \"nobody\", purpose: REVIEW) { services { status } } }"),
            Map.entry("recordRelationship", """
                    mutation { recordRelationship(input: { fromPersonId: "nobody", toPersonId: "nobody either",
                      type: PARENT_OF }) { source } }"""),
            Map.entry("recordRelationshipQuality", """
                    mutation { recordRelationshipQuality(input: { fromPersonId: "nobody", toPersonId: "nobody either",
                      quality: CLOSE }) { source } }"""),
            Map.entry("sources", "{ sources { name } }"),
            Map.entry("reviewQueue", "{ reviewQueue(first: 1) { totalCount } }"),
            Map.entry("confirmMatch", mutation("confirmMatch")),
            Map.entry("rejectMatch", mutation("rejectMatch")),
            Map.entry("splitPerson", """
                    mutation { splitPerson(input: { personId: "nobody", reason: " ",
                      records: [{ source: "lcs", sourceId: "C-20119" }] }) { decisionId } }"""),
            Map.entry("auditEvents", "{ auditEvents(first: 1) { edges { cursor } } }"),
            Map.entry(
                    "unusualAccess",
                    "{ unusualAccess(from: \"2026-01-01T00:00:00Z\", to: \"2026-01-02T00:00:00Z\") { count } }"),
            Map.entry("auditChainStatus", "{ auditChainStatus { intact } }"),
            Map.entry("me", "{ me { username roles } }"),
            Map.entry("cohort", "{ cohort { families { text } } }"),
            Map.entry("serviceCoOccurrence", "{ serviceCoOccurrence { services } }"),
            Map.entry("relatedFamilies", "{ relatedFamilies { bySize { dimension } } }"),
            Map.entry("careAcrossGenerations", "{ careAcrossGenerations { childrenInCare { text } } }"),
            Map.entry("reportDataProblem", """
                    mutation { reportDataProblem(input: { personId: "nobody", factKind: ADDRESS, source: "lcs",
                      description: " ", note: " " }) { id } }"""),
            Map.entry("dataProblems", "{ dataProblems(first: 1) { totalCount } }"),
            Map.entry(
                    "resolveDataProblem", "mutation { resolveDataProblem(id: \"nobody\", outcome: CORRECTED) { id } }"),
            Map.entry("usage", "{ usage(from: \"2026-01-01\", to: \"2026-01-02\") { days { day } } }"));

    @Test
    void theMatrixCoversEveryOperationAndAgreesWithThePolicy() {
        assertThat(MAY_CALL).isEqualTo(AccessPolicy.OPERATIONS);
        assertThat(CALLS.keySet()).isEqualTo(MAY_CALL.keySet());
    }

    @Autowired
    HttpGraphQlTester graphQl;

    static Stream<Arguments> everyRoleAndOperation() {
        return MAY_CALL.keySet().stream()
                .sorted()
                .flatMap(operation -> EnumSet.allOf(Role.class).stream().map(role -> Arguments.of(operation, role)));
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("everyRoleAndOperation")
    void anOperationIsAllowedOnlyToItsRoles(String operation, Role role) {
        var response = TestIdentityProvider.as(graphQl, "matrix.user", role)
                .document(CALLS.get(operation))
                .execute();
        var forbidden = new ArrayList<ResponseError>();
        response.errors()
                .satisfy(errors -> errors.stream()
                        .filter(error -> error.getErrorType() == ErrorType.FORBIDDEN)
                        .forEach(forbidden::add));
        if (MAY_CALL.get(operation).contains(role)) {
            assertThat(forbidden).isEmpty();
        } else {
            assertThat(forbidden)
                    .singleElement()
                    .satisfies(error ->
                            assertThat(error.getMessage()).isEqualTo("Your role may not use " + operation + "."))
                    .satisfies(error -> assertThat(error.getPath()).isEqualTo(operation));
        }
    }

    private static String mutation(String name) {
        return """
                mutation { %s(input: { record: { source: "lcs", sourceId: "C-20119" },
                  otherRecord: { source: "gp", sourceId: "G-1007" }, reason: " " }) { decisionId } }""".formatted(name);
    }
}
