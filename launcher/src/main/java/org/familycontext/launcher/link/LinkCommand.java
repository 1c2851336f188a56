/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.link;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.concurrent.Callable;
import org.familycontext.launcher.connect.GraphConnection;
import org.familycontext.matching.LinkInput;
import org.familycontext.matching.LinkOptions;
import org.familycontext.matching.LinkRuns;
import org.familycontext.matching.LinkWriter;
import org.familycontext.matching.Linker;
import org.familycontext.matching.PersonResolver;
import org.familycontext.matching.blocking.BlockingRule;
import org.familycontext.matching.comparison.Comparisons;
import org.familycontext.matching.model.MatchModel;
import org.familycontext.model.schema.SchemaMigrations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/** Links the records of the same person across sources and re-forms the persons (see docs/matching.md). */
@Command(
        name = "link",
        mixinStandardHelpOptions = true,
        description = {
            "Links records of the same person: blocks candidate pairs, trains the model on them (or uses --model),"
                    + " scores every pair, writes SAME_AS links with their explanations and re-forms persons."
                    + " Reviewers' decisions are kept and win. With --incremental, only records loaded since the"
                    + " last run are linked, against everything, with the model of --model.",
            "Exit status: 0 linked; 2 bad options or an unusable model file."
        })
public class LinkCommand implements Callable<Integer> {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    @Option(names = "--model", paramLabel = "FILE", description = "Use this trained model instead of training one.")
    Path model;

    @Option(
            names = "--save-model",
            paramLabel = "FILE",
            description = "Where to save the model trained (default: models/<version>.json).")
    Path saveModel;

    @Option(
            names = "--incremental",
            description = "Link only the records loaded since the last run against everything (needs --model).")
    boolean incremental;

    @Option(
            names = "--auto-link",
            defaultValue = "" + LinkOptions.DEFAULT_AUTO_LINK,
            description = "Match probability at or above which records are linked (default: ${DEFAULT-VALUE}).")
    double autoLink;

    @Option(
            names = "--review",
            defaultValue = "" + LinkOptions.DEFAULT_REVIEW,
            description = "Match probability at or above which a pair waits for review (default: ${DEFAULT-VALUE}).")
    double review;

    @Mixin
    GraphConnection graph;

    @Override
    public Integer call() throws IOException {
        LinkOptions options;
        try {
            options = new LinkOptions(autoLink, review, LinkOptions.DEFAULT_MAX_BLOCK);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        if (incremental && model == null) {
            System.err.println("--incremental needs --model FILE: the model the earlier run trained (models/*.json)");
            return 2;
        }
        var json = JsonMapper.builder().build();
        MatchModel given = null;
        if (model != null) {
            try {
                given = json.readValue(model.toFile(), MatchModel.class);
            } catch (RuntimeException e) {
                System.err.println("Model file " + model + " is unusable: " + e.getMessage());
                return 2;
            }
        }
        var started = Instant.now();
        try (var open = graph.open()) {
            var driver = open.driver();
            SchemaMigrations.apply(driver);
            var runs = new LinkRuns(driver);
            long loadStamp = runs.currentLoadStamp();
            Long since = null;
            if (incremental) {
                since = runs.lastLinkedLoadStamp();
                if (since == null) {
                    System.err.println("Nothing was linked yet: run link without --incremental first.");
                    return 2;
                }
            }
            long t0 = System.nanoTime();
            var input = LinkInput.read(driver, since);
            long t1 = System.nanoTime();
            var version = given != null ? given.version() : "fs-" + STAMP.format(started);
            var result = new Linker(Comparisons.standard(), BlockingRule.standard(), options)
                    .link(input.records(), given, version, input.settled());
            long t2 = System.nanoTime();
            if (given == null) {
                var out = saveModel != null ? saveModel : Path.of("models", version + ".json");
                if (out.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(out.toAbsolutePath().getParent());
                }
                json.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), result.model());
                System.out.println("Model " + version + " saved to " + out);
            }
            result.blocking()
                    .rules()
                    .forEach(rule -> System.out.printf(
                            "  blocking rule %-60s %,12d pairs in %,d blocks (%d blocks too large)%n",
                            rule.rule(), rule.pairs(), rule.blocks(), rule.blocksTooLarge()));
            long auto = result.links().stream()
                    .filter(l -> l.status() == Linker.Status.AUTO)
                    .count();
            var runId = "link-" + STAMP.format(started) + (incremental ? "-incremental" : "");
            long written = new LinkWriter(driver).write(input.records(), result, runId, !incremental);
            long t3 = System.nanoTime();
            int persons = new PersonResolver(driver).resolveAll();
            long t4 = System.nanoTime();
            var counts = new LinkedHashMap<String, Object>();
            counts.put("records", input.records().size());
            counts.put(
                    "freshRecords",
                    input.settled().fresh() == null
                            ? input.records().size()
                            : input.settled().fresh().cardinality());
            counts.put("candidatePairs", result.blocking().pairs().length);
            counts.put("autoLinks", auto);
            counts.put("reviewLinks", written - auto);
            counts.put("persons", persons);
            runs.finished(runId, incremental ? "incremental" : "full", version, loadStamp, started, counts);
            System.out.printf(
                    "%,d records (%,d linked this run), %,d candidate pairs: %,d links written (%,d automatic, %,d for"
                            + " review); %,d persons%n",
                    input.records().size(),
                    (Integer) counts.get("freshRecords"),
                    result.blocking().pairs().length,
                    written,
                    auto,
                    written - auto,
                    persons);
            System.out.printf(
                    "Time: reading %.1f s, blocking, training, scoring and clustering %.1f s, writing links %.1f s,"
                            + " forming persons %.1f s; total %.1f s%n",
                    (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9, (t4 - t0) / 1e9);
        }
        return 0;
    }
}
