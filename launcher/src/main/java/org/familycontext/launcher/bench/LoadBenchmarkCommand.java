/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.familycontext.launcher.serve.EmbeddedNeo4j;
import org.familycontext.loading.CypherRunner;
import org.familycontext.loading.ExtractLoader;
import org.familycontext.loading.LoadReport;
import org.familycontext.loading.Progress;
import org.familycontext.manifest.ManifestReader;
import org.familycontext.model.schema.Drivers;
import org.familycontext.model.schema.SchemaMigrations;
import org.neo4j.driver.AuthTokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The loading benchmark of docs/benchmarks.md: a generated council into a fresh in-process Neo4j, then the same
 * extracts again (all unchanged). Prints and writes (JSON) the times, rows per second, heap and peak memory.
 */
@Command(
        name = "bench-load",
        mixinStandardHelpOptions = true,
        description =
                "Measures loading a generated council into a fresh in-process Neo4j, then reloading it unchanged.")
public class LoadBenchmarkCommand implements Callable<Integer> {

    @Mixin
    BenchCouncil councilOptions;

    @Option(
            names = "--work-dir",
            defaultValue = "target/bench-load",
            description = "Scratch folder (default: ${DEFAULT-VALUE}).")
    Path workDir;

    @Option(
            names = "--batch-size",
            defaultValue = "5000",
            description = "Rows per transaction (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(
            names = "--over-bolt",
            description = "Write over Bolt, as load does to a running serve, instead of in-process (as load"
                    + " --data-dir does).")
    boolean overBolt;

    @Option(
            names = "--out",
            defaultValue = "target/bench-load/result.json",
            description = "Result file (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws IOException {
        ProcessMemory.track();
        Files.createDirectories(workDir);
        var council = councilOptions.folder(workDir);
        var manifests = ManifestReader.findIn(council);
        var store = workDir.resolve("neo4j-" + System.currentTimeMillis());
        try (var db = EmbeddedNeo4j.start(store, 0)) {
            try (var driver = Drivers.open(db.boltUri(), AuthTokens.none())) {
                SchemaMigrations.apply(driver);
                var writes = overBolt ? CypherRunner.over(driver) : db.cypherRunner();
                var loader = new ExtractLoader(
                        writes, workDir.resolve("reports"), Clock.systemUTC(), Progress.forConsole(), batchSize);
                var first = run("first load", manifests, loader);
                long records = count(driver, "MATCH (r:Record) RETURN count(r) AS n");
                first.put("recordsPerSecond", Math.round(records / (double) first.get("seconds")));
                System.out.printf(
                        "  %,d person records in the graph (%,d records/s)%n", records, first.get("recordsPerSecond"));
                var second = run("reload, unchanged", manifests, loader);
                var result = new LinkedHashMap<String, Object>();
                result.put("extracts", council.toString());
                result.put("personRecords", records);
                result.put("batchSize", batchSize);
                result.put("writtenThrough", writes.toString());
                result.put("cores", Runtime.getRuntime().availableProcessors());
                result.put("firstLoad", first);
                result.put("reload", second);
                BenchReport.write(result, out);
            }
        }
        return 0;
    }

    private static Map<String, Object> run(String name, List<Path> manifests, ExtractLoader loader) {
        var started = System.nanoTime();
        long read = 0;
        long records = 0;
        var reports = new ArrayList<LoadReport>();
        for (var manifest : manifests) {
            var report = loader.load(ManifestReader.read(manifest), false);
            reports.add(report);
            read += report.read();
        }
        var seconds = (System.nanoTime() - started) / 1e9;
        var result = new LinkedHashMap<String, Object>();
        result.put("seconds", Math.round(seconds * 10) / 10.0);
        result.put("rowsRead", read);
        result.put("rowsPerSecond", Math.round(read / seconds));
        result.put("loaded", reports.stream().mapToLong(LoadReport::loaded).sum());
        result.put("updated", reports.stream().mapToLong(LoadReport::updated).sum());
        result.put(
                "unchanged", reports.stream().mapToLong(LoadReport::unchanged).sum());
        result.put("rejected", reports.stream().mapToLong(LoadReport::rejected).sum());
        System.out.printf("%s: %,d rows in %.1f s (%,d rows/s)%n", name, read, seconds, Math.round(read / seconds));
        return result;
    }

    private static long count(org.neo4j.driver.Driver driver, String cypher) {
        try (var session = driver.session()) {
            return session.run(cypher).single().get("n").asLong();
        }
    }
}
