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
            Map.entry("careAcrossGenerations", COHORT_QUERY));

    /** The action of a top-level query or mutation field; empty for fields that touch no person (sources). */
    public static Optional<AuditAction> ofField(String topLevelField) {
        var action = BY_FIELD.get(topLevelField);
        if (action == null && topLevelField.startsWith("export")) {
            return Optional.of(EXPORT);
        }
        return Optional.ofNullable(action);
    }
}
