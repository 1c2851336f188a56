/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Lists access a privacy officer should look at, from the views in the audit trail (person, network, involvements,
 * export; searches are not views). Three rules:
 *
 * <ul>
 *   <li>a person opened none of whose services has the user's team (or by a user with no team): outside the user's
 *       caseload or team;
 *   <li>more different persons viewed (opened or shown) by one user within any hour than {@code
 *       max-persons-per-hour};
 *   <li>more different persons viewed outside working hours, within one stretch between two working days, than
 *       {@code out-of-hours-max-persons}.
 * </ul>
 */
@Component
class UnusualAccessFinder {

    private static final Duration HOUR = Duration.ofHours(1);

    private final AuditQueries queries;
    private final AuditProperties properties;
    private final WorkingHours workingHours;

    UnusualAccessFinder(AuditQueries queries, AuditProperties properties, WorkingHours workingHours) {
        this.queries = queries;
        this.properties = properties;
        this.workingHours = workingHours;
    }

    List<UnusualAccess> find(String from, String to) {
        var byUser = new LinkedHashMap<String, List<AuditEvent>>();
        queries.viewsBetween(from, to)
                .forEach(e ->
                        byUser.computeIfAbsent(e.user(), u -> new ArrayList<>()).add(e));
        var findings = new ArrayList<UnusualAccess>();
        findings.addAll(outsideCaseload(byUser));
        byUser.forEach((user, events) -> {
            findings.addAll(manyInAnHour(user, events));
            findings.addAll(outOfHoursBulk(user, events));
        });
        findings.sort(Comparator.comparing(UnusualAccess::user)
                .thenComparing(UnusualAccess::rule)
                .thenComparing(UnusualAccess::periodStart));
        return findings;
    }

    private List<UnusualAccess> outsideCaseload(Map<String, List<AuditEvent>> byUser) {
        var opened = byUser.values().stream()
                .flatMap(List::stream)
                .flatMap(e -> e.openedPersonIds().stream())
                .distinct()
                .toList();
        var teams = queries.teamsOf(opened);
        var findings = new ArrayList<UnusualAccess>();
        byUser.forEach((user, events) -> {
            var outside = new HashSet<String>();
            var span = new Span();
            boolean noTeam = false;
            for (var event : events) {
                for (var person : event.openedPersonIds()) {
                    if (event.team() == null
                            || !teams.getOrDefault(person, List.of()).contains(event.team())) {
                        outside.add(person);
                        span.add(event.at());
                        noTeam |= event.team() == null;
                    }
                }
            }
            if (!outside.isEmpty()) {
                findings.add(new UnusualAccess(
                        user,
                        UnusualAccessRule.OUTSIDE_CASELOAD_OR_TEAM,
                        span.first,
                        span.last,
                        outside.size(),
                        "opened " + persons(outside.size())
                                + (noTeam
                                        ? " while belonging to no team"
                                        : " with whom no service of their team works or worked")));
            }
        });
        return findings;
    }

    /** A window of an hour slides from each event; overlapping windows over the limit make one finding. */
    private List<UnusualAccess> manyInAnHour(String user, List<AuditEvent> events) {
        int limit = properties.maxPersonsPerHour();
        var findings = new ArrayList<UnusualAccess>();
        var inWindow = new HashMap<String, Integer>();
        int next = 0;
        Span open = null;
        int most = 0;
        for (int i = 0; i < events.size(); i++) {
            var windowEnd = AuditTime.parse(events.get(i).at()).plus(HOUR);
            while (next < events.size()
                    && AuditTime.parse(events.get(next).at()).isBefore(windowEnd)) {
                viewed(events.get(next)).forEach(p -> inWindow.merge(p, 1, Integer::sum));
                next++;
            }
            if (inWindow.size() > limit) {
                if (open != null && !AuditTime.parse(events.get(i).at()).isAfter(AuditTime.parse(open.last))) {
                    most = Math.max(most, inWindow.size());
                } else {
                    if (open != null) {
                        findings.add(manyInAnHour(user, open, most, limit));
                    }
                    open = new Span();
                    open.add(events.get(i).at());
                    most = inWindow.size();
                }
                open.add(events.get(next - 1).at());
            }
            viewed(events.get(i)).forEach(p -> inWindow.computeIfPresent(p, (k, n) -> n == 1 ? null : n - 1));
        }
        if (open != null) {
            findings.add(manyInAnHour(user, open, most, limit));
        }
        return findings;
    }

    private static UnusualAccess manyInAnHour(String user, Span span, int count, int limit) {
        return new UnusualAccess(
                user,
                UnusualAccessRule.MANY_PERSONS_IN_AN_HOUR,
                span.first,
                span.last,
                count,
                "viewed " + persons(count) + " within one hour (more than " + limit + ")");
    }

    private List<UnusualAccess> outOfHoursBulk(String user, List<AuditEvent> events) {
        int limit = properties.outOfHoursMaxPersons();
        var byStretch = new TreeMap<Instant, Set<String>>();
        var spans = new HashMap<Instant, Span>();
        for (var event : events) {
            var at = AuditTime.parse(event.at());
            if (workingHours.isWorkingTime(at)) {
                continue;
            }
            var stretch = workingHours.outOfHoursStretchOf(at);
            byStretch.computeIfAbsent(stretch, s -> new HashSet<>()).addAll(viewed(event));
            spans.computeIfAbsent(stretch, s -> new Span()).add(event.at());
        }
        var findings = new ArrayList<UnusualAccess>();
        byStretch.forEach((stretch, persons) -> {
            if (persons.size() > limit) {
                var span = spans.get(stretch);
                findings.add(new UnusualAccess(
                        user,
                        UnusualAccessRule.OUT_OF_HOURS_BULK,
                        span.first,
                        span.last,
                        persons.size(),
                        "viewed " + persons(persons.size()) + " outside working hours (more than " + limit + ")"));
            }
        });
        return findings;
    }

    private static List<String> viewed(AuditEvent event) {
        return Stream.concat(event.openedPersonIds().stream(), event.personIds().stream())
                .distinct()
                .toList();
    }

    private static String persons(int n) {
        return n == 1 ? "1 person" : n + " different persons";
    }

    /** The first and last event of a finding (stored instants, whose text order is time order). */
    private static final class Span {
        String first;
        String last;

        void add(String at) {
            if (first == null || at.compareTo(first) < 0) {
                first = at;
            }
            if (last == null || at.compareTo(last) > 0) {
                last = at;
            }
        }
    }
}
