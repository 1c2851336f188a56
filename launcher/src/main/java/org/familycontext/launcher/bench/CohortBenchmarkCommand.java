/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.familycontext.analytics.family.FamilyBuilder;
import org.familycontext.launcher.serve.EmbeddedNeo4j;
import org.familycontext.model.schema.Drivers;
import org.familycontext.model.schema.SchemaMigrations;
import org.neo4j.driver.AuthTokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The cohort benchmark of docs/benchmarks.md: on a council loaded and linked by {@code bench-api} (the same store,
 * or a new one built the same way), the families are built, then each of the analysts' questions ({@link
 * CohortCases}) is asked over HTTP as the analyst, one at a time, after one untimed round.
 */
@Command(
        name = "bench-cohort",
        mixinStandardHelpOptions = true,
        defaultValueProvider = ApiBenchmarkCommand.MillionPeople.class,
        description = {
            "Measures family-level cohort queries: builds the families of a loaded and linked council, then times"
                    + " each analyst's question over HTTP.",
            "Exit status: 0 measured (see the summary for the targets); 2 bad options or an unusable store."
        })
public class CohortBenchmarkCommand implements Callable<Integer> {

    static final double QUERY_TARGET_SECONDS = 5;
    static final double MATRIX_TARGET_SECONDS = 10;

    @Mixin
    BenchCouncil councilOptions;

    @Option(
            names = "--store",
            paramLabel = "DIR",
            description = "A store bench-api built (reused), or an empty folder to build one in (default: a new folder"
                    + " in the work folder).")
    Path store;

    @Option(
            names = "--work-dir",
            defaultValue = "target/bench-cohort",
            description = "Scratch folder (default: ${DEFAULT-VALUE}).")
    Path workDir;

    @Option(
            names = "--out",
            defaultValue = "target/bench-cohort/result.json",
            description = "Result file (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(
            names = "--repeats",
            defaultValue = "5",
            description = "Timed runs of each question (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Override
    public Integer call() throws IOException {
        ProcessMemory.track();
        if (repeats < 1) {
            System.err.println("--repeats must be at least 1");
            return 2;
        }
        var folder = BenchStore.folderFor(store, workDir);
        if (folder == null) {
            return 2;
        }
        boolean reuse = BenchStore.isBuilt(folder);
        var result = new LinkedHashMap<String, Object>();
        result.put("cores", Runtime.getRuntime().availableProcessors());
        try (var db = EmbeddedNeo4j.start(folder, 0);
                var driver = Drivers.open(db.boltUri(), AuthTokens.none())) {
            var built = reuse ? BenchStore.note(folder) : BenchStore.build(db, folder, councilOptions, workDir);
            SchemaMigrations.apply(driver);
            result.put("council", built);
            System.out.printf("Council: %s people%n", built.get("people"));

            var families = FamilyBuilder.rebuild(driver);
            System.out.printf(
                    "Families built: %,d families, %,d members, %,d related groups in %.1f s%n",
                    families.families(), families.members(), families.relatedGroups(), families.seconds());
            result.put(
                    "families",
                    Map.of(
                            "families", families.families(),
                            "members", families.members(),
                            "relatedGroups", families.relatedGroups(),
                            "seconds", families.seconds()));

            result.put("queries", ask(db));
        }
        BenchReport.write(result, out);
        return 0;
    }

    private java.util.List<Map<String, Object>> ask(EmbeddedNeo4j db) {
        var answers = new ArrayList<Map<String, Object>>();
        try (var service = BenchService.start(db.boltUri());
                var client = new GraphQlClient(service.graphQlUrl(), "ana.analyst", "demo-ana")) {
            System.out.printf("Each question once untimed, then %d times, one at a time:%n", repeats);
            for (var question : CohortCases.all()) {
                var first = client.post(question.query(), question.variables());
                var stats = new LatencyStats();
                for (int i = 0; i < repeats; i++) {
                    stats.record(client.post(question.query(), question.variables()));
                }
                double target = question.matrix() ? MATRIX_TARGET_SECONDS : QUERY_TARGET_SECONDS;
                double slowest = stats.endToEndMillisAt(100) / 1000;
                boolean met = first.errors().isEmpty() && slowest >= 0 && slowest <= target;
                System.out.printf(
                        "  %-4s %-62s %s (target %.0f s)%s%n",
                        met ? "MET" : "NOT",
                        question.name(),
                        stats.line(),
                        target,
                        first.errors().isEmpty() ? "" : "; errors: " + first.errors());
                var answer = new LinkedHashMap<String, Object>();
                answer.put("question", question.name());
                answer.put("targetSeconds", target);
                answer.put("met", met);
                answer.put("firstErrors", first.errors());
                answer.putAll(stats.summary());
                answers.add(answer);
            }
        }
        return answers;
    }
}
