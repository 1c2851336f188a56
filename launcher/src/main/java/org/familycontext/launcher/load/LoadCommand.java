/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.load;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.familycontext.demo.GeneratedDemoCouncil;
import org.familycontext.launcher.connect.Neo4jConnection;
import org.familycontext.launcher.serve.EmbeddedNeo4j;
import org.familycontext.loading.CypherRunner;
import org.familycontext.loading.ExtractException;
import org.familycontext.loading.ExtractLoader;
import org.familycontext.loading.LoadReport;
import org.familycontext.loading.Progress;
import org.familycontext.manifest.Manifest;
import org.familycontext.manifest.ManifestException;
import org.familycontext.manifest.ManifestReader;
import org.familycontext.matching.PersonResolver;
import org.familycontext.model.schema.Drivers;
import org.familycontext.model.schema.SchemaMigrations;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "load",
        mixinStandardHelpOptions = true,
        description = {
            "Loads source extracts as their manifests describe (see docs/loading.md).",
            "Exit status: 0 loaded; 1 more rows rejected than a manifest tolerates, or a file could not be read to its"
                    + " end; 2 a manifest or file is unusable."
        })
public class LoadCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "MANIFEST", description = "Manifest files (*.manifest.yaml).")
    List<Path> manifests;

    @Option(names = "--dry-run", description = "Check manifests and every row; write nothing to the graph.")
    boolean dryRun;

    @Option(
            names = "--reports",
            defaultValue = "reports",
            description = "Folder for reject reports (default: ${DEFAULT-VALUE}).")
    Path reports;

    @Option(
            names = "--batch-size",
            defaultValue = "5000",
            description = "Rows per transaction (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--no-resolve", description = "Do not re-form resolved persons after loading.")
    boolean noResolve;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "Load straight into the store in this folder (the one serve --data-dir DIR uses) while"
                    + " serve is stopped: faster than over Bolt, for a first or bulk load. Instead of --neo4j.")
    Path dataDir;

    @Mixin
    Neo4jConnection neo4j;

    @Override
    public Integer call() {
        var read = new ArrayList<Manifest>();
        boolean unusable = false;
        for (var path : manifests) {
            try {
                read.add(ManifestReader.read(path));
            } catch (ManifestException e) {
                System.err.println(e.getMessage());
                unusable = true;
            }
        }
        if (unusable) {
            return 2;
        }
        if (dataDir != null && !dryRun) {
            EmbeddedNeo4j store;
            try {
                store = EmbeddedNeo4j.start(dataDir, 0);
            } catch (RuntimeException e) {
                System.err.println("Cannot open the store in " + dataDir + " (is ./family-context serve running on it?"
                        + " Then load through it, without --data-dir): " + e.getMessage());
                return 2;
            }
            try (store) {
                return load(read, () -> Drivers.open(store.boltUri(), AuthTokens.none()), store.cypherRunner());
            }
        }
        return load(read, dryRun ? () -> null : neo4j::open, null);
    }

    /** @param cypher where rows are written; null to write over the driver's Bolt connection */
    private int load(List<Manifest> read, Supplier<Driver> connect, CypherRunner cypher) {
        boolean unusable = false;
        var reportsOut = new ArrayList<LoadReport>();
        try (var driver = connect.get()) {
            if (driver != null) {
                SchemaMigrations.apply(driver);
                if (GeneratedDemoCouncil.isIn(driver)) {
                    System.err.println("This Neo4j holds the demo council: extracts loaded beside it would be mixed"
                            + " with invented people. Start an empty store (./family-context serve --no-demo"
                            + " --data-dir data/council) or give --neo4j another Neo4j.");
                    return 2;
                }
            }
            var writes = cypher != null ? cypher : driver == null ? null : CypherRunner.over(driver);
            var loader = new ExtractLoader(writes, reports, Clock.systemUTC(), Progress.forConsole(), batchSize);
            for (var manifest : read) {
                try {
                    var report = loader.load(manifest, dryRun);
                    reportsOut.add(report);
                    System.out.println(report.summary());
                } catch (ExtractException e) {
                    System.err.println(e.getMessage());
                    unusable = true;
                }
            }
            if (driver != null && !noResolve && !reportsOut.isEmpty()) {
                System.out.println("Resolved persons: " + new PersonResolver(driver).resolveAll());
                System.out.println("New records stand alone until linked: ./family-context link (a first or full"
                        + " run), or link --incremental --model models/<version>.json (after a nightly load).");
            }
        }
        if (unusable) {
            return 2;
        }
        var over = reportsOut.stream().filter(r -> !r.withinTolerance()).toList();
        over.forEach(r -> System.err.printf(
                "%s: %.2f%% of rows rejected, more than the %.2f%% tolerated; see %s%n",
                r.source(), r.rejectedPercent(), r.maxRejectedPercent(), r.rejectReport()));
        var cutShort = reportsOut.stream().filter(r -> !r.complete()).toList();
        cutShort.forEach(r -> System.err.printf(
                "%s: not read to the end, so nothing was marked as gone: %s%n",
                r.source(), String.join("; ", r.stoppedEarly())));
        return over.isEmpty() && cutShort.isEmpty() ? 0 : 1;
    }
}
