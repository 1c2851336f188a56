/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The API's performance targets (issue 5, docs/benchmarks.md), and whether a run met each. They are set for a
 * council of 1,000,000 people and 50 users over 10 minutes: a smaller run says whether it met them, and that it
 * was smaller.
 */
final class ApiTargets {

    static final int PEOPLE = 1_000_000;
    static final int USERS = 50;
    static final Duration DURATION = Duration.ofMinutes(10);
    static final double NETWORK_SERVER_P95_MILLIS = 50;
    static final double SEARCH_SERVER_P95_MILLIS = 100;
    static final double CONCURRENT_END_TO_END_P95_MILLIS = 200;

    /** One target: what it asks, what the run measured, and whether that meets it. */
    record Verdict(String target, String measured, boolean met) {

        Map<String, Object> asMap() {
            var map = new LinkedHashMap<String, Object>();
            map.put("target", target);
            map.put("measured", measured);
            map.put("met", met);
            return map;
        }
    }

    private ApiTargets() {}

    static List<Verdict> judge(ServerSideLatency.Figures server, ConcurrentUsers.Figures users) {
        var verdicts = new ArrayList<Verdict>();
        double network = server.network().serverMillisAt(95);
        verdicts.add(new Verdict(
                "familyNetwork (depth " + ServerSideLatency.NETWORK_DEPTH + ") server-side p95 <= "
                        + millis(NETWORK_SERVER_P95_MILLIS),
                millis(network),
                network >= 0
                        && network <= NETWORK_SERVER_P95_MILLIS
                        && server.network().errors() == 0));
        double search = server.search().serverMillisAt(95);
        verdicts.add(new Verdict(
                "searchPeople server-side p95 <= " + millis(SEARCH_SERVER_P95_MILLIS),
                millis(search),
                search >= 0
                        && search <= SEARCH_SERVER_P95_MILLIS
                        && server.search().errors() == 0));
        users.bySteps().forEach((step, stats) -> {
            double p95 = stats.endToEndMillisAt(95);
            verdicts.add(new Verdict(
                    users.users() + " users: " + step + " end-to-end p95 <= "
                            + millis(CONCURRENT_END_TO_END_P95_MILLIS),
                    millis(p95),
                    p95 >= 0 && p95 <= CONCURRENT_END_TO_END_P95_MILLIS));
        });
        verdicts.add(new Verdict(
                users.users() + " users: no errors",
                users.all().errors() + " errors in " + users.all().requests() + " requests",
                users.all().errors() == 0 && users.all().requests() > 0));
        return verdicts;
    }

    /** Whether the run was as large and as long as the targets are set for. */
    static boolean atTargetScale(Long people, int users, Duration duration) {
        return people != null && people >= PEOPLE && users >= USERS && duration.compareTo(DURATION) >= 0;
    }

    private static String millis(double value) {
        return value < 0 ? "none measured" : String.format("%.1f ms", value);
    }
}
