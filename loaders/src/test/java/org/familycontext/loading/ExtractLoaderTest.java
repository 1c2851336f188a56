/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.loading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.apache.commons.io.file.PathUtils;
import org.familycontext.manifest.ManifestReader;
import org.familycontext.model.testing.InProcessNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractLoaderTest {

    private static final Path HOUSING = Path.of("src/test/resources/extracts/housing");

    @TempDir
    Path dir;

    @BeforeEach
    void emptyStore() {
        InProcessNeo4j.clear();
    }

    @Test
    void loadsRecordsAddressesInvolvementsAndTiesAsTheManifestSays() {
        var report = load(HOUSING, false);

        assertThat(report.summary())
                .startsWith("test-housing: read 5 = loaded 4 + updated 0 + unchanged 0 + rejected 1");
        assertThat(report.reconciles()).isTrue();
        try (var session = InProcessNeo4j.driver().session()) {
            var zoe = session.run("MATCH (r:Record {source: 'test-housing', sourceId: 'T-3'}) RETURN r")
                    .single()
                    .get("r");
            // windows-1252 decoded, "SURNAME, Forename Middle" split
            assertThat(zoe.get("forename").asString()).isEqualTo("Zoë");
            assertThat(zoe.get("middleNames").asString()).isEqualTo("Aoife");
            assertThat(zoe.get("surname").asString()).isEqualTo("ÓGÁIN");
            assertThat(zoe.get("birthDate").asString()).isEqualTo("1991-02-11");
            var kate = session.run("""
                    MATCH (r:Record {source: 'test-housing', sourceId: 'T-1'})-[:HAS_INVOLVEMENT]->(i),
                          (r)-[l:LIVED_AT]->(a), (r)-[t:PARTNER_OF]->(:Record {sourceId: 'T-2'})
                    RETURN i.details AS details, i.service AS service, a.postcode AS postcode, a.lines AS lines,
                           l.fromDate AS since, t.kind AS kind, r.nhsNumber AS nhs
                    """).single();
            assertThat(kate.get("details").asList(v -> v.asString())).containsExactly("Rent arrears over 6 weeks=Open");
            assertThat(kate.get("service").asString()).isEqualTo("HOUSING");
            assertThat(kate.get("postcode").asString()).isEqualTo("XD1 4LC");
            assertThat(kate.get("lines").asString()).isEqualTo("14 Larch Close, Demoton");
            assertThat(kate.get("since").asString()).isEqualTo("2020-02-01");
            assertThat(kate.get("kind").asString()).isEqualTo("cohabiting");
            assertThat(kate.get("nhs").asString()).isEqualTo("9991000372");
            var run = session.run("MATCH (run:LoadRun)-[:OF]->(:Source {name: 'test-housing'}) RETURN run")
                    .single()
                    .get("run");
            assertThat(run.get("status").asString()).isEqualTo("completed");
            assertThat(run.get("read").asLong()).isEqualTo(5);
        }
    }

    @Test
    void theRelationshipToAPersonNotInTheExtractIsRejectedByName() throws IOException {
        var report = load(HOUSING, false);
        assertThat(BadInputCorpusTest.rows(report.rejectReport()))
                .singleElement()
                .satisfies(r -> assertThat(r)
                        .containsEntry("file", "members")
                        .containsEntry("line", "3")
                        .containsEntry("field", "recordId"));
    }

    @Test
    void loadingTheSameExtractAgainChangesNothing() {
        load(HOUSING, false);
        var before = GraphSignature.of(InProcessNeo4j.driver());
        var again = load(HOUSING, false);
        assertThat(again.unchanged()).isEqualTo(4);
        assertThat(again.loaded() + again.updated()).isZero();
        assertThat(GraphSignature.of(InProcessNeo4j.driver())).isEqualTo(before);
    }

    @Test
    void aNewerSnapshotUpdatesWhatChangedAndMarksWhatDisappearedAsNoLongerCurrent() throws IOException {
        load(HOUSING, false);
        var newer = dir.resolve("newer");
        PathUtils.copyDirectory(HOUSING, newer);
        var tenants = newer.resolve("tenants.csv");
        var cp1252 = Charset.forName("windows-1252");
        var lines = Files.readAllLines(tenants, cp1252);
        lines.set(1, lines.get(1).replace(",Y", ",N")); // Kate's arrears cleared
        lines.remove(3); // Zoë's tenancy is no longer in the extract
        Files.write(tenants, lines, cp1252);

        var report = load(newer, false);

        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.unchanged()).isEqualTo(2);
        assertThat(report.noLongerCurrent()).isGreaterThanOrEqualTo(2); // her record and her tenancy
        try (var session = InProcessNeo4j.driver().session()) {
            var zoe = session.run("MATCH (r:Record {sourceId: 'T-3'}) RETURN r.current AS current")
                    .single();
            assertThat(zoe.get("current").asBoolean()).isFalse(); // kept, not deleted
            var details = session.run("MATCH (:Record {sourceId: 'T-1'})-[:HAS_INVOLVEMENT]->(i) RETURN i.details AS d")
                    .single()
                    .get("d")
                    .asList(v -> v.asString());
            assertThat(details).containsExactly("Rent arrears over 6 weeks=No records");
        }
    }

    @Test
    void aDryRunChecksEverythingAndWritesNothing() {
        var report = load(HOUSING, true);
        assertThat(report.read()).isEqualTo(5);
        assertThat(report.rejected()).isZero(); // a missing relationship partner is only known to the graph
        try (var session = InProcessNeo4j.driver().session()) {
            assertThat(session.run("MATCH (n) WHERE NOT n:__Neo4jMigration RETURN count(n) AS n")
                            .single()
                            .get("n")
                            .asLong())
                    .isZero();
        }
    }

    @Test
    void aFirstLoadWithTheSameRecordInTwoBatchesKeepsOneRecordWithItsLastRow() throws IOException {
        // New records are created outright; a key seen again in a later batch must be merged, not created twice.
        // These keys all fall to the same one of the two writers, so with two rows a batch, A1 comes back in the
        // fifth batch, whose creation fails on the key's constraint and is written again with look-ups.
        var folder = dir.resolve("twice");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("people.csv"), """
                ID,FORENAME,SURNAME
                A1,Kate,Smyth
                B2,Bill,Jones
                C3,Ann,Lee
                D4,Tom,Lee
                E5,Sue,Ray
                F6,Ben,Ray
                G7,Amy,Cole
                H8,Dan,Cole
                A1,Catherine,Smyth
                """);
        Files.writeString(folder.resolve("twice.manifest.yaml"), """
                source:
                  name: test-twice
                  system: Test early help
                  service: EARLY_HELP
                  dataCurrentAsOf: 2026-11-18
                files:
                  - name: people
                    path: people.csv
                    fields:
                      record.sourceId: { column: ID }
                      record.forename: { column: FORENAME }
                      record.surname: { column: SURNAME }
                """);
        var loader = new ExtractLoader(
                InProcessNeo4j.driver(), dir.resolve("reports"), Clock.systemUTC(), Progress.none(), 2);

        var report = loader.load(ManifestReader.read(folder.resolve("twice.manifest.yaml")), false);

        assertThat(report.reconciles()).isTrue();
        assertThat(report.rejected()).isZero();
        assertThat(report.loaded()).isEqualTo(8);
        assertThat(report.updated()).isEqualTo(1);
        try (var session = InProcessNeo4j.driver().session()) {
            var names = session.run(
                            "MATCH (r:Record {source: 'test-twice'}) RETURN r.sourceId AS id, r.forename AS name")
                    .list(r -> r.get("id").asString() + "=" + r.get("name").asString());
            assertThat(names).hasSize(8).contains("A1=Catherine", "B2=Bill").doesNotContain("A1=Kate");
        }
    }

    private LoadReport load(Path folder, boolean dryRun) {
        var loader = new ExtractLoader(
                InProcessNeo4j.driver(), dir.resolve("reports"), Clock.systemUTC(), Progress.none(), 2);
        return loader.load(ManifestReader.read(folder.resolve("housing.manifest.yaml")), dryRun);
    }
}
