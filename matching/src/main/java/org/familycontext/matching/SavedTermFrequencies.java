/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.familycontext.matching.comparison.Comparison;
import org.familycontext.matching.model.TermFrequencies;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * How common each surname and postcode is among all records, as {@code (:TermFrequencies {comparison})} nodes: a
 * full run saves them, an incremental run (which reads only the records around the new ones) scores with them.
 */
public final class SavedTermFrequencies {

    private static final String WRITE = """
            UNWIND $tables AS t
            MERGE (f:TermFrequencies {comparison: t.comparison})
            SET f.values = t.values, f.counts = t.counts, f.linkRun = $run
            """;

    private static final String READ = """
            MATCH (f:TermFrequencies) RETURN f.comparison AS comparison, f.values AS values, f.counts AS counts
            """;

    private SavedTermFrequencies() {}

    public static void save(Driver driver, List<Comparison> comparisons, TermFrequencies[] frequencies, String run) {
        var tables = new ArrayList<Map<String, Object>>();
        for (int c = 0; c < comparisons.size(); c++) {
            if (frequencies[c] == null) {
                continue;
            }
            var values = new ArrayList<String>();
            var counts = new ArrayList<Long>();
            frequencies[c].counts().forEach((value, count) -> {
                values.add(value);
                counts.add((long) count);
            });
            tables.add(Map.of("comparison", comparisons.get(c).name(), "values", values, "counts", counts));
        }
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(
                    tx -> tx.run(WRITE, Map.of("tables", tables, "run", run)).consume());
        }
    }

    /** The saved frequencies for these comparisons, or empty when a comparison that needs them has none saved. */
    public static Optional<TermFrequencies[]> read(Driver driver, List<Comparison> comparisons) {
        var saved = new HashMap<String, TermFrequencies>();
        try (var session = driver.session()) {
            session.executeRead(tx -> {
                tx.run(READ).forEachRemaining(row -> {
                    var values = row.get("values").asList(Value::asString);
                    var counts = row.get("counts").asList(Value::asInt);
                    var table = new HashMap<String, Integer>(values.size() * 2);
                    for (int i = 0; i < values.size(); i++) {
                        table.put(values.get(i), counts.get(i));
                    }
                    saved.put(row.get("comparison").asString(), TermFrequencies.ofCounts(table));
                });
                return null;
            });
        }
        var frequencies = new TermFrequencies[comparisons.size()];
        for (int c = 0; c < comparisons.size(); c++) {
            var comparison = comparisons.get(c);
            if (comparison.frequencyAdjusted()) {
                frequencies[c] = saved.get(comparison.name());
                if (frequencies[c] == null) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(frequencies);
    }
}
