/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.familycontext.launcher.CommandRun.run;

import java.nio.file.Path;
import java.util.Map;
import org.familycontext.launcher.serve.EmbeddedNeo4j;
import org.familycontext.matching.PersonResolver;
import org.familycontext.model.schema.Drivers;
import org.familycontext.model.schema.SchemaMigrations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;

/** The review commands as a data manager types them, against a real Neo4j. */
class ReviewCommandTest {

    @TempDir
    static Path dir;

    static EmbeddedNeo4j neo4j;
    static Driver driver;

    @BeforeAll
    static void startNeo4jWithPairsToReview() {
        neo4j = EmbeddedNeo4j.start(dir.resolve("neo4j"), 0);
        driver = Drivers.open(neo4j.boltUri(), AuthTokens.none());
        SchemaMigrations.apply(driver);
        try (var session = driver.session()) {
            session.run("""
                            UNWIND [['lcs', 'C1', 'Ava', '2016-02-01'], ['school', 'S1', 'Ava', '2016-02-01'],
                                    ['gp', 'A1', 'Ola', '1960-01-01'], ['housing', 'H1', 'Ola', '1960-01-01']] AS r
                            CREATE (:Record {source: r[0], sourceId: r[1], forename: r[2], surname: 'Stone',
                                             birthDate: r[3], sex: 'UNKNOWN'})
                            """).consume();
            session.run("""
                            UNWIND [['lcs', 'C1', 'school', 'S1'], ['gp', 'A1', 'housing', 'H1']] AS l
                            MATCH (a:Record {source: l[0], sourceId: l[1]}), (b:Record {source: l[2], sourceId: l[3]})
                            CREATE (a)-[:SAME_AS {status: 'CANDIDATE', probability: 0.9, modelVersion: 'fs-test',
                                                  comparisons: ['prior', 'birth date'], levels: ['share', 'exact'],
                                                  weights: [-6.5, 9.7]}]->(b)
                            """).consume();
        }
        new PersonResolver(driver).resolveAll();
    }

    @AfterAll
    static void stopNeo4j() {
        driver.close();
        neo4j.close();
    }

    @Test
    void listThenConfirmThenSplit() {
        var list = run("review", "list", "--neo4j", neo4j.boltUri());
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out())
                .contains("1. lcs:C1  school:S1   probability 0.900")
                .contains("one record is of a child under 18")
                .contains("evidence: prior share -6.5, birth date exact +9.7 = 3.2 bits")
                .contains("2. gp:A1  housing:H1")
                .contains("1 to 2 of 2 pairs waiting.");
        assertThat(run("review", "list", "--limit", "1", "--neo4j", neo4j.boltUri())
                        .out())
                .contains("More with --offset 1.")
                .doesNotContain("gp:A1");

        var confirm = run(
                "review",
                "confirm",
                "school:S1",
                "lcs:C1",
                "--reason",
                "Same NHS number",
                "--by",
                "j.smith",
                "--neo4j",
                neo4j.boltUri());
        assertThat(confirm.exitCode()).as(confirm.err()).isZero();
        assertThat(confirm.out()).contains("CONFIRMED (decision ").containsPattern("now: +P\\w+ \\[lcs:C1, school:S1]");
        assertThat(run("review", "list", "--neo4j", neo4j.boltUri()).out())
                .doesNotContain("lcs:C1")
                .contains("1 to 1 of 1 pairs waiting.");

        var person = personOf("lcs:C1");
        var split = run(
                "review",
                "split",
                person,
                "school:S1",
                "--reason",
                "Twin: different school year",
                "--by",
                "a.jones",
                "--neo4j",
                neo4j.boltUri());
        assertThat(split.exitCode()).as(split.err()).isZero();
        assertThat(split.out()).contains("SPLIT").contains("[lcs:C1]").contains("[school:S1]");
        assertThat(personOf("school:S1")).isNotEqualTo(personOf("lcs:C1"));
    }

    @Test
    void badInputExitsWith2AndSaysWhatToChange() {
        var noReason = run("review", "reject", "gp:A1", "housing:H1", "--by", "j.smith", "--neo4j", neo4j.boltUri());
        assertThat(noReason.exitCode()).isEqualTo(2);
        assertThat(noReason.err()).contains("--reason");

        var blankReason = run(
                "review",
                "reject",
                "gp:A1",
                "housing:H1",
                "--reason",
                " ",
                "--by",
                "j.smith",
                "--neo4j",
                neo4j.boltUri());
        assertThat(blankReason.exitCode()).isEqualTo(2);
        assertThat(blankReason.err()).contains("--reason: a reason is required");

        var badRecord =
                run("review", "reject", "gpA1", "housing:H1", "--reason", "x", "--by", "j", "--neo4j", neo4j.boltUri());
        assertThat(badRecord.exitCode()).isEqualTo(2);
        assertThat(badRecord.err()).contains("source:sourceId");

        var unknown =
                run("review", "confirm", "gp:A1", "gp:NOPE", "--reason", "x", "--by", "j", "--neo4j", neo4j.boltUri());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("there is no record gp:NOPE");

        assertThat(run("review", "list", "--limit", "0", "--neo4j", neo4j.boltUri())
                        .exitCode())
                .isEqualTo(2);
        var unreachable = run("review", "list", "--neo4j", "bolt://127.0.0.1:1");
        assertThat(unreachable.exitCode()).isEqualTo(2);
        assertThat(unreachable.err()).contains("cannot reach Neo4j");
    }

    private static String personOf(String record) {
        var parts = record.split(":", 2);
        try (var session = driver.session()) {
            return session.run(
                            "MATCH (:Record {source: $s, sourceId: $id})-[:PART_OF]->(p:Person) RETURN p.id AS id",
                            Map.of("s", parts[0], "id", parts[1]))
                    .single()
                    .get("id")
                    .asString();
        }
    }
}
