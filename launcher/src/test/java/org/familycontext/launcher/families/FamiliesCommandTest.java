/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.families;

import static org.assertj.core.api.Assertions.assertThat;
import static org.familycontext.launcher.CommandRun.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.familycontext.launcher.CommandRun.Result;
import org.familycontext.launcher.serve.EmbeddedNeo4j;
import org.familycontext.manifest.ManifestReader;
import org.familycontext.model.schema.Drivers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;

/**
 * Families on a generated council, end to end as an analyst's data manager runs it: generate, load, link (which
 * forms households and families), then families again; the totals must be plausible and the output hold no name.
 */
class FamiliesCommandTest {

    private static final String AS_OF = "2026-11-20";

    @TempDir
    static Path dir;

    static EmbeddedNeo4j neo4j;
    static Driver driver;
    static Path council;
    static Result linked;

    @BeforeAll
    static void generateLoadAndLink() throws IOException {
        neo4j = EmbeddedNeo4j.start(dir.resolve("neo4j"), 0);
        driver = Drivers.open(neo4j.boltUri(), AuthTokens.none());
        council = dir.resolve("council");
        assertThat(run("generate", "--people", "800", "--seed", "3", "--out", council.toString())
                        .exitCode())
                .isZero();
        var load = new ArrayList<>(List.of(
                "load",
                "--neo4j",
                neo4j.boltUri(),
                "--reports",
                dir.resolve("reports").toString()));
        ManifestReader.findIn(council).forEach(m -> load.add(m.toString()));
        assertThat(run(load.toArray(String[]::new)).exitCode()).isZero();
        linked = run(
                "link",
                "--neo4j",
                neo4j.boltUri(),
                "--save-model",
                dir.resolve("model.json").toString());
    }

    @AfterAll
    static void stop() {
        driver.close();
        neo4j.close();
    }

    @Test
    void linkBuildsFamiliesAfterHouseholds() {
        assertThat(linked.exitCode()).as(linked.err()).isZero();
        assertThat(linked.out()).containsPattern("Families: [0-9,]+ \\([0-9,]+ people\\)");
    }

    @Test
    void familiesPrintsCountsAndNoName() throws IOException {
        var built = run("families", "--neo4j", neo4j.boltUri(), "--as-of", AS_OF);

        assertThat(built.exitCode()).as(built.err()).isZero();
        assertThat(built.out())
                .containsPattern("[0-9,]+ families \\([0-9,]+ people, [0-9,]+ children\\)")
                .contains("No data in this council for: worklessness");
        var names = new ArrayList<String>();
        for (var line : Files.readAllLines(council.resolve("truth/people.csv")).subList(1, 50)) {
            var columns = line.split(",");
            names.add(columns[1]);
            names.add(columns[3]);
        }
        for (var name : names) {
            assertThat(built.out()).doesNotContainPattern("\\b" + Pattern.quote(name) + "\\b");
        }
        assertThat(built.out()).doesNotContainPattern("\\bP[0-9a-f]{16}\\b");
    }

    @Test
    void everyChildWithARecordedParentIsInExactlyOneFamily() {
        run("families", "--neo4j", neo4j.boltUri(), "--as-of", AS_OF);

        // A living child under 18 with a living parent recorded without an end, not a foster carer.
        var children = single("""
                MATCH (c:Person)<-[:PART_OF]-(:Record)<-[t:PARENT_OF]-(:Record)-[:PART_OF]->(p:Person)
                WHERE c.birthDate > '2008-11-20' AND c.deathDate IS NULL AND p.deathDate IS NULL AND p <> c
                  AND t.toDate IS NULL AND t.kind <> 'foster'
                WITH DISTINCT c
                RETURN count(c) AS children,
                       sum(CASE WHEN COUNT { (c)-[:IN_FAMILY]->() } = 1 THEN 1 ELSE 0 END) AS inOne
                """);
        assertThat(children.get("children").asLong()).isPositive();
        assertThat(children.get("inOne").asLong())
                .isEqualTo(children.get("children").asLong());

        assertThat(single("MATCH (p:Person) WHERE COUNT { (p)-[:IN_FAMILY]->() } > 1 RETURN count(p) AS n")
                        .get("n")
                        .asLong())
                .isZero();
        var totals = single("""
                MATCH (f:Family)
                RETURN count(f) AS families, sum(f.children) AS children, sum(f.people) AS people,
                       min(f.children) AS fewestChildren,
                       sum(CASE WHEN f.indicatorCount = size(f.indicators) THEN 0 ELSE 1 END) AS miscounted,
                       count(f.area) AS withArea,
                       COUNT { (:Person)-[:IN_FAMILY {role: 'child'}]->() } AS childLinks,
                       COUNT { (:Person)-[:IN_FAMILY]->() } AS links,
                       COUNT { (p:Person) WHERE p.deathDate IS NULL } AS living
                """);
        long families = totals.get("families").asLong();
        assertThat(families).isPositive();
        assertThat(totals.get("fewestChildren").asLong()).isPositive();
        assertThat(totals.get("children").asLong())
                .isEqualTo(totals.get("childLinks").asLong());
        assertThat(totals.get("people").asLong()).isEqualTo(totals.get("links").asLong());
        assertThat(totals.get("people").asLong())
                .isLessThan(totals.get("living").asLong());
        assertThat(totals.get("miscounted").asLong()).isZero();
        // Every family lives somewhere in a council whose every person has an address.
        assertThat(totals.get("withArea").asLong()).isGreaterThan(families * 9 / 10);
        var build = single("MATCH (b:FamilyBuild) RETURN b.families AS families, b.asOf AS asOf");
        assertThat(build.get("families").asLong()).isEqualTo(families);
        assertThat(build.get("asOf").asString()).isEqualTo(AS_OF);
    }

    @Test
    void aSecondBuildGivesTheSameFamilies() {
        run("families", "--neo4j", neo4j.boltUri(), "--as-of", AS_OF);
        var first = familyIds();

        var again = run("families", "--neo4j", neo4j.boltUri(), "--as-of", AS_OF);

        assertThat(again.out()).contains(String.format("%,d families of the previous build replaced", first.size()));
        assertThat(familyIds()).isEqualTo(first);
    }

    @Test
    void refusesOptionsItCannotBuildWith() {
        var wrong = run("families", "--neo4j", neo4j.boltUri(), "--degrees", "3");
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("degrees must be 1 or 2");
        var missing = run(
                "families",
                "--neo4j",
                neo4j.boltUri(),
                "--indicators",
                dir.resolve("none.yaml").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("cannot read indicators");
    }

    private static List<String> familyIds() {
        try (var session = driver.session()) {
            return session.run("""
                            MATCH (f:Family)
                            RETURN f.id + ':' + f.people + ':' + f.indicatorCount + ':' + f.relatedGroup AS f ORDER BY f
                            """).list(r -> r.get("f").asString());
        }
    }

    private static org.neo4j.driver.Record single(String cypher) {
        try (var session = driver.session()) {
            return session.run(cypher).single();
        }
    }
}
