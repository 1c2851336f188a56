/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.security;

import static java.util.Map.entry;
import static org.familycontext.api.security.Role.ANALYST;
import static org.familycontext.api.security.Role.AUDITOR;
import static org.familycontext.api.security.Role.DATA_MANAGER;
import static org.familycontext.api.security.Role.FGC_COORDINATOR;
import static org.familycontext.api.security.Role.SOCIAL_WORKER;
import static org.familycontext.api.security.Role.TEAM_MANAGER;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.familycontext.model.involvement.Service;

/**
 * Who may see what: the whole role matrix in one place (docs/security.md is this class in words, and must say the
 * same). {@link AccessControl} applies it to every GraphQL request, whichever controller fetched the data.
 */
public final class AccessPolicy {

    static final Set<Role> PRACTITIONERS = EnumSet.of(SOCIAL_WORKER, FGC_COORDINATOR, TEAM_MANAGER);
    static final Set<Role> PEOPLE_READERS = EnumSet.of(SOCIAL_WORKER, FGC_COORDINATOR, TEAM_MANAGER, DATA_MANAGER);

    /**
     * The operations (fields of {@code Query} and {@code Mutation}) and the roles that may call them. An operation
     * not listed is refused to everyone: a new one is closed until it is added here.
     */
    static final Map<String, Set<Role>> OPERATIONS = Map.ofEntries(
            entry("searchPeople", PRACTITIONERS),
            entry("person", PRACTITIONERS),
            entry("familyNetwork", PRACTITIONERS),
            entry("involvements", PRACTITIONERS),
            entry("recordRelationship", PRACTITIONERS),
            entry("recordRelationshipQuality", PRACTITIONERS),
            entry("sources", EnumSet.of(SOCIAL_WORKER, FGC_COORDINATOR, TEAM_MANAGER, DATA_MANAGER, AUDITOR)),
            entry("reviewQueue", EnumSet.of(DATA_MANAGER)),
            entry("confirmMatch", EnumSet.of(DATA_MANAGER)),
            entry("rejectMatch", EnumSet.of(DATA_MANAGER)),
            entry("splitPerson", EnumSet.of(DATA_MANAGER)),
            entry("auditEvents", EnumSet.of(AUDITOR)),
            entry("unusualAccess", EnumSet.of(AUDITOR)),
            entry("auditChainStatus", EnumSet.of(AUDITOR)),
            entry("me", EnumSet.allOf(Role.class)),
            entry("cohort", EnumSet.of(ANALYST)),
            entry("serviceCoOccurrence", EnumSet.of(ANALYST)),
            entry("relatedFamilies", EnumSet.of(ANALYST)),
            entry("careAcrossGenerations", EnumSet.of(ANALYST)),
            // Whoever sees a person's facts may flag one as wrong; data managers work the queue.
            entry("reportDataProblem", PEOPLE_READERS),
            entry("dataProblems", EnumSet.of(DATA_MANAGER)),
            entry("resolveDataProblem", EnumSet.of(DATA_MANAGER)),
            // Counts per day and team; team managers are held to their own team by the usage controller.
            entry("usage", EnumSet.of(TEAM_MANAGER, AUDITOR)));

    /**
     * Types whose fields only these roles may read, wherever the type appears in a response (an operation of
     * another role that returns one gets an error for each field). Types not listed may be read by whoever may call
     * the operation that returned them.
     */
    static final Map<String, Set<Role>> TYPES = Map.ofEntries(
            entry("Person", PEOPLE_READERS),
            entry("SourceRecord", PEOPLE_READERS),
            entry("AddressPeriod", PEOPLE_READERS),
            entry("MatchLink", PEOPLE_READERS),
            entry("Involvement", PRACTITIONERS),
            entry("Practitioner", PRACTITIONERS),
            entry("Detail", PRACTITIONERS),
            entry("PersonName", PEOPLE_READERS),
            entry("FamilyNetwork", PRACTITIONERS),
            entry("FamilyMember", PRACTITIONERS),
            entry("FamilyTie", PRACTITIONERS),
            entry("Household", PRACTITIONERS),
            entry("HouseholdMember", PRACTITIONERS),
            entry("PersonRelationship", PRACTITIONERS),
            entry("RecordedRelationshipQuality", PRACTITIONERS),
            // Whether a service knows a person, even "none found", is itself information about the person.
            entry("PersonInvolvements", PRACTITIONERS),
            entry("ServiceCoverage", PRACTITIONERS),
            entry("SourceCheck", PRACTITIONERS),
            entry("AuditEvent", Set.of(AUDITOR)),
            entry("AuditEventConnection", Set.of(AUDITOR)),
            entry("AuditEventEdge", Set.of(AUDITOR)),
            entry("UnusualAccess", Set.of(AUDITOR)),
            entry("AuditChainStatus", Set.of(AUDITOR)),
            // Counts only, after disclosure control; for analysts, whose work they are.
            entry("Cohort", Set.of(ANALYST)),
            entry("Breakdown", Set.of(ANALYST)),
            entry("BreakdownRow", Set.of(ANALYST)),
            entry("Figure", Set.of(ANALYST)),
            entry("IndicatorDefinition", Set.of(ANALYST)),
            entry("CoOccurrenceTable", Set.of(ANALYST)),
            entry("CoOccurrenceCell", Set.of(ANALYST)),
            entry("RelatedFamilies", Set.of(ANALYST)),
            entry("RelatedFamilyGroup", Set.of(ANALYST)),
            entry("CareAcrossGenerations", Set.of(ANALYST)),
            // A report quotes a fact about a person and who reported it: for those who may report or work the queue.
            entry("DataProblem", PEOPLE_READERS),
            entry("DataProblemConnection", Set.of(DATA_MANAGER)),
            entry("DataProblemEdge", Set.of(DATA_MANAGER)),
            // Counts of use per day and team: no person, no user named.
            entry("Usage", EnumSet.of(TEAM_MANAGER, AUDITOR)),
            entry("UsageCount", EnumSet.of(TEAM_MANAGER, AUDITOR)));

    /**
     * Types that say nothing about a person on their own (a page, a source's freshness, a weight of the matching
     * model, the result of a decision): read by whoever may call the operation that returned them. Every object
     * type of the schema is in {@link #TYPES} or here, so that a new type is placed on purpose.
     */
    static final Set<String> OPEN_TYPES = Set.of(
            "PageInfo",
            "RecordKey",
            "Source",
            "PersonSearchConnection",
            "PersonSearchEdge",
            "MatchCandidate",
            "MatchCandidateConnection",
            "MatchCandidateEdge",
            "MatchContribution",
            "MatchDecisionResult",
            "DecidedPerson",
            "SignedInUser");

    /** Fields with a rule of their own: stricter than their type's, or open to every role (an ID names nobody). */
    static final Map<String, Set<Role>> FIELDS =
            Map.ofEntries(entry("Person.involvements", PRACTITIONERS), entry("Person.id", EnumSet.allOf(Role.class)));

    /** The roles that see an involvement of a sensitive service ({@link Service#sensitive()}) in full. */
    static final Set<Role> SENSITIVE_DETAILS = EnumSet.of(SOCIAL_WORKER, TEAM_MANAGER);

    /**
     * What every role that may read involvements sees of a sensitive service's involvement: that the service is
     * involved, and whether now or before. Every other field is null (or empty) for roles without
     * {@link #SENSITIVE_DETAILS}, new fields included.
     */
    static final Set<String> INVOLVEMENT_FIELDS_ALWAYS_SHOWN = Set.of("service", "serviceName", "status", "source");

    /**
     * The same for each type that speaks for a service: an involvement, and a service's summary in the answer to
     * {@code involvements(personId)} (whose lead practitioner is a sensitive service's detail too; its sources'
     * involvements are withheld one by one).
     */
    static final Map<String, Set<String>> SERVICE_FIELDS_ALWAYS_SHOWN = Map.of(
            "Involvement",
            INVOLVEMENT_FIELDS_ALWAYS_SHOWN,
            "ServiceCoverage",
            Set.of("service", "serviceName", "status", "sources"));

    /**
     * The roles that see a person's records, addresses and match links that come from a sensitive source (data
     * managers need them to decide who is who). For the others they are left out.
     */
    static final Set<Role> SENSITIVE_RECORDS = EnumSet.of(SOCIAL_WORKER, TEAM_MANAGER, DATA_MANAGER);

    /**
     * The youngest age, on the day of viewing, at which a service's involvements, records and addresses of a person
     * are shown, to every role. A person whose age is not known is treated as younger.
     */
    static final Map<Service, Integer> MINIMUM_AGE = Map.of(Service.POLICE, 18, Service.PROBATION, 18);

    private AccessPolicy() {}

    static boolean mayCall(CurrentUser user, String operation) {
        return operation.startsWith("__") || user.hasAny(OPERATIONS.getOrDefault(operation, Set.of()));
    }

    static boolean mayRead(CurrentUser user, String type, String field) {
        if (field.startsWith("__")) {
            return true;
        }
        var rule = FIELDS.getOrDefault(type + "." + field, TYPES.get(type));
        return rule == null || user.hasAny(rule);
    }

    /** Whether what a service holds about a person of this age (null when unknown) may be shown. */
    public static boolean shownAtAge(Service service, Integer age) {
        var minimum = service == null ? null : MINIMUM_AGE.get(service);
        return minimum == null || (age != null && age >= minimum);
    }
}
