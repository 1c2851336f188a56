/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.familycontext.matching.blocking.Blocking;
import org.familycontext.matching.blocking.BlockingRule;
import org.familycontext.matching.comparison.Comparisons;
import org.familycontext.matching.model.MatchModel;
import org.familycontext.matching.model.TermFrequencies;
import org.familycontext.matching.review.PersonReformer;
import org.familycontext.model.record.RecordKey;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One linking run over the graph, end to end: read the records and what is settled, block, train (unless a model
 * is given), score, cluster, write the SAME_AS links, re-form the persons and record the {@code LinkRun}. The
 * {@code link} command, the demo council and the benchmark all link through here.
 */
public final class RecordLinking {

    private static final Logger log = LoggerFactory.getLogger(RecordLinking.class);

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Driver driver;
    private final LinkOptions options;

    public RecordLinking(Driver driver, LinkOptions options) {
        this.driver = driver;
        this.options = options;
    }

    /** What a run did, with the seconds each step took. */
    public record Outcome(
            String runId,
            List<MatchRecord> records,
            MatchModel model,
            Blocking.Result blocking,
            Map<String, Object> counts,
            double readSeconds,
            double linkSeconds,
            double writeSeconds,
            double personSeconds) {

        public double totalSeconds() {
            return readSeconds + linkSeconds + writeSeconds + personSeconds;
        }
    }

    /** Thrown when an incremental run is asked for before any full run. */
    public static final class NothingLinkedYet extends RuntimeException {
        NothingLinkedYet() {
            super("Nothing was linked yet: run a full link (without --incremental) first.");
        }
    }

    private long countPersons() {
        try (var session = driver.session()) {
            return session.run("MATCH (p:Person) RETURN count(p) AS n")
                    .single()
                    .get("n")
                    .asLong();
        }
    }

    /**
     * @param given the model to use, or null to train one
     * @param incremental link only records loaded since the last run (needs a model)
     */
    public Outcome run(MatchModel given, boolean incremental) {
        if (incremental && given == null) {
            throw new IllegalArgumentException("an incremental run needs the model of an earlier run");
        }
        var started = Instant.now();
        var runs = new LinkRuns(driver);
        long loadStamp = runs.currentLoadStamp();
        Long since = null;
        if (incremental) {
            since = runs.lastLinkedLoadStamp();
            if (since == null) {
                throw new NothingLinkedYet();
            }
        }
        var comparisons = Comparisons.standard();
        long t0 = System.nanoTime();
        LinkInput input;
        TermFrequencies[] frequencies = null;
        var soundsToStore = new BitSet();
        if (incremental) {
            var saved = SavedTermFrequencies.read(driver, comparisons);
            if (saved.isPresent()) {
                frequencies = saved.get();
                input = LinkInput.readAround(driver, since);
            } else {
                // The last full run was by an older version: without its frequencies (and the name sounds it
                // stores) the neighbourhood cannot be found through indexes.
                log.info("No term frequencies saved by a full run: reading every record");
                input = LinkInput.read(driver, since, null);
            }
        } else {
            input = LinkInput.read(driver, null, soundsToStore);
        }
        long t1 = System.nanoTime();
        var version = given != null ? given.version() : "fs-" + STAMP.format(started);
        var result = new Linker(comparisons, BlockingRule.standard(), options)
                .link(input.records(), given, version, input.settled(), frequencies);
        long t2 = System.nanoTime();
        var runId = "link-" + STAMP.format(started) + (incremental ? "-incremental" : "");
        long written = new LinkWriter(driver).write(input.records(), result, runId, !incremental);
        if (!incremental) {
            SavedTermFrequencies.save(driver, comparisons, result.scorer().frequencies(), runId);
            int stored = NameSoundBackfill.store(driver, input.records(), soundsToStore);
            if (stored > 0) {
                log.info("Stored name sounds on {} records that lacked them", stored);
            }
            LinkingIndexes.ensure(driver);
        }
        long t3 = System.nanoTime();
        long persons;
        if (incremental) {
            // Only the persons with a new record can change; the run read every record of each (and of every
            // person a new record could join), so its clusters are those persons as they are now.
            var fresh = input.settled().fresh();
            var clusters = new LinkedHashMap<Integer, List<RecordKey>>();
            for (int i = 0; i < result.personOf().length; i++) {
                clusters.computeIfAbsent(result.personOf()[i], root -> new ArrayList<>())
                        .add(input.records().get(i).key());
            }
            var changed = new ArrayList<List<RecordKey>>();
            var withFresh = new HashSet<Integer>();
            for (int i = fresh.nextSetBit(0); i >= 0; i = fresh.nextSetBit(i + 1)) {
                if (withFresh.add(result.personOf()[i])) {
                    changed.add(clusters.get(result.personOf()[i]));
                }
            }
            PersonReformer.writeComponents(driver, changed);
            persons = countPersons();
        } else {
            persons = new PersonResolver(driver).resolveAll();
        }
        long t4 = System.nanoTime();
        long auto = result.links().stream()
                .filter(l -> l.status() == Linker.Status.AUTO)
                .count();
        var counts = new LinkedHashMap<String, Object>();
        counts.put("records", (long) input.records().size());
        counts.put("linkedRecords", (long)
                (input.settled().fresh() == null
                        ? input.records().size()
                        : input.settled().fresh().cardinality()));
        counts.put("candidatePairs", (long) result.blocking().pairs().length);
        counts.put("autoLinks", auto);
        counts.put("reviewLinks", written - auto);
        counts.put("persons", persons);
        runs.finished(runId, incremental ? "incremental" : "full", version, loadStamp, started, counts);
        return new Outcome(
                runId,
                input.records(),
                result.model(),
                result.blocking(),
                counts,
                (t1 - t0) / 1e9,
                (t2 - t1) / 1e9,
                (t3 - t2) / 1e9,
                (t4 - t3) / 1e9);
    }
}
