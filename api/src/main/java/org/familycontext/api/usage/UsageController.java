/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.usage;

import graphql.GraphQLContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.TreeSet;
import org.familycontext.api.audit.AuditUsage;
import org.familycontext.api.graph.InvalidArgumentException;
import org.familycontext.api.security.CurrentUser;
import org.familycontext.api.security.Role;
import org.familycontext.api.usage.UsageViews.Usage;
import org.familycontext.api.usage.UsageViews.UsageCount;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Use of the service for service leads and auditors: sign-ins, searches and person views per day and team, from
 * the audit trail. Counts only, no names of users or persons. Auditors see every team; a team manager sees their
 * own team only, whatever they ask for.
 */
@Controller
class UsageController {

    static final int MAX_DAYS = 366;

    private final AuditUsage counts;

    UsageController(AuditUsage counts) {
        this.counts = counts;
    }

    @QueryMapping
    Usage usage(@Argument String from, @Argument String to, @Argument String team, GraphQLContext context) {
        var first = day(from, "from");
        var last = day(to, "to");
        if (last.isBefore(first)) {
            throw new InvalidArgumentException("to must be on or after from");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw new InvalidArgumentException("to must be at most " + MAX_DAYS + " days after from");
        }
        var teamCounted = teamFor(CurrentUser.in(context).orElseThrow(), team);
        var perDayAndTeam =
                counts.perDayAndTeam(first.toString(), last.plusDays(1).toString(), teamCounted);
        var byDay = new LinkedHashMap<String, UsageCount>();
        for (var d = first; !d.isAfter(last); d = d.plusDays(1)) {
            byDay.put(d.toString(), new UsageCount(d.toString(), null, 0, 0, 0));
        }
        var teams = new TreeSet<String>();
        var rows = new ArrayList<UsageCount>();
        for (var dayAndTeam : perDayAndTeam) {
            var row = new UsageCount(
                    dayAndTeam.day(),
                    dayAndTeam.team(),
                    dayAndTeam.signIns(),
                    dayAndTeam.searches(),
                    dayAndTeam.personViews());
            rows.add(row);
            byDay.merge(row.day(), row, UsageCount::plus);
            teams.add(row.team());
        }
        return new Usage(
                first.toString(),
                last.toString(),
                teamCounted,
                new ArrayList<>(teams),
                new ArrayList<>(byDay.values()),
                rows);
    }

    /** The team whose use is counted: any (or all, as null) for an auditor, the own team for a team manager. */
    private static String teamFor(CurrentUser user, String asked) {
        var wanted = asked == null || asked.isBlank() ? null : asked.strip();
        if (user.has(Role.AUDITOR)) {
            return wanted;
        }
        if (user.team() == null || user.team().isBlank()) {
            throw new InvalidArgumentException(
                    "team: your sign-in names no team, so there is no team's use to show you");
        }
        if (wanted != null && !wanted.equals(user.team())) {
            throw new InvalidArgumentException(
                    "team: a team manager sees their own team's use only (" + user.team() + ")");
        }
        return user.team();
    }

    private static LocalDate day(String value, String argument) {
        try {
            return LocalDate.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidArgumentException(argument + " must be a day written YYYY-MM-DD, such as 2026-03-01");
        }
    }
}
