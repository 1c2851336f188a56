/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.link;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.familycontext.launcher.connect.GraphConnection;
import org.familycontext.matching.LinkOptions;
import org.familycontext.matching.LinkWriter;
import org.familycontext.matching.Linker;
import org.familycontext.matching.MatchRecords;
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
            "Links records of the same person: blocks candidate pairs, trains the model on them (or uses"
                    + " --model), scores every pair, writes SAME_AS links with their explanations and re-forms"
                    + " persons. Decisions made in review are kept."
        })
public class LinkCommand implements Callable<Integer> {

    private static final DateTimeFormatter VERSION =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    @Option(names = "--model", paramLabel = "FILE", description = "Use this trained model instead of training one.")
    Path model;

    @Option(
            names = "--save-model",
            paramLabel = "FILE",
            description = "Where to save the model trained (default: models/<version>.json).")
    Path saveModel;

    @Option(
            names = "--auto-link",
            defaultValue = "0.99",
            description = "Match probability at or above which records are linked (default: ${DEFAULT-VALUE}).")
    double autoLink;

    @Option(
            names = "--review",
            defaultValue = "0.80",
            description = "Match probability at or above which a pair waits for review (default: ${DEFAULT-VALUE}).")
    double review;

    @Mixin
    GraphConnection graph;

    @Override
    public Integer call() throws IOException {
        LinkOptions options;
        try {
            options = new LinkOptions(autoLink, review, 500);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        var json = JsonMapper.builder().build();
        MatchModel given = model == null ? null : json.readValue(model.toFile(), MatchModel.class);
        var started = System.nanoTime();
        try (var open = graph.open()) {
            var driver = open.driver();
            SchemaMigrations.apply(driver);
            var records = MatchRecords.read(driver);
            var version = given != null ? given.version() : "fs-" + VERSION.format(Instant.now());
            var result =
                    new Linker(Comparisons.standard(), BlockingRule.standard(), options).link(records, given, version);
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
                            "  blocking rule %-50s %,12d pairs in %,d blocks (%d blocks too large)%n",
                            rule.rule(), rule.pairs(), rule.blocks(), rule.blocksTooLarge()));
            long auto = result.links().stream()
                    .filter(l -> l.status() == Linker.Status.AUTO)
                    .count();
            long written = new LinkWriter(driver).write(records, result, version);
            int persons = new PersonResolver(driver).resolveAll();
            System.out.printf(
                    "%,d records, %,d candidate pairs: %,d links written (%,d automatic, %,d for review); %,d persons;"
                            + " %.1f s%n",
                    records.size(),
                    result.blocking().pairs().length,
                    written,
                    auto,
                    written - auto,
                    persons,
                    (System.nanoTime() - started) / 1e9);
        }
        return 0;
    }
}
