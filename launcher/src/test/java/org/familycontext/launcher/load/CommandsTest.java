/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.familycontext.launcher.CommandRun.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.familycontext.demo.GeneratedDemoCouncil;
import org.familycontext.launcher.serve.EmbeddedNeo4j;
import org.familycontext.manifest.ManifestReader;
import org.familycontext.model.schema.Drivers;
import org.familycontext.model.schema.SchemaMigrations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;

/** The data manager's commands as they are typed: generate, load (and --dry-run), status, quality. */
class CommandsTest {

    @TempDir
    static Path dir;

    static EmbeddedNeo4j neo4j;
    static Path council;

    @BeforeAll
    static void startNeo4jAndGenerate() {
        neo4j = EmbeddedNeo4j.start(dir.resolve("neo4j"), 0);
        council = dir.resolve("council");
        var generated =
                run("generate", "--people", "600", "--seed", "5", "--noise", "high", "--out", council.toString());
        assertThat(generated.exitCode()).isZero();
        assertThat(generated.out()).contains("Wrote 600 people").contains("lcs").contains("ctf");
    }

    @AfterAll
    static void stopNeo4j() {
        neo4j.close();
    }

    @Test
    void generateRefusesACouncilTooSmallToHoldEveryKindOfFamily() {
        var tooSmall =
                run("generate", "--people", "10", "--out", dir.resolve("small").toString());
        assertThat(tooSmall.exitCode()).isEqualTo(2);
        assertThat(tooSmall.err()).contains("--people must be between 500 and 5000000");
    }

    @Test
    void loadThenStatusAndQualityReportEverySource() throws IOException {
        var manifests = ManifestReader.findIn(council);
        var dryRun = run(withArgs(
                List.of("load", "--dry-run", "--reports", dir.resolve("r1").toString()), manifests));
        assertThat(dryRun.exitCode()).isZero();
        assertThat(dryRun.out()).contains("lcs (dry run): read");

        var load = run(withArgs(
                List.of(
                        "load",
                        "--neo4j",
                        neo4j.boltUri(),
                        "--reports",
                        dir.resolve("r2").toString()),
                manifests));
        assertThat(load.exitCode()).as(load.err()).isZero();
        assertThat(load.out()).contains("gp: read").contains("rejected");

        var status = run("status", "--neo4j", neo4j.boltUri());
        assertThat(status.exitCode()).isZero();
        for (var manifest : manifests) {
            var source = manifest.getFileName().toString().replace(".manifest.yaml", "");
            assertThat(status.out()).contains(source);
        }

        try (var driver = Drivers.open(neo4j.boltUri(), AuthTokens.none());
                var session = driver.session()) {
            session.run("CREATE (:DataProblem {id: 'quality-test', source: 'gp', status: 'SENT_TO_SOURCE'})")
                    .consume();
        }
        var quality = run("quality", "--neo4j", neo4j.boltUri());
        assertThat(quality.exitCode()).isZero();
        assertThat(quality.out()).contains("gp");
        var gp = quality.out().substring(quality.out().indexOf("\ngp:"));
        assertThat(gp).contains("Problems reported by users:").containsPattern("sent to source +1\n");
    }

    @Test
    void aBrokenManifestStopsTheLoadBeforeAnyRowWithExitStatus2() throws IOException {
        var broken = dir.resolve("broken.manifest.yaml");
        Files.writeString(broken, "source:\n  name: broken\nfiles: []\n");
        var load = run("load", "--neo4j", neo4j.boltUri(), broken.toString());
        assertThat(load.exitCode()).isEqualTo(2);
        assertThat(load.err()).contains("broken.manifest.yaml");
    }

    @Test
    void aStoreHoldingTheDemoCouncilRefusesACouncilsExtracts() throws IOException {
        try (var demoStore = EmbeddedNeo4j.start(dir.resolve("demo-neo4j"), 0);
                var driver = Drivers.open(demoStore.boltUri(), AuthTokens.none())) {
            SchemaMigrations.apply(driver);
            new GeneratedDemoCouncil(driver, dir.resolve("demo-council")).loadIfEmpty();
            long recordsBefore = records(driver);

            var load = run(withArgs(
                    List.of(
                            "load",
                            "--neo4j",
                            demoStore.boltUri(),
                            "--reports",
                            dir.resolve("r3").toString()),
                    ManifestReader.findIn(council)));

            assertThat(load.exitCode()).isEqualTo(2);
            assertThat(load.err()).contains("holds the demo council").contains("--no-demo");
            assertThat(records(driver)).isEqualTo(recordsBefore);
        }
    }

    @Test
    void loadingIntoAStoppedStoreWritesWhatLoadingOverBoltWrites() throws IOException {
        var manifests = ManifestReader.findIn(council);
        var inProcess = dir.resolve("offline-store");
        for (var reports : List.of("r4", "r5")) { // the second time, every row is unchanged
            var load = run(withArgs(
                    List.of(
                            "load",
                            "--data-dir",
                            inProcess.toString(),
                            "--no-resolve",
                            "--reports",
                            dir.resolve(reports).toString()),
                    manifests));
            assertThat(load.exitCode()).as(load.err()).isZero();
        }

        List<String> overBolt;
        try (var store = EmbeddedNeo4j.start(dir.resolve("bolt-store"), 0);
                var driver = Drivers.open(store.boltUri(), AuthTokens.none())) {
            var load = run(withArgs(
                    List.of(
                            "load",
                            "--neo4j",
                            store.boltUri(),
                            "--no-resolve",
                            "--reports",
                            dir.resolve("r6").toString()),
                    manifests));
            assertThat(load.exitCode()).as(load.err()).isZero();
            overBolt = contents(driver);
        }
        try (var store = EmbeddedNeo4j.start(inProcess, 0);
                var driver = Drivers.open(store.boltUri(), AuthTokens.none())) {
            assertThat(contents(driver)).hasSizeGreaterThan(1_000).isEqualTo(overBolt);
            try (var session = driver.session()) {
                var second = session.run("""
                                MATCH (run:LoadRun) WHERE run.rejectReport CONTAINS '/r5/'
                                RETURN sum(run.loaded + run.updated) AS changed, sum(run.unchanged) AS unchanged
                                """).single();
                assertThat(second.get("changed").asLong()).isZero();
                assertThat(second.get("unchanged").asLong()).isPositive();
            }

            var whileOpen = run(withArgs(
                    List.of(
                            "load",
                            "--data-dir",
                            inProcess.toString(),
                            "--reports",
                            dir.resolve("r7").toString()),
                    manifests));
            assertThat(whileOpen.exitCode()).isEqualTo(2);
            assertThat(whileOpen.err()).contains("is ./family-context serve running on it?");
        }
    }

    /** Every record, address and involvement with its links, as sorted text, without which run last saw it. */
    private static List<String> contents(Driver driver) {
        try (var session = driver.session()) {
            return session
                    .run("""
                            MATCH (n) WHERE n:Record OR n:Address OR n:ServiceInvolvement
                            OPTIONAL MATCH (n)-[l]->(m)
                            RETURN labels(n) AS labels, properties(n) AS node, type(l) AS link,
                                   properties(l) AS linkProperties, coalesce(m.sourceId, m.key) AS to
                            """)
                    .list(r -> r.get("labels").asList() + text(r.get("node").asMap()) + " "
                            + (r.get("link").isNull()
                                    ? ""
                                    : r.get("link").asString()
                                            + text(r.get("linkProperties").asMap()) + ">"
                                            + r.get("to").asString()))
                    .stream()
                    .sorted()
                    .toList();
        }
    }

    private static String text(java.util.Map<String, Object> properties) {
        var sorted = new java.util.TreeMap<>(properties);
        sorted.remove("lastSeenRun");
        return sorted.toString();
    }

    private static long records(Driver driver) {
        try (var session = driver.session()) {
            return session.run("MATCH (r:Record) RETURN count(r) AS n")
                    .single()
                    .get("n")
                    .asLong();
        }
    }

    private static String[] withArgs(List<String> first, List<Path> paths) {
        var args = new ArrayList<>(first);
        paths.forEach(p -> args.add(p.toString()));
        return args.toArray(String[]::new);
    }
}
