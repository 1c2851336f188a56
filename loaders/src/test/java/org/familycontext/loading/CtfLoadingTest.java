/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.loading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.familycontext.manifest.ManifestReader;
import org.familycontext.model.testing.InProcessNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped CTF manifest (resources/manifests/ctf) on a hand-written common transfer file
 * (src/test/resources/extracts/ctf/ctf.xml), copied side by side as a council would.
 */
class CtfLoadingTest {

    private static final Path FIXTURE = Path.of("src/test/resources/extracts/ctf/ctf.xml");

    @TempDir
    Path dir;

    @BeforeEach
    void emptyStore() {
        InProcessNeo4j.clear();
    }

    @Test
    void pupilsAndTheirContactsBecomeRecordsWithAddressesTiesAndTheSchool() throws IOException {
        var report = load(Files.readString(FIXTURE));

        // 3 pupils, 5 contacts, 2 of them living at their pupil's address
        assertThat(report.summary()).startsWith("ctf: read 10 = loaded 10 + updated 0 + unchanged 0 + rejected 0");
        assertThat(report.complete()).isTrue();
        try (var session = InProcessNeo4j.driver().session()) {
            var zoe = session.run("MATCH (r:Record {source: 'ctf', sourceId: 'L999200115001'}) RETURN r")
                    .single()
                    .get("r");
            assertThat(zoe.get("forename").asString()).isEqualTo("Zoë");
            assertThat(zoe.get("upn").asString()).isEqualTo("L999200115001");
            assertThat(zoe.get("birthDate").asString()).isEqualTo("2015-03-14");
            assertThat(zoe.get("aliases").asList(v -> v.asString())).containsExactly("Zo");

            var school = session.run("""
                    MATCH (:Record {source: 'ctf', sourceId: 'L999200115001'})-[:HAS_INVOLVEMENT]->(i)
                    RETURN i.status AS status, i.endDate AS left, i.service AS service, i.details AS details
                    """).single();
            assertThat(school.get("service").asString()).isEqualTo("EDUCATION");
            assertThat(school.get("status").asString()).isEqualTo("HISTORIC");
            assertThat(school.get("left").asString()).isEqualTo("2026-07-20");
            assertThat(school.get("details").asList(v -> v.asString()))
                    .containsExactly(
                            "School=Eastfield Primary School",
                            "School URN=900001",
                            "Year group on leaving=6",
                            "Destination (LA/establishment)=999/4001");

            // contacts are tied to their pupil, the contact being the parent
            assertThat(ties(session, "PARENT_OF"))
                    .containsExactlyInAnyOrder(
                            "L999200115001-C1 Grace -unknown-> L999200115001 Zoë",
                            "L999200115001-C2 Daniel -unknown-> L999200115001 Zoë",
                            "A999200115002-C1 Joan -foster-> A999200115002 Callum",
                            "A999200115002-C2 Kerry -unknown-> A999200115002 Callum");
            // who holds parental responsibility, as the school recorded it: the parents do, the foster carer not
            assertThat(session.run("""
                            MATCH (a:Record {source: 'ctf'})-[t:PARENT_OF]->()
                            WHERE a.sourceId IN ['L999200115001-C1', 'L999200115001-C2', 'A999200115002-C1']
                            RETURN a.forename + '=' + t.parentalResponsibility AS pr
                            """).list(r -> r.get("pr").asString()))
                    .containsExactlyInAnyOrder("Grace=true", "Daniel=true", "Joan=false");
            // the family's doctor is a contact, not family
            assertThat(session.run("""
                            MATCH (d:Record {source: 'ctf', sourceId: 'A999200115002-C3'})
                            RETURN d.surname AS surname, COUNT { (d)--(:Record) } AS ties
                            """).single().get("ties").asLong()).isZero();

            // a contact "as pupil" lives at the pupil's address; others at their own
            assertThat(addresses(session))
                    .containsExactlyInAnyOrder(
                            "L999200115001: 12 Mill Road, Eastfield, Demoton XD1 2AB",
                            "L999200115001-C1: 12 Mill Road, Eastfield, Demoton XD1 2AB",
                            "L999200115001-C2: Flat 3, Kestrel House, 40 Station Street, Demoton XD4 7QP",
                            "A999200115002: 7 Larch Close, Demoton XD2 5LC",
                            "A999200115002-C1: 7 Larch Close, Demoton XD2 5LC",
                            "A999200115002-C2: 22 Birch Avenue, Westbury XE3 1BA",
                            "A999200116003: 5 Quay Street, Demoton XD3 9QS");
            assertThat(session.run("""
                            MATCH (:Record {sourceId: 'L999200115001'})-[:LIVED_AT]->(a)<-[:LIVED_AT]-
                                  (:Record {sourceId: 'L999200115001-C1'})
                            RETURN a.uprn AS uprn
                            """).single().get("uprn").asString()).isEqualTo("999000000012");
        }
    }

    @Test
    void loadingTheSameFileAgainChangesNothing() throws IOException {
        var xml = Files.readString(FIXTURE);
        load(xml);
        var before = GraphSignature.of(InProcessNeo4j.driver());

        var again = load(xml);

        assertThat(again.loaded() + again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(10);
        assertThat(again.noLongerCurrent()).isZero();
        assertThat(GraphSignature.of(InProcessNeo4j.driver())).isEqualTo(before);
    }

    @Test
    void aContactWithoutItsOrderIsRejectedRatherThanTakenForItsPupil() throws IOException {
        var xml =
                Files.readString(FIXTURE).replace("<Order>2</Order>\n          <Title>Mr</Title>", "<Title>Mr</Title>");

        var report = load(xml);

        assertThat(report.rejected()).isEqualTo(1);
        assertThat(BadInputCorpusTest.rows(report.rejectReport()))
                .singleElement()
                .satisfies(
                        r -> assertThat(r).containsEntry("file", "contacts").containsEntry("field", "record.sourceId"));
        try (var session = InProcessNeo4j.driver().session()) {
            var zoe = session.run("MATCH (r:Record {sourceId: 'L999200115001'}) RETURN r.forename AS f")
                    .single();
            assertThat(zoe.get("f").asString()).isEqualTo("Zoë");
        }
    }

    @Test
    void aFileCutShortLoadsTheRowsBeforeTheFaultSaysWhereAndMarksNothingAsGone() throws IOException {
        var xml = Files.readString(FIXTURE);
        load(xml);
        int cut = xml.indexOf("<UPN>A999200116003</UPN>");
        var truncated = xml.substring(0, cut) + "<UPN>A999200116003</UP";
        long faultLine = truncated.lines().count();

        var report = load(truncated);

        assertThat(report.complete()).isFalse();
        assertThat(report.stoppedEarly())
                .allSatisfy(s -> assertThat(s).contains("ctf.xml").contains("line " + faultLine));
        assertThat(report.summary()).contains("NOT READ TO THE END");
        assertThat(report.reconciles()).isTrue();
        assertThat(report.noLongerCurrent()).isZero();
        assertThat(GraphCount.of("MATCH (r:Record {source: 'ctf'}) WHERE NOT r.current RETURN count(r) AS n"))
                .isZero();
    }

    private static List<String> ties(org.neo4j.driver.Session session, String type) {
        return session.run("MATCH (a:Record {source: 'ctf'})-[t:" + type + "]->(b:Record) RETURN a, t.kind AS kind, b")
                .list(r -> r.get("a").get("sourceId").asString() + " "
                        + r.get("a").get("forename").asString() + " -"
                        + r.get("kind").asString() + "-> "
                        + r.get("b").get("sourceId").asString() + " "
                        + r.get("b").get("forename").asString());
    }

    private static List<String> addresses(org.neo4j.driver.Session session) {
        return session.run(
                        "MATCH (r:Record {source: 'ctf'})-[l:LIVED_AT]->(a) RETURN r.sourceId AS id, coalesce(l.lines, a.lines) AS lines,"
                                + " a.postcode AS postcode")
                .list(r -> r.get("id").asString() + ": " + r.get("lines").asString() + " "
                        + r.get("postcode").asString());
    }

    /** The shipped manifest and the file side by side, as a council would load them. */
    private LoadReport load(String xml) throws IOException {
        try (var shipped = getClass().getResourceAsStream("/manifests/ctf/ctf.manifest.yaml")) {
            Files.write(dir.resolve("ctf.manifest.yaml"), shipped.readAllBytes());
        }
        Files.writeString(dir.resolve("ctf.xml"), xml, StandardCharsets.UTF_8);
        var loader = new ExtractLoader(
                InProcessNeo4j.driver(), dir.resolve("reports"), Clock.systemUTC(), Progress.none(), 4);
        return loader.load(ManifestReader.read(dir.resolve("ctf.manifest.yaml")), false);
    }
}
