/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What to record about one request; {@link AuditTrail} adds the place in the trail, the time and the hashes.
 *
 * @param actions what the request did, the main one first (never empty)
 * @param purpose the purpose of access given, or null
 * @param query the operation's text as the client sent it (for an export, what was exported)
 * @param variables the operation's variables as JSON
 * @param openedPersonIds the persons asked for by ID
 * @param personIds every person the response returned
 * @param recordKeys source records returned outside any person ({@code source:sourceId})
 */
public record AuditEntry(
        Accessor accessor,
        List<AuditAction> actions,
        String purpose,
        String operationName,
        String query,
        String variables,
        Collection<String> openedPersonIds,
        Collection<String> personIds,
        Collection<String> recordKeys,
        AuditOutcome outcome) {

    public AuditEntry {
        Objects.requireNonNull(accessor, "accessor");
        Objects.requireNonNull(outcome, "outcome");
        if (actions == null || actions.isEmpty()) {
            throw new IllegalArgumentException("an audit entry needs an action");
        }
        actions = List.copyOf(actions);
        query = query == null ? "" : query;
        variables = variables == null ? "{}" : variables;
        openedPersonIds = sorted(openedPersonIds);
        personIds = sorted(personIds);
        recordKeys = sorted(recordKeys);
    }

    /** An access made outside GraphQL, such as an export: what was done, to whom, and why. */
    public static AuditEntry of(
            Accessor accessor, AuditAction action, String purpose, String what, Collection<String> personIds) {
        return new AuditEntry(
                accessor, List.of(action), purpose, null, what, null, List.of(), personIds, List.of(), AuditOutcome.OK);
    }

    /** The event's properties before it has a hash, in the order {@link AuditHash} reads them. */
    Map<String, Object> properties(long seq, String at, String previousHash) {
        var properties = new LinkedHashMap<String, Object>();
        properties.put("seq", seq);
        properties.put("at", at);
        properties.put("user", accessor.username());
        properties.put("roles", accessor.roles());
        properties.put("team", accessor.team());
        properties.put("action", actions.getFirst().name());
        properties.put("actions", actions.stream().map(Enum::name).toList());
        properties.put("purpose", purpose);
        properties.put("operationName", operationName);
        properties.put("query", query);
        properties.put("variables", variables);
        properties.put("openedPersonIds", List.copyOf(openedPersonIds));
        properties.put("personIds", List.copyOf(personIds));
        properties.put("recordKeys", List.copyOf(recordKeys));
        properties.put("outcome", outcome.stored());
        properties.put("previousHash", previousHash);
        return properties;
    }

    private static List<String> sorted(Collection<String> values) {
        return values == null
                ? List.of()
                : new ArrayList<>(
                        new TreeSet<>(values.stream().filter(Objects::nonNull).toList()));
    }
}
