/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.cohort;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.familycontext.analytics.disclosure.CountTable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The exact counts behind every cohort figure, read from the {@code Family} nodes the family build wrote. They
 * never leave the service as they are: {@link Publication} puts each table through disclosure control first.
 */
@Component
class CohortCounts {

    private static final String BREAKDOWNS = """
            MATCH (f:Family) WHERE %1$s
            RETURN 'indicatorCount' AS dimension, toString(f.indicatorCount) AS key, count(*) AS n
            UNION ALL
            MATCH (f:Family) WHERE %1$s
            RETURN 'area' AS dimension, coalesce(f.area, 'unknown') AS key, count(*) AS n
            UNION ALL
            MATCH (f:Family) WHERE %1$s
            UNWIND f.servicesCurrent AS service
            RETURN 'service' AS dimension, service AS key, count(*) AS n
            UNION ALL
            MATCH (f:Family) WHERE %1$s
            UNWIND f.indicators AS indicator
            RETURN 'indicator' AS dimension, indicator AS key, count(*) AS n
            """;

    private static final String CO_OCCURRENCE = """
            MATCH (f:Family) WHERE %s
            WITH f, CASE WHEN $currentOnly THEN f.servicesCurrent ELSE f.servicesEver END AS services
            WITH services, count(*) AS n
            UNWIND services AS a
            UNWIND services AS b
            RETURN a, b, sum(n) AS n
            """;

    private static final String FAMILIES = "MATCH (f:Family) WHERE %s RETURN count(f) AS n";

    private static final String GROUP_SIZES = """
            MATCH (f:Family) WHERE f.relatedGroup IS NOT NULL
            WITH f.relatedGroup AS group, count(*) AS families
            WHERE families >= $minFamilies
            RETURN families AS size, count(*) AS groups
            """;

    private static final String LARGEST_GROUPS = """
            MATCH (f:Family) WHERE f.relatedGroup IS NOT NULL
            WITH f.relatedGroup AS group, count(*) AS families, sum(f.people) AS people,
                 sum(coalesce(f.openCases, 0)) AS openCases, sum(coalesce(f.childrenInCare, 0)) AS childrenInCare
            WHERE families >= $minFamilies
            RETURN families, people, openCases, childrenInCare
            ORDER BY families DESC, people DESC, openCases DESC
            LIMIT $first
            """;

    private static final String CARE = """
            MATCH (f:Family) WHERE (%s) AND f.childrenInCare > 0
            RETURN coalesce(f.area, 'unknown') AS area, sum(f.childrenInCare) AS inCare,
                   sum(coalesce(f.childrenInCareWithParentInCare, 0)) AS withParent
            """;

    private final Neo4jClient neo4j;

    CohortCounts(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** The breakdowns of a cohort, by dimension: indicatorCount, area, service, indicator. */
    Map<String, CountTable.OneWay> breakdowns(FamilySelection selection) {
        var byDimension = new LinkedHashMap<String, Map<String, Long>>();
        for (var dimension : List.of("indicatorCount", "area", "service", "indicator")) {
            byDimension.put(dimension, new TreeMap<>(dimension.equals("indicatorCount") ? NUMERIC : null));
        }
        for (var row : neo4j.query(BREAKDOWNS.formatted(selection.where()))
                .bindAll(selection.parameters())
                .fetch()
                .all()) {
            byDimension.get((String) row.get("dimension")).put((String) row.get("key"), (Long) row.get("n"));
        }
        var tables = new LinkedHashMap<String, CountTable.OneWay>();
        byDimension.forEach((dimension, counts) -> tables.put(dimension, oneWay(dimension, counts)));
        return tables;
    }

    long families(FamilySelection selection) {
        return neo4j.query(FAMILIES.formatted(selection.where()))
                .bindAll(selection.parameters())
                .fetchAs(Long.class)
                .one()
                .orElse(0L);
    }

    /** Null when no family of the selection works with any service. */
    CountTable.CoOccurrence coOccurrence(FamilySelection selection, boolean currentOnly) {
        var params = new HashMap<>(selection.parameters());
        params.put("currentOnly", currentOnly);
        var pairs = new HashMap<String, Map<String, Long>>();
        var services = new TreeMap<String, Boolean>();
        for (var row : neo4j.query(CO_OCCURRENCE.formatted(selection.where()))
                .bindAll(params)
                .fetch()
                .all()) {
            var a = (String) row.get("a");
            var b = (String) row.get("b");
            services.put(a, true);
            pairs.computeIfAbsent(a, k -> new HashMap<>()).put(b, (Long) row.get("n"));
        }
        var keys = List.copyOf(services.keySet());
        if (keys.isEmpty()) {
            return null; // no family with any service: nothing to pair
        }
        var counts = new ArrayList<List<Long>>();
        for (var a : keys) {
            var row = new ArrayList<Long>();
            for (var b : keys) {
                row.add(pairs.getOrDefault(a, Map.of()).getOrDefault(b, 0L));
            }
            counts.add(row);
        }
        return new CountTable.CoOccurrence("service", keys, families(selection), counts);
    }

    /**
     * How many groups of related families (of at least minFamilies families) there are in each band of size, and
     * how many families are in them. Bands rather than exact sizes: the few largest groups would each be a
     * withheld count of one.
     */
    GroupSizes groupSizes(int minFamilies) {
        var counts = new LinkedHashMap<String, Long>();
        for (var band : SIZE_BANDS) {
            counts.put(band.label(), 0L);
        }
        long families = 0;
        for (var row : neo4j.query(GROUP_SIZES)
                .bind(minFamilies)
                .to("minFamilies")
                .fetch()
                .all()) {
            long size = (Long) row.get("size");
            long groups = (Long) row.get("groups");
            families += size * groups;
            var band = SIZE_BANDS.stream()
                    .filter(b -> size >= b.from())
                    .reduce((a, b) -> b)
                    .orElseThrow();
            counts.merge(band.label(), groups, Long::sum);
        }
        counts.values().removeIf(n -> n == 0);
        return new GroupSizes(oneWay("familiesInGroup", counts), families);
    }

    record GroupSizes(CountTable.OneWay groups, long families) {}

    private record SizeBand(long from, String label) {}

    private static final List<SizeBand> SIZE_BANDS = List.of(
            new SizeBand(2, "2"),
            new SizeBand(3, "3"),
            new SizeBand(4, "4"),
            new SizeBand(5, "5"),
            new SizeBand(6, "6-10"),
            new SizeBand(11, "11-20"),
            new SizeBand(21, "21 or more"));

    /** The largest groups, largest first: families, people, open cases, children in care. */
    List<long[]> largestGroups(int minFamilies, int first) {
        return neo4j
                .query(LARGEST_GROUPS)
                .bindAll(Map.of("minFamilies", minFamilies, "first", first))
                .fetch()
                .all()
                .stream()
                .map(row -> new long[] {
                    (Long) row.get("families"),
                    (Long) row.get("people"),
                    (Long) row.get("openCases"),
                    (Long) row.get("childrenInCare")
                })
                .toList();
    }

    /** Children in care by area, and those with a parent who was in care. */
    List<CountTable.OneWay> care(FamilySelection selection) {
        var inCare = new TreeMap<String, Long>();
        var withParent = new TreeMap<String, Long>();
        for (var row : neo4j.query(CARE.formatted(selection.where()))
                .bindAll(selection.parameters())
                .fetch()
                .all()) {
            inCare.put((String) row.get("area"), (Long) row.get("inCare"));
            withParent.put((String) row.get("area"), (Long) row.get("withParent"));
        }
        return java.util.Arrays.asList(oneWay("area", inCare), oneWay("area", withParent)); // either may be null
    }

    /** Null when nothing was counted: a table has at least one row, and an empty answer has none. */
    private static CountTable.OneWay oneWay(String dimension, Map<String, Long> counts) {
        if (counts.isEmpty()) {
            return null;
        }
        return new CountTable.OneWay(dimension, List.copyOf(counts.keySet()), List.copyOf(counts.values()));
    }

    private static final java.util.Comparator<String> NUMERIC = java.util.Comparator.comparingInt(Integer::parseInt);
}
