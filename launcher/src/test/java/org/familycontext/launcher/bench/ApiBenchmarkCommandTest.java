/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.familycontext.launcher.CommandRun.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import org.familycontext.demo.DemoCouncil;
import org.familycontext.demo.DemoCouncilLoader;
import org.familycontext.launcher.FamilyContextCommand;
import org.familycontext.launcher.serve.EmbeddedNeo4j;
import org.familycontext.matching.household.HouseholdBuilder;
import org.familycontext.model.schema.Drivers;
import org.familycontext.model.schema.SchemaMigrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** bench-api as it is typed, on a council far too small to judge anything by, for a few seconds. */
class ApiBenchmarkCommandTest {

    @TempDir
    Path dir;

    /**
     * The hand-written demo council (a few families, linked by hand) in a store marked as built, so that the test
     * spends its seconds on the measuring rather than on generating, loading and linking, which bench-link's
     * and the loaders' own tests cover.
     */
    private Path demoCouncilStore() {
        var store = dir.resolve("store");
        try (var db = EmbeddedNeo4j.start(store, 0);
                var driver = Drivers.open(db.boltUri(), AuthTokens.none())) {
            SchemaMigrations.apply(driver);
            new DemoCouncilLoader(driver).load(DemoCouncil.bundled());
            HouseholdBuilder.rebuild(driver);
        }
        var note = new LinkedHashMap<String, Object>();
        note.put("extracts", "the hand-written demo council");
        note.put("people", null);
        BenchStore.writeNote(store, note);
        return store;
    }

    @Test
    void measuresEveryRequestOnTheServerAndUnderConcurrentUsersAndWritesTheVerdicts() throws IOException {
        var store = demoCouncilStore();
        var out = dir.resolve("result.json");
        var run = run(
                "bench-api",
                "--store",
                store.toString(),
                "--work-dir",
                dir.toString(),
                "--out",
                out.toString(),
                "--requests",
                "10",
                "--warm-up",
                "2",
                "--users",
                "4",
                "--duration",
                "2s",
                "--think-time",
                "100ms");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Reusing the store in").contains("Targets (set for 1,000,000 people");

        var result = JsonMapper.builder().build().readTree(out.toFile());
        assertThat(result.path("council").path("extracts").asString()).isEqualTo("the hand-written demo council");
        assertThat(result.path("council").path("persons").asLong()).isPositive();

        var network = result.path("serverSide").path("familyNetworkDepth3");
        var search = result.path("serverSide").path("searchPeople");
        for (var timed : new JsonNode[] {network, search}) {
            assertThat(timed.path("requests").asInt()).isEqualTo(10);
            assertThat(timed.path("errors").asInt()).as(timed.toString()).isZero();
            // Every answer said how long the server worked, and that is less than the whole round trip.
            assertThat(timed.has("requestsWithoutServerTime")).isFalse();
            assertThat(timed.path("serverMillis").path("p50").asDouble())
                    .isPositive()
                    .isLessThanOrEqualTo(
                            timed.path("endToEndMillis").path("p50").asDouble());
        }
        var byKind = result.path("serverSide").path("searchPeopleByKind");
        assertThat(byKind.path("NAME").path("foundTheirPerson").asInt())
                .as("a search by a name as a record holds it finds the person it was taken from")
                .isPositive();
        assertThat(byKind.path("IDENTIFIER").path("foundTheirPerson").asInt())
                .as("a search by identifier finds the person it was taken from")
                .isPositive();

        var concurrent = result.path("concurrent");
        assertThat(concurrent.path("users").asInt()).isEqualTo(4);
        assertThat(concurrent.path("errors").asInt()).as(concurrent.toString()).isZero();
        for (var step : ConcurrentUsers.STEPS) {
            assertThat(concurrent.path("byRequest").path(step).path("requests").asInt())
                    .as(step)
                    .isPositive();
        }
        assertThat(result.path("atTargetScale").asBoolean()).isFalse();
        assertThat(result.path("targets")).hasSize(2 + ConcurrentUsers.STEPS.size() + 1);
        assertThat(result.path("targets").get(0).path("target").asString()).startsWith("familyNetwork (depth 3)");
        assertThat(result.path("processPeakRssBytes").asLong()).isNotZero();
    }

    @Test
    void refusesAStoreFolderThatAnotherRunDidNotBuild() throws IOException {
        var folder = Files.createDirectories(dir.resolve("something-else"));
        Files.writeString(folder.resolve("notes.txt"), "not a store");

        var run = run("bench-api", "--store", folder.toString(), "--work-dir", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("holds something other than a store a bench-api run loaded and linked");
    }

    @Test
    void theDefaultCouncilIsTheMillionPeopleTheTargetsAreSetFor() {
        var commandLine = FamilyContextCommand.commandLine();
        var benchApi = commandLine.getSubcommands().get("bench-api");
        commandLine.parseArgs("bench-api");
        assertThat(((ApiBenchmarkCommand) benchApi.getCommand()).councilOptions.people)
                .isEqualTo(1_000_000);

        var benchLink = commandLine.getSubcommands().get("bench-link");
        commandLine.parseArgs("bench-link");
        assertThat(((LinkBenchmarkCommand) benchLink.getCommand()).councilOptions.people)
                .isEqualTo(100_000);
    }
}
