/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.familycontext.launcher.serve.EmbeddedNeo4j;
import org.familycontext.loading.ExtractLoader;
import org.familycontext.loading.Progress;
import org.familycontext.manifest.ManifestReader;
import org.familycontext.matching.LinkOptions;
import org.familycontext.matching.RecordLinking;
import org.familycontext.matching.blocking.BlockingRule;
import org.familycontext.matching.evaluation.BlockingRecall;
import org.familycontext.matching.evaluation.GraphPrediction;
import org.familycontext.matching.evaluation.LinkEvaluation;
import org.familycontext.matching.evaluation.Truth;
import org.familycontext.model.schema.Drivers;
import org.familycontext.model.schema.SchemaMigrations;
import org.neo4j.driver.AuthTokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The matching benchmark of docs/benchmarks.md. Loads a generated council into a fresh in-process Neo4j, all but
 * one source held out; links everything (timed: reading, blocking, training, scoring, clustering, writing links,
 * forming persons) and measures accuracy against the generator's truth; then loads the held-out source and links
 * it incrementally against everything with the saved model (timed), and measures accuracy again.
 */
@Command(
        name = "bench-link",
        mixinStandardHelpOptions = true,
        description = "Measures linking a generated council end to end, its accuracy, and an incremental run.")
public class LinkBenchmarkCommand implements Callable<Integer> {

    @Mixin
    BenchCouncil councilOptions;

    @Option(
            names = "--hold-out",
            defaultValue = "das",
            description = "The source loaded after the full run and linked incrementally (default: ${DEFAULT-VALUE},"
                    + " about 10,000 records in a 1,000,000-record council).")
    String holdOut;

    @Option(
            names = "--work-dir",
            defaultValue = "target/bench-link",
            description = "Scratch folder (default: ${DEFAULT-VALUE}).")
    Path workDir;

    @Option(
            names = "--out",
            defaultValue = "target/bench-link/result.json",
            description = "Result file (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    @SuppressWarnings("unchecked")
    public Integer call() throws IOException {
        ProcessMemory.track();
        Files.createDirectories(workDir);
        var council = councilOptions.folder(workDir);
        var truth = Truth.read(council.resolve("truth/records.csv"));
        var manifests = ManifestReader.findIn(council).stream()
                .map(ManifestReader::read)
                .toList();
        var heldOut = manifests.stream()
                .filter(m -> m.source().name().equals(holdOut))
                .toList();
        if (heldOut.isEmpty()) {
            System.err.println("No source named " + holdOut + " in " + council);
            return 2;
        }
        var store = workDir.resolve("neo4j-" + System.currentTimeMillis());
        var result = new LinkedHashMap<String, Object>();
        result.put("extracts", council.toString());
        result.put("cores", Runtime.getRuntime().availableProcessors());
        try (var db = EmbeddedNeo4j.start(store, 0);
                var driver = Drivers.open(db.boltUri(), AuthTokens.none())) {
            SchemaMigrations.apply(driver);
            var loader = new ExtractLoader(
                    db.cypherRunner(), workDir.resolve("reports"), Clock.systemUTC(), Progress.forConsole(), 5_000);
            for (var manifest : manifests) {
                if (!heldOut.contains(manifest)) {
                    loader.load(manifest, false);
                }
            }
            var linking = new RecordLinking(driver, LinkOptions.defaults());
            var full = linking.run(null, false);
            result.put("full", figures(full, GraphPrediction.evaluate(driver, truth)));
            var blockingRecall = BlockingRecall.of(full.records(), BlockingRule.standard(), full.blocking(), truth);
            ((Map<String, Object>) result.get("full")).put("blockingRecall", blockingRecall.recall());
            ((Map<String, Object>) result.get("full")).put("blockingRules", blockingRecall.rules());
            print("full link", full, (Map<?, ?>) result.get("full"));

            heldOut.forEach(manifest -> loader.load(manifest, false));
            var incremental = linking.run(full.model(), true);
            result.put("incremental", figures(incremental, GraphPrediction.evaluate(driver, truth)));
            print("incremental link of " + holdOut, incremental, (Map<?, ?>) result.get("incremental"));
        }
        BenchReport.write(result, out);
        return 0;
    }

    private static Map<String, Object> figures(RecordLinking.Outcome outcome, LinkEvaluation evaluation) {
        var f = new LinkedHashMap<String, Object>(outcome.counts());
        f.put("readSeconds", round(outcome.readSeconds()));
        f.put("linkSeconds", round(outcome.linkSeconds()));
        f.put("writeSeconds", round(outcome.writeSeconds()));
        f.put("personSeconds", round(outcome.personSeconds()));
        f.put("totalSeconds", round(outcome.totalSeconds()));
        f.put("pairwisePrecision", evaluation.pairwise().precision());
        f.put("pairwiseRecall", evaluation.pairwise().recall());
        f.put("pairwiseF1", evaluation.pairwise().f1());
        f.put("linkPrecision", evaluation.links().precision());
        f.put("entitiesExact", evaluation.entitiesExact());
        f.put("entities", evaluation.entities());
        f.put("entitiesSplit", evaluation.entitiesSplit());
        f.put("personsMixed", evaluation.personsMixed());
        return f;
    }

    private static void print(String name, RecordLinking.Outcome outcome, Map<?, ?> f) {
        System.out.printf(
                "%s: %,d records (%,d linked), %,d candidate pairs, %,d persons in %.1f s (reading %.1f, linking"
                        + " %.1f, writing links %.1f, persons %.1f); pairwise precision %.4f, recall %.4f%s%n",
                name,
                f.get("records"),
                f.get("linkedRecords"),
                f.get("candidatePairs"),
                f.get("persons"),
                outcome.totalSeconds(),
                outcome.readSeconds(),
                outcome.linkSeconds(),
                outcome.writeSeconds(),
                outcome.personSeconds(),
                (double) f.get("pairwisePrecision"),
                (double) f.get("pairwiseRecall"),
                f.containsKey("blockingRecall")
                        ? String.format("; blocking kept %.4f of true pairs", (double) f.get("blockingRecall"))
                        : "");
    }

    private static double round(double seconds) {
        return Math.round(seconds * 10) / 10.0;
    }
}
