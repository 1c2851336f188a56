/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.usage;

import java.util.HashMap;
import java.util.List;
import org.familycontext.api.audit.AuditAction;
import org.familycontext.api.usage.UsageViews.UsageCount;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * Counts the audit trail's events per UTC day and team. The trail stores times as fixed-width ISO text, so a day is
 * the text's first ten characters and a range of days is a range of the indexed {@code at}. A request that did
 * several things counts once for each (a search that also opened a person is a search and a view); refused and
 * failed requests are not use.
 */
@Repository
class UsageCounts {

    /** Team of events whose user's sign-in named none. */
    static final String NO_TEAM = "(no team)";

    private final Neo4jClient neo4j;

    UsageCounts(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /**
     * Rows per day and team with any use, by day then team.
     *
     * @param from first day, YYYY-MM-DD
     * @param dayAfterTo the day after the last one, YYYY-MM-DD
     * @param team only this team, or null for every team
     */
    List<UsageCount> perDayAndTeam(String from, String dayAfterTo, String team) {
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
                .fetchAs(UsageCount.class)
                .mappedBy((types, row) -> new UsageCount(
                        row.get("day").asString(),
                        row.get("team").asString(),
                        row.get("signIns").asInt(),
                        row.get("searches").asInt(),
                        row.get("views").asInt()))
                .all());
    }
}
