/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.evaluate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.familycontext.launcher.connect.GraphConnection;
import org.familycontext.matching.evaluation.ErrorExamples;
import org.familycontext.matching.evaluation.GraphPrediction;
import org.familycontext.matching.evaluation.LinkEvaluation;
import org.familycontext.matching.evaluation.Truth;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/** Measures the persons in the graph against a truth file (see docs/matching.md, "Measuring accuracy"). */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = {
            "Compares the resolved persons and accepted links with the truth: pairwise precision, recall and F1,"
                    + " and cluster metrics. Exit status 2 when the truth file is unusable."
        })
public class EvaluateCommand implements Callable<Integer> {

    @Option(
            names = "--truth",
            required = true,
            paramLabel = "FILE",
            description = "CSV with columns source, sourceId, entityId (the generator's truth/records.csv).")
    Path truthFile;

    @Option(
            names = "--json",
            paramLabel = "FILE",
            defaultValue = "reports/evaluation.json",
            description = "Where to write the figures as JSON (default: ${DEFAULT-VALUE}).")
    Path json;

    @Option(
            names = "--examples",
            paramLabel = "FILE",
            description = "Also write up to 200 wrongly joined and 200 missed pairs, side by side, to this CSV.")
    Path examples;

    @Mixin
    GraphConnection graph;

    @Override
    public Integer call() throws IOException {
        Truth truth;
        try {
            truth = Truth.read(truthFile);
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("Truth file unusable: " + e.getMessage());
            return 2;
        }
        LinkEvaluation result;
        try (var open = graph.open()) {
            result = GraphPrediction.evaluate(open.driver(), truth);
            if (examples != null) {
                ErrorExamples.write(open.driver(), truth, GraphPrediction.personOf(open.driver()), 200, examples);
                System.out.println("Examples of wrong and missed pairs written to " + examples);
            }
        }
        print(result);
        if (json.toAbsolutePath().getParent() != null) {
            Files.createDirectories(json.toAbsolutePath().getParent());
        }
        JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValue(json.toFile(), Figures.of(result));
        System.out.println("Written to " + json);
        return 0;
    }

    private static void print(LinkEvaluation r) {
        System.out.printf(
                "%,d records in the truth and the graph: %,d true entities, %,d persons%n",
                r.records(), r.entities(), r.persons());
        line("pairs (persons)", r.pairwise());
        line("accepted links", r.links());
        System.out.printf(
                "clusters: %,d entities resolved exactly (%.2f%%), %,d split over several persons, %,d persons mixing"
                        + " entities%n",
                r.entitiesExact(),
                100.0 * r.entitiesExact() / Math.max(1, r.entities()),
                r.entitiesSplit(),
                r.personsMixed());
    }

    private static void line(String what, LinkEvaluation.Pairwise p) {
        System.out.printf(
                "%-16s precision %.4f  recall %.4f  F1 %.4f  (true %,d, false %,d, missed %,d)%n",
                what, p.precision(), p.recall(), p.f1(), p.truePositives(), p.falsePositives(), p.falseNegatives());
    }

    /** The JSON written: the measures with their counts. */
    record Figures(
            long records,
            long entities,
            long persons,
            Measures pairwise,
            Measures links,
            long entitiesExact,
            long entitiesSplit,
            long personsMixed) {
        static Figures of(LinkEvaluation r) {
            return new Figures(
                    r.records(),
                    r.entities(),
                    r.persons(),
                    Measures.of(r.pairwise()),
                    Measures.of(r.links()),
                    r.entitiesExact(),
                    r.entitiesSplit(),
                    r.personsMixed());
        }
    }

    record Measures(
            double precision, double recall, double f1, long truePositives, long falsePositives, long falseNegatives) {
        static Measures of(LinkEvaluation.Pairwise p) {
            return new Measures(
                    p.precision(), p.recall(), p.f1(), p.truePositives(), p.falsePositives(), p.falseNegatives());
        }
    }
}
