/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.bench;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.familycontext.launcher.bench.BenchSamples.SearchKind;

/**
 * The server's own time for the two requests the targets name: {@code familyNetwork} at depth 3 around each focus
 * person and {@code searchPeople} for each search term, one request at a time (so that requests do not wait for
 * each other), after a warm-up (of every request the users send) whose times are dropped.
 */
final class ServerSideLatency {

    static final int NETWORK_DEPTH = 3;
    static final int SEARCH_RESULTS = 20;

    /** The times of each, and of the searches by how they were typed, with how often a search found its person. */
    record Figures(
            LatencyStats network,
            LatencyStats search,
            Map<SearchKind, LatencyStats> searchByKind,
            Map<SearchKind, Long> searchesThatFoundTheirPerson) {

        Map<String, Object> summary() {
            var summary = new LinkedHashMap<String, Object>();
            summary.put("familyNetworkDepth" + NETWORK_DEPTH, network.summary());
            summary.put("searchPeople", search.summary());
            var byKind = new LinkedHashMap<String, Object>();
            searchByKind.forEach((kind, stats) -> {
                var figures = stats.summary();
                figures.put("foundTheirPerson", searchesThatFoundTheirPerson.getOrDefault(kind, 0L));
                byKind.put(kind.name(), figures);
            });
            summary.put("searchPeopleByKind", byKind);
            return summary;
        }
    }

    private ServerSideLatency() {}

    static Figures measure(GraphQlClient client, ApiQueries queries, BenchSamples samples, int requests, int warmUp) {
        var networkQuery = queries.familyNetwork();
        var searchQuery = queries.search();
        var focus = samples.focusIds();
        var terms = samples.searchTerms();
        // The users' other requests are warmed up too, so that the concurrent run does not start cold.
        for (int i = 0; i < warmUp; i++) {
            var term = terms.get(i % terms.size());
            client.post(networkQuery, networkVariables(focus.get(i % focus.size())));
            client.post(searchQuery, term.variables(SEARCH_RESULTS));
            client.post(queries.person(), Map.of("id", term.personId()));
            client.post(queries.involvements(), Map.of("id", term.focusId()));
        }
        var network = new LatencyStats();
        for (int i = 0; i < requests; i++) {
            network.record(client.post(networkQuery, networkVariables(focus.get(i % focus.size()))));
        }
        var search = new LatencyStats();
        var byKind = new EnumMap<SearchKind, LatencyStats>(SearchKind.class);
        var found = new EnumMap<SearchKind, AtomicLong>(SearchKind.class);
        for (int i = 0; i < requests; i++) {
            var term = terms.get(i % terms.size());
            var answer = client.post(searchQuery, term.variables(SEARCH_RESULTS));
            search.record(answer);
            byKind.computeIfAbsent(term.kind(), k -> new LatencyStats()).record(answer);
            if (!answer.failed() && queries.foundIds(answer.data()).contains(term.personId())) {
                found.computeIfAbsent(term.kind(), k -> new AtomicLong()).incrementAndGet();
            }
        }
        var foundCounts = new EnumMap<SearchKind, Long>(SearchKind.class);
        found.forEach((kind, count) -> foundCounts.put(kind, count.get()));
        return new Figures(network, search, byKind, foundCounts);
    }

    static Map<String, Object> networkVariables(String personId) {
        return networkVariables(personId, NETWORK_DEPTH);
    }

    static Map<String, Object> networkVariables(String personId, int depth) {
        var variables = new LinkedHashMap<String, Object>();
        variables.put("personId", personId);
        variables.put("depth", depth);
        return variables;
    }
}
