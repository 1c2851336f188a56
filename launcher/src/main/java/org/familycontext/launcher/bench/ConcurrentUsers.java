/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Social workers at work: each virtual user, on a virtual thread of its own, looks up a case again and again
 * (search, open the person, the family network at depth 2 or 3, the child's services), pausing between steps as
 * a person reading the screen would, until the time is up. A closed model: a user sends its next request only
 * once it has the answer to the last, as a person does.
 */
final class ConcurrentUsers {

    /** The requests of the flow, in its order. */
    static final List<String> STEPS = List.of("searchPeople", "person", "familyNetwork", "involvements");

    /** What the users did: the times and errors of each step and of all together, and for how long. */
    record Figures(Map<String, LatencyStats> bySteps, LatencyStats all, int users, double seconds) {

        double requestsPerSecond() {
            return seconds <= 0 ? 0 : all.requests() / seconds;
        }

        Map<String, Object> summary() {
            var summary = new LinkedHashMap<String, Object>();
            summary.put("users", users);
            summary.put("seconds", Math.round(seconds * 10) / 10.0);
            summary.put("requests", all.requests());
            summary.put("errors", all.errors());
            summary.put("requestsPerSecond", Math.round(requestsPerSecond() * 10) / 10.0);
            summary.put("all", all.summary());
            var steps = new LinkedHashMap<String, Object>();
            bySteps.forEach((step, stats) -> steps.put(step, stats.summary()));
            summary.put("byRequest", steps);
            return summary;
        }
    }

    private ConcurrentUsers() {}

    /**
     * @param thinkTime the mean pause after each answer (each pause is drawn between half and one and a half
     *     times it)
     */
    static Figures run(
            GraphQlClient client,
            ApiQueries queries,
            BenchSamples samples,
            int users,
            Duration duration,
            Duration thinkTime,
            long seed)
            throws InterruptedException {
        var bySteps = new LinkedHashMap<String, LatencyStats>();
        STEPS.forEach(step -> bySteps.put(step, new LatencyStats()));
        var all = new LatencyStats();
        var nextCase = new AtomicInteger();
        var started = System.nanoTime();
        var deadline = started + duration.toNanos();
        var threads = new ArrayList<Thread>();
        for (int u = 0; u < users; u++) {
            var random = new Random(seed + u);
            threads.add(Thread.ofVirtual().name("bench-user-" + u).start(() -> {
                var user = new User(client, queries, samples, bySteps, all, random, thinkTime, deadline);
                // Users arrive over the first pause rather than all in the same millisecond.
                if (user.pause(2 * random.nextDouble())) {
                    while (user.lookUpCase(nextCase.getAndIncrement())) {
                        // until the time is up
                    }
                }
            }));
        }
        for (var thread : threads) {
            thread.join(duration.plusMinutes(2).toMillis());
        }
        return new Figures(bySteps, all, users, (System.nanoTime() - started) / 1e9);
    }

    /** One user's loop. */
    private record User(
            GraphQlClient client,
            ApiQueries queries,
            BenchSamples samples,
            Map<String, LatencyStats> bySteps,
            LatencyStats all,
            Random random,
            Duration thinkTime,
            long deadline) {

        /** Looks up one case; false once the time is up. */
        boolean lookUpCase(int caseNumber) {
            var terms = samples.searchTerms();
            var term = terms.get(caseNumber % terms.size());
            var steps = List.<Runnable>of(
                    () -> send("searchPeople", queries.search(), term.variables(ServerSideLatency.SEARCH_RESULTS)),
                    () -> send("person", queries.person(), Map.of("id", term.personId())),
                    () -> send(
                            "familyNetwork",
                            queries.familyNetwork(),
                            ServerSideLatency.networkVariables(term.focusId(), 2 + random.nextInt(2))),
                    () -> send("involvements", queries.involvements(), Map.of("id", term.focusId())));
            for (var step : steps) {
                step.run();
                if (!pause(0.5 + random.nextDouble())) {
                    return false;
                }
            }
            return true;
        }

        private void send(String step, String query, Map<String, Object> variables) {
            var answer = client.post(query, variables);
            bySteps.get(step).record(answer);
            all.record(answer);
        }

        /** Pauses for this many think times, or until the deadline; false when the deadline came first. */
        boolean pause(double thinkTimes) {
            long nanos = Math.round(thinkTime.toNanos() * thinkTimes);
            long until = Math.min(System.nanoTime() + nanos, deadline);
            long left = until - System.nanoTime();
            if (left > 0) {
                try {
                    Thread.sleep(Duration.ofNanos(left));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return System.nanoTime() < deadline;
        }
    }
}
