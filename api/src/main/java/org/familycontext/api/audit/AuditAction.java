/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.audit;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What an audited request did, named after the top-level GraphQL fields it asked for. */
public enum AuditAction {
    SEARCH,
    PERSON_VIEW,
    NETWORK_VIEW,
    INVOLVEMENTS_VIEW,
    EXPORT,
    REVIEW_VIEW,
    REVIEW_DECISION,
    RELATIONSHIP_RECORDED,
    AUDIT_QUERY,
    /** An analyst's cohort query: counts only, recorded with its filter. */
    COHORT_QUERY,
    /** A user flagged a fact about a person as wrong (recorded with the person and the note). */
    DATA_PROBLEM_REPORTED,
    /** A data manager read the queue of reported problems. */
    DATA_PROBLEM_QUEUE,
    /** A data manager sent a reported problem to its source, or closed it. */
    DATA_PROBLEM_RESOLVED,
    /** A team manager or auditor read the usage counts. */
    USAGE_QUERY,
    /** A user signed in: recorded by {@code SignInAudit} outside GraphQL, with the user name, roles and team. */
    SIGN_IN,
    /** Persons returned through a field with no action of its own: such a field should be given one here. */
    OTHER;

    /** The actions that show persons' details, which the unusual-access rules count. */
    public static final Set<AuditAction> VIEWS = Set.of(PERSON_VIEW, NETWORK_VIEW, INVOLVEMENTS_VIEW, EXPORT);

    private static final Map<String, AuditAction> BY_FIELD = Map.ofEntries(
            Map.entry("searchPeople", SEARCH),
            Map.entry("person", PERSON_VIEW),
            Map.entry("familyNetwork", NETWORK_VIEW),
            Map.entry("involvements", INVOLVEMENTS_VIEW),
            Map.entry("reviewQueue", REVIEW_VIEW),
            Map.entry("confirmMatch", REVIEW_DECISION),
            Map.entry("rejectMatch", REVIEW_DECISION),
            Map.entry("splitPerson", REVIEW_DECISION),
            Map.entry("recordRelationship", RELATIONSHIP_RECORDED),
            Map.entry("recordRelationshipQuality", RELATIONSHIP_RECORDED),
            Map.entry("auditEvents", AUDIT_QUERY),
            Map.entry("unusualAccess", AUDIT_QUERY),
            Map.entry("auditChainStatus", AUDIT_QUERY),
            Map.entry("cohort", COHORT_QUERY),
            Map.entry("serviceCoOccurrence", COHORT_QUERY),
            Map.entry("relatedFamilies", COHORT_QUERY),
            Map.entry("careAcrossGenerations", COHORT_QUERY),
            Map.entry("reportDataProblem", DATA_PROBLEM_REPORTED),
            Map.entry("dataProblems", DATA_PROBLEM_QUEUE),
            Map.entry("resolveDataProblem", DATA_PROBLEM_RESOLVED),
            Map.entry("usage", USAGE_QUERY));

    /** The action of a top-level query or mutation field; empty for fields that touch no person (sources). */
    public static Optional<AuditAction> ofField(String topLevelField) {
        var action = BY_FIELD.get(topLevelField);
        if (action == null && topLevelField.startsWith("export")) {
            return Optional.of(EXPORT);
        }
        return Optional.ofNullable(action);
    }
}
