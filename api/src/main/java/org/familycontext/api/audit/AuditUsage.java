/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * Counts the audit trail's events per UTC day and team. The trail stores times as fixed-width ISO text, so a day is
 * the text's first ten characters and a range of days is a range of the indexed {@code at}. A request that did
 * several things counts once for each (a search that also opened a person is a search and a view); refused and
 * failed requests are not use. It lives here because only the audit package reads the trail's nodes (the usage page
 * asks it).
 */
@Repository
public class AuditUsage {

    /** What one team did on one UTC day (YYYY-MM-DD). */
    public record DayAndTeam(String day, String team, int signIns, int searches, int personViews) {}

    /** Team of events whose user's sign-in named none. */
    public static final String NO_TEAM = "(no team)";

    private final Neo4jClient neo4j;

    AuditUsage(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /**
     * Rows per day and team with any use, by day then team.
     *
     * @param from first day, YYYY-MM-DD
     * @param dayAfterTo the day after the last one, YYYY-MM-DD
     * @param team only this team, or null for every team
     */
    public List<DayAndTeam> perDayAndTeam(String from, String dayAfterTo, String team) {
        var parameters = new HashMap<String, Object>();
        parameters.put("from", from);
        parameters.put("until", dayAfterTo);
        parameters.put("team", team);
        parameters.put("noTeam", NO_TEAM);
        parameters.put("signIn", AuditAction.SIGN_IN.name());
        parameters.put("search", AuditAction.SEARCH.name());
        parameters.put(
                "views",
                List.of(
                        AuditAction.PERSON_VIEW.name(),
                        AuditAction.NETWORK_VIEW.name(),
                        AuditAction.INVOLVEMENTS_VIEW.name()));
        return List.copyOf(neo4j.query("""
                        MATCH (e:AuditEvent)
                        WHERE e.at >= $from AND e.at < $until AND e.outcome = 'ok'
                        WITH substring(e.at, 0, 10) AS day, coalesce(e.team, $noTeam) AS team, e.actions AS actions
                        WHERE $team IS NULL OR team = $team
                        WITH day, team,
                             sum(CASE WHEN $signIn IN actions THEN 1 ELSE 0 END) AS signIns,
                             sum(CASE WHEN $search IN actions THEN 1 ELSE 0 END) AS searches,
                             sum(CASE WHEN any(a IN actions WHERE a IN $views) THEN 1 ELSE 0 END) AS views
                        WHERE signIns + searches + views > 0
                        RETURN day, team, signIns, searches, views ORDER BY day, team
                        """)
                .bindAll(parameters)
                .fetchAs(DayAndTeam.class)
                .mappedBy((types, row) -> new DayAndTeam(
                        row.get("day").asString(),
                        row.get("team").asString(),
                        row.get("signIns").asInt(),
                        row.get("searches").asInt(),
                        row.get("views").asInt()))
                .all());
    }

    /** True when the trail already holds this user's sign-in with these details (a provider's auth_time). */
    public boolean signInRecorded(String username, String variables) {
        return neo4j.query("""
                        MATCH (e:AuditEvent {user: $user}) WHERE e.action = 'SIGN_IN' AND e.variables = $variables
                        RETURN count(e) > 0 AS found
                        """)
                .bindAll(Map.of("user", username, "variables", variables))
                .fetchAs(Boolean.class)
                .one()
                .orElse(false);
    }
}
