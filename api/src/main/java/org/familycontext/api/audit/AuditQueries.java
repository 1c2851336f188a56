/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/** Reads the audit trail for auditors. Only reads: the trail is written by {@link AuditTrail} alone. */
@Component
class AuditQueries {

    private final Driver driver;

    AuditQueries(Driver driver) {
        this.driver = driver;
    }

    /** Events matching the filter, newest first, before the given seq (none: from the newest). */
    AuditEventConnection page(AuditFilter filter, int first, Long beforeSeq) {
        // Only the conditions given go into the query, so that the planner can use the index of each.
        var conditions = new ArrayList<String>();
        var parameters = new HashMap<String, Object>();
        if (beforeSeq != null) {
            conditions.add("e.seq < $before");
            parameters.put("before", beforeSeq);
        }
        if (filter.user() != null) {
            conditions.add("e.user = $user");
            parameters.put("user", filter.user());
        }
        if (filter.action() != null) {
            conditions.add("$action IN e.actions");
            parameters.put("action", filter.action().name());
        }
        if (filter.personId() != null) {
            conditions.add("($personId IN e.personIds OR $personId IN e.openedPersonIds)");
            parameters.put("personId", filter.personId());
        }
        if (filter.from() != null) {
            conditions.add("e.at >= $from");
            parameters.put("from", AuditTime.argument(filter.from(), "filter.from"));
        }
        if (filter.to() != null) {
            conditions.add("e.at < $to");
            parameters.put("to", AuditTime.argument(filter.to(), "filter.to"));
        }
        parameters.put("limit", first + 1);
        var cypher = "MATCH (e:AuditEvent)" + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                + " RETURN properties(e) AS e ORDER BY e.seq DESC LIMIT $limit";
        List<AuditEvent> events;
        try (var session = driver.session()) {
            events = session.run(cypher, parameters)
                    .list(r -> AuditEvent.of(r.get("e").asMap()));
        }
        var shown = events.subList(0, Math.min(first, events.size()));
        var edges = shown.stream()
                .map(e -> new AuditEventConnection.Edge(AuditCursor.of(e.seq()), e))
                .toList();
        return new AuditEventConnection(
                edges,
                new AuditEventConnection.PageInfo(
                        events.size() > first,
                        beforeSeq != null,
                        edges.isEmpty() ? null : edges.getFirst().cursor(),
                        edges.isEmpty() ? null : edges.getLast().cursor()));
    }

    /** The views (person, network, involvements, export) answered in [from, to), oldest first. */
    List<AuditEvent> viewsBetween(String from, String to) {
        try (var session = driver.session()) {
            return session.run(
                            """
                            MATCH (e:AuditEvent) WHERE e.at >= $from AND e.at < $to
                              AND e.outcome = 'ok' AND any(a IN e.actions WHERE a IN $views)
                            RETURN properties(e) AS e ORDER BY e.seq
                            """,
                            Map.of(
                                    "from",
                                    from,
                                    "to",
                                    to,
                                    "views",
                                    AuditAction.VIEWS.stream().map(Enum::name).toList()))
                    .list(r -> AuditEvent.of(r.get("e").asMap()));
        }
    }

    /** The teams whose services work or worked with each person: a person's caseload. */
    Map<String, List<String>> teamsOf(List<String> personIds) {
        try (var session = driver.session()) {
            var teams = new HashMap<String, List<String>>();
            session.run("""
                            UNWIND $ids AS id
                            MATCH (:Person {id: id})<-[:PART_OF]-(:Record)-[:HAS_INVOLVEMENT]->(i:ServiceInvolvement)
                            WHERE i.team IS NOT NULL
                            RETURN id, collect(DISTINCT i.team) AS teams
                            """, Map.of("ids", personIds))
                    .forEachRemaining(r ->
                            teams.put(r.get("id").asString(), r.get("teams").asList(Value::asString)));
            return teams;
        }
    }
}
