/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import org.familycontext.matching.model.Scorer;
import org.neo4j.driver.Driver;

/**
 * Writes a linking run's links as SAME_AS, each with its explanation, and removes the links of earlier runs
 * that this run did not make again. A link a person decided (confirmed or rejected) is never touched: the
 * decision wins over every model.
 */
public final class LinkWriter {

    private static final int BATCH = 5_000;

    private static final String WRITE = """
            UNWIND $links AS l
            MATCH (a:Record {source: l.source1, sourceId: l.sourceId1})
            MATCH (b:Record {source: l.source2, sourceId: l.sourceId2})
            MERGE (a)-[s:SAME_AS]->(b)
            WITH s, l WHERE s.decidedBy IS NULL
            SET s.status = l.status, s.probability = l.probability, s.matchWeight = l.weight,
                s.modelVersion = $version, s.linkRun = $run, s.steps = l.steps, s.weights = l.weights,
                s.refusedBecause = l.refusedBecause
            """;

    private static final String REMOVE_STALE = """
            MATCH ()-[s:SAME_AS]->() WHERE s.decidedBy IS NULL AND coalesce(s.linkRun, '') <> $run
            WITH s LIMIT 10000
            DELETE s RETURN count(*) AS n
            """;

    private final Driver driver;

    public LinkWriter(Driver driver) {
        this.driver = driver;
    }

    // The names of every step a waterfall can show, once per model: a link holds only step numbers and weights.
    // (Two lists of strings on every link made writing links four times slower.)
    private static final String WRITE_MODEL = """
            MERGE (m:MatchModel {version: $version})
            SET m.stepComparisons = $comparisons, m.stepLevels = $levels
            """;

    /**
     * Returns how many links were written.
     *
     * @param removeStale whether links of earlier runs that this run did not make again are removed: true for a
     *     full run, false for an incremental one (which did not score the old pairs again)
     */
    public long write(List<MatchRecord> records, Linker.Result result, String run, boolean removeStale) {
        var steps = result.scorer().steps();
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(
                            WRITE_MODEL,
                            Map.of(
                                    "version", result.model().version(),
                                    "comparisons", steps.comparisons(),
                                    "levels", steps.levels()))
                    .consume());
        }
        // Two writers, each with the links inside half of the persons: they never lock the same record, so they
        // never wait for or deadlock with each other. Links between two persons (refused or for review) last.
        var halves = List.of(new ArrayList<Linker.Link>(), new ArrayList<Linker.Link>());
        var between = new ArrayList<Linker.Link>();
        for (var link : result.links()) {
            int person = result.personOf()[link.a()];
            if (person == result.personOf()[link.b()]) {
                halves.get(person & 1).add(link);
            } else {
                between.add(link);
            }
        }
        var version = result.model().version();
        var pool = Executors.newFixedThreadPool(2);
        long written;
        try {
            var futures = halves.stream()
                    .map(half -> pool.submit(() -> writeAll(half, records, result.scorer(), version, run)))
                    .toList();
            written = 0;
            for (var future : futures) {
                written += future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing links", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "writing links failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdown();
        }
        written += writeAll(between, records, result.scorer(), version, run);
        if (!removeStale) {
            return written;
        }
        try (var session = driver.session()) {
            long removed;
            do {
                removed = session.executeWrite(tx -> tx.run(REMOVE_STALE, Map.of("run", run))
                        .single()
                        .get("n")
                        .asLong());
            } while (removed > 0);
        }
        return written;
    }

    private long writeAll(
            List<Linker.Link> links, List<MatchRecord> records, Scorer scorer, String version, String run) {
        long written = 0;
        var batch = new ArrayList<Map<String, Object>>(BATCH);
        for (var link : links) {
            batch.add(parameters(records.get(link.a()), records.get(link.b()), link, scorer));
            if (batch.size() == BATCH) {
                written += flush(batch, version, run);
                batch = new ArrayList<>(BATCH);
            }
        }
        return written + flush(batch, version, run);
    }

    private long flush(List<Map<String, Object>> batch, String version, String run) {
        if (batch.isEmpty()) {
            return 0;
        }
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(
                    tx -> tx.run(WRITE, Map.of("links", batch, "version", version, "run", run))
                            .consume());
        }
        return batch.size();
    }

    private static Map<String, Object> parameters(MatchRecord x, MatchRecord y, Linker.Link link, Scorer scorer) {
        // The record with the smaller key starts the link, so that a pair has one link whichever way it was found.
        boolean inOrder = x.key().source().compareTo(y.key().source()) < 0
                || (x.key().source().equals(y.key().source())
                        && x.key().sourceId().compareTo(y.key().sourceId()) <= 0);
        var a = inOrder ? x : y;
        var b = inOrder ? y : x;
        var explained = scorer.explainAsSteps(a, b);
        var p = new HashMap<String, Object>();
        p.put("source1", a.key().source());
        p.put("sourceId1", a.key().sourceId());
        p.put("source2", b.key().source());
        p.put("sourceId2", b.key().sourceId());
        p.put("status", link.status().name());
        p.put("probability", link.probability());
        p.put("weight", link.weight());
        p.put("steps", explained.steps());
        p.put("weights", explained.weights());
        p.put("refusedBecause", link.refusedBecause());
        return p;
    }
}
