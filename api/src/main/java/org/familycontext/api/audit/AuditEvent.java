/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.audit;

import static org.familycontext.api.graph.Values.text;
import static org.familycontext.api.graph.Values.texts;

import java.util.List;
import java.util.Map;

/** One audited request as the trail holds it (an {@code AuditEvent} node); see docs/audit.md. */
public record AuditEvent(
        long seq,
        String at,
        String user,
        List<String> roles,
        String team,
        String action,
        List<String> actions,
        String purpose,
        String operationName,
        String query,
        String variables,
        List<String> openedPersonIds,
        List<String> personIds,
        List<String> recordKeys,
        String outcome,
        String previousHash,
        String hash) {

    static AuditEvent of(Map<String, Object> properties) {
        return new AuditEvent(
                properties.get("seq") instanceof Number n ? n.longValue() : 0,
                text(properties, "at"),
                text(properties, "user"),
                texts(properties, "roles"),
                text(properties, "team"),
                text(properties, "action"),
                texts(properties, "actions"),
                text(properties, "purpose"),
                text(properties, "operationName"),
                text(properties, "query"),
                text(properties, "variables"),
                texts(properties, "openedPersonIds"),
                texts(properties, "personIds"),
                texts(properties, "recordKeys"),
                text(properties, "outcome"),
                text(properties, "previousHash"),
                text(properties, "hash"));
    }
}
