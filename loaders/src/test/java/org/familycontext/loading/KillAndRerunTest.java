/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.loading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.familycontext.manifest.ManifestReader;
import org.familycontext.model.testing.InProcessNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A load killed half-way (SIGKILL, no chance to clean up) and then run again ends in the same graph as one
 * clean load: nothing missing, nothing twice.
 */
class KillAndRerunTest {

    private static final int PEOPLE = 12_000;

    @TempDir
    Path dir;

    @Test
    void aKilledLoadRunAgainEndsInTheSameGraphAsOneCleanLoad() throws Exception {
        var manifest = writeExtract();
        InProcessNeo4j.clear();
        load(manifest);
        var clean = GraphSignature.of(InProcessNeo4j.driver());
        assertThat(clean).hasSizeGreaterThan(PEOPLE * 3);

        InProcessNeo4j.clear();
        var process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        KillableLoad.class.getName(),
                        InProcessNeo4j.boltUri(),
                        manifest.toString(),
                        dir.resolve("reports").toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("killed-load.log").toFile())
                .start();
        long loadedWhenKilled = 0;
        for (int i = 0; i < 1200 && process.isAlive(); i++) {
            loadedWhenKilled = records();
            if (loadedWhenKilled >= PEOPLE / 4) {
                break;
            }
            Thread.sleep(25);
        }
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        loadedWhenKilled = records();
        assertThat(loadedWhenKilled).as("killed part-way").isPositive().isLessThan(PEOPLE);

        var rerun = load(manifest);

        assertThat(GraphSignature.of(InProcessNeo4j.driver())).isEqualTo(clean);
        assertThat(rerun.reconciles()).isTrue();
        assertThat(rerun.loaded() + rerun.updated() + rerun.unchanged()).isEqualTo(PEOPLE * 2L - 1);
        try (var session = InProcessNeo4j.driver().session()) {
            var statuses = session.run("MATCH (r:LoadRun) RETURN r.status AS s ORDER BY s")
                    .list(r -> r.get("s").asString());
            assertThat(statuses).containsExactly("completed", "interrupted");
        }
    }

    private static long records() {
        try (var session = InProcessNeo4j.driver().session()) {
            return session.run("MATCH (r:Record) RETURN count(r) AS n")
                    .single()
                    .get("n")
                    .asLong();
        }
    }

    private LoadReport load(Path manifest) {
        return new ExtractLoader(
                        InProcessNeo4j.driver(), dir.resolve("reports"), Clock.systemUTC(), Progress.none(), 1000)
                .load(ManifestReader.read(manifest), false);
    }

    /** People with an address and a tenancy each, and a chain of partner relationships between them. */
    private Path writeExtract() throws IOException {
        var people = new StringBuilder("ID,FORENAME,SURNAME,DOB,ADDRESS,POSTCODE,TENANCY\n");
        var ties = new StringBuilder("A,B\n");
        var forenames = List.of("Ann", "Bob", "Cat", "Dan", "Eve", "Fay", "Gus", "Hal");
        for (int i = 0; i < PEOPLE; i++) {
            people.append("P-%d,%s,Surname%s,%02d/%02d/%d,%d Long Road,XD%d %dAB,TEN-%d\n"
                    .formatted(
                            i,
                            forenames.get(i % 8),
                            Integer.toString(i, 26).replaceAll("[0-9]", "x"),
                            1 + i % 28,
                            1 + i % 12,
                            1950 + i % 60,
                            i % 500,
                            1 + i % 9,
                            i % 10,
                            i));
            if (i > 0) {
                ties.append("P-%d,P-%d\n".formatted(i - 1, i));
            }
        }
        Files.writeString(dir.resolve("people.csv"), people);
        Files.writeString(dir.resolve("ties.csv"), ties);
        return Files.writeString(dir.resolve("big.manifest.yaml"), """
                source:
                  name: big
                  system: Generated for the kill test
                  service: HOUSING
                  dataCurrentAsOf: 2026-11-01
                files:
                  - name: people
                    path: people.csv
                    fields:
                      record.sourceId: { column: ID }
                      record.forename: { column: FORENAME }
                      record.surname: { column: SURNAME }
                      record.birthDate: { column: DOB, dateFormats: [dd/MM/yyyy] }
                      address.lines: { column: ADDRESS }
                      address.postcode: { column: POSTCODE }
                      involvement.sourceId: { column: TENANCY }
                      involvement.reason: { constant: Tenancy }
                  - name: ties
                    path: ties.csv
                    fields:
                      relationship.from: { column: A }
                      relationship.to: { column: B }
                      relationship.type: { constant: "PARTNER_OF:cohabiting" }
                """);
    }
}
