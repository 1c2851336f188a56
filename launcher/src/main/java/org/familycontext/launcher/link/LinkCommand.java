/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.link;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.familycontext.analytics.family.FamilyBuilder;
import org.familycontext.launcher.connect.GraphConnection;
import org.familycontext.matching.LinkOptions;
import org.familycontext.matching.RecordLinking;
import org.familycontext.matching.blocking.BlockingRule;
import org.familycontext.matching.comparison.Comparisons;
import org.familycontext.matching.evaluation.BlockingRecall;
import org.familycontext.matching.evaluation.Truth;
import org.familycontext.matching.household.HouseholdBuilder;
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

    @Option(
            names = "--truth",
            paramLabel = "FILE",
            description = "A truth file (source, sourceId, entityId): also report, per blocking rule, how many true"
                    + " pairs it kept.")
    Path truthFile;

    @Option(
            names = "--no-households",
            description = "Do not rebuild households, inferred ties and families after linking (./family-context"
                    + " households and ./family-context families do it alone).")
    boolean noHouseholds;

    @Mixin
    GraphConnection graph;

    /** Why a saved model cannot score with the comparisons this version makes, or null when it can. */
    private static String fitsTheComparisons(MatchModel model) {
        var comparisons = Comparisons.standard();
        if (model.comparisons() == null || model.comparisons().size() != comparisons.size()) {
            return "it has "
                    + (model.comparisons() == null ? 0 : model.comparisons().size()) + " comparisons, not "
                    + comparisons.size();
        }
        for (int c = 0; c < comparisons.size(); c++) {
            var saved = model.comparisons().get(c);
            var now = comparisons.get(c);
            if (!now.name().equals(saved.name()) || !now.levels().equals(saved.levels())) {
                return "comparison " + (c + 1) + " is '" + saved.name() + "', expected '" + now.name()
                        + "' with levels " + now.levels();
            }
            if (saved.m() == null
                    || saved.u() == null
                    || saved.m().length != now.levels().size()
                    || saved.u().length != now.levels().size()) {
                return "comparison '" + saved.name() + "' lacks m or u for every level";
            }
        }
        return null;
    }

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
            if (!Files.isRegularFile(model)) {
                System.err.println("Model file " + model + ": no such file");
                return 2;
            }
            try {
                given = json.readValue(model.toFile(), MatchModel.class);
            } catch (RuntimeException e) {
                System.err.println("Model file " + model + " is unusable: " + e.getMessage());
                return 2;
            }
            var problem = fitsTheComparisons(given);
            if (problem != null) {
                System.err.println("Model file " + model + " does not fit this version's comparisons (" + problem
                        + "): train a new one with link, without --model.");
                return 2;
            }
        }
        Truth truth = null;
        if (truthFile != null) {
            try {
                truth = Truth.read(truthFile);
            } catch (IOException | IllegalArgumentException e) {
                System.err.println("Truth file unusable: " + e.getMessage());
                return 2;
            }
        }
        RecordLinking.Outcome outcome;
        try (var open = graph.open()) {
            SchemaMigrations.apply(open.driver());
            outcome = new RecordLinking(open.driver(), options).run(given, incremental);
            if (!noHouseholds) {
                long started = System.nanoTime();
                var households = HouseholdBuilder.rebuild(open.driver());
                System.out.printf(
                        "Households: %,d (%,d memberships), %,d inferred ties, in %.1f s%n",
                        households.households(),
                        households.memberships(),
                        households.inferredTies(),
                        (System.nanoTime() - started) / 1e9);
                var families = FamilyBuilder.rebuild(open.driver());
                System.out.printf(
                        "Families: %,d (%,d people), in %.1f s%n",
                        families.families(), families.members(), families.seconds());
            }
        } catch (RecordLinking.NothingLinkedYet e) {
            System.err.println(e.getMessage());
            return 2;
        }
        if (given == null) {
            var out = saveModel != null
                    ? saveModel
                    : Path.of("models", outcome.model().version() + ".json");
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            json.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), outcome.model());
            System.out.println("Model " + outcome.model().version() + " saved to " + out);
        }
        outcome.blocking()
                .rules()
                .forEach(rule -> System.out.printf(
                        "  blocking rule %-60s %,12d pairs in %,d blocks (%d blocks too large)%n",
                        rule.rule(), rule.pairs(), rule.blocks(), rule.blocksTooLarge()));
        if (truth != null) {
            var recall = BlockingRecall.of(outcome.records(), BlockingRule.standard(), outcome.blocking(), truth);
            recall.rules()
                    .forEach(rule -> System.out.printf(
                            "  truth: rule %-60s kept %,d true pairs of the %,d it chose%n",
                            rule.rule(), rule.truePairs(), rule.pairs()));
            System.out.printf(
                    "  truth: blocking kept %,d of %,d true pairs (%.4f): the ceiling on recall%n",
                    recall.truePairsKept(), recall.truePairs(), recall.recall());
        }
        var c = outcome.counts();
        System.out.printf(
                "%,d records (%,d linked this run), %,d candidate pairs: %,d automatic links, %,d for review;"
                        + " %,d persons%n",
                c.get("records"),
                c.get("linkedRecords"),
                c.get("candidatePairs"),
                c.get("autoLinks"),
                c.get("reviewLinks"),
                c.get("persons"));
        System.out.printf(
                "Time: reading %.1f s; blocking, training, scoring and clustering %.1f s; writing links %.1f s;"
                        + " forming persons %.1f s; total %.1f s%n",
                outcome.readSeconds(),
                outcome.linkSeconds(),
                outcome.writeSeconds(),
                outcome.personSeconds(),
                outcome.totalSeconds());
        return 0;
    }
}
