/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.familycontext.loading.ExtractLoader;
import org.familycontext.loading.GraphWriter;
import org.familycontext.loading.Progress;
import org.familycontext.loading.RecordRow;
import org.familycontext.loading.SourceRow;
import org.familycontext.manifest.ManifestReader;
import org.familycontext.matching.PersonResolver;
import org.familycontext.model.person.MatchStatus;
import org.familycontext.model.person.SameAsLink;
import org.familycontext.model.record.RecordKey;
import org.familycontext.model.testing.InProcessNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualityReportTest {

    @TempDir
    Path reports;

    @BeforeEach
    void emptyStore() {
        InProcessNeo4j.clear();
    }

    @Test
    void countsCompletenessAndWhatTheLastLoadRejectedByFieldWithoutTheValues() throws Exception {
        var loader = new ExtractLoader(InProcessNeo4j.driver(), reports, Clock.systemUTC(), Progress.none(), 100);
        loader.load(ManifestReader.read(Path.of("src/test/resources/extracts/housing/housing.manifest.yaml")), false);
        loader.load(ManifestReader.read(Path.of("src/test/resources/extracts/corpus/corpus.manifest.yaml")), false);

        var report = new QualityReport(InProcessNeo4j.driver()).compute();

        var housing = report.stream()
                .filter(s -> s.source().equals("test-housing"))
                .findFirst()
                .orElseThrow();
        assertThat(housing.records()).isEqualTo(3);
        assertThat(housing.completeness())
                .containsEntry("nhsNumber", 1L)
                .containsEntry("address", 3L)
                .containsEntry("upn", 0L);
        var corpus = report.stream()
                .filter(s -> s.source().equals("corpus"))
                .findFirst()
                .orElseThrow();
        assertThat(corpus.problemsByField())
                .containsEntry("record.birthDate: not a real date written as dd/MM/yyyy (row rejected)", 1L)
                .containsKey(
                        "record.nhsNumber: the NHS number's check digit is wrong (mistyped?); field left out (field left out, row loaded)");
        var csv = new StringWriter();
        QualityReport.writeCsv(report, csv);
        assertThat(csv.toString())
                .contains("test-housing,complete,nhsNumber,1,33.3")
                .doesNotContain("31/02/2015");
    }

    @Test
    void findsDuplicatesInsideASourceAndConflictsWithOtherSources() {
        var writer = new GraphWriter(InProcessNeo4j.driver());
        writer.writeSources(List.of(source("a"), source("b")));
        writer.writeRecords(List.of(
                record("a", "1", "1990-03-07", "FEMALE"),
                record("a", "2", "1990-03-07", "FEMALE"),
                record("b", "9", "1990-07-03", "FEMALE")));
        writer.writeSameAs(List.of(new SameAsLink(
                RecordKey.parse("a:1"),
                RecordKey.parse("b:9"),
                null,
                1.0,
                MatchStatus.CONFIRMED,
                null,
                null,
                "test",
                null)));
        new PersonResolver(InProcessNeo4j.driver()).resolveAll();

        var a = new QualityReport(InProcessNeo4j.driver()).compute().getFirst();

        assertThat(a.source()).isEqualTo("a");
        assertThat(a.duplicateGroups()).isEqualTo(1);
        assertThat(a.recordsInDuplicateGroups()).isEqualTo(2);
        assertThat(a.conflicts()).containsEntry("birthDate", 1L).containsEntry("sex", 0L);
    }

    @Test
    void countsTheProblemsUsersReportedOnEachSourceByWhereTheyStand() throws Exception {
        var writer = new GraphWriter(InProcessNeo4j.driver());
        writer.writeSources(List.of(source("a"), source("b")));
        try (var session = InProcessNeo4j.driver().session()) {
            session.run("""
                    UNWIND [['1', 'a', 'OPEN'], ['2', 'a', 'OPEN'], ['3', 'a', 'CORRECTED'], ['4', 'b', 'NOT_A_PROBLEM']]
                      AS p
                    CREATE (:DataProblem {id: p[0], source: p[1], status: p[2]})
                    """).consume();
        }

        var report = new QualityReport(InProcessNeo4j.driver()).compute();

        assertThat(report.get(0).reportedByUsers())
                .containsExactly(
                        Map.entry("OPEN", 2L),
                        Map.entry("SENT_TO_SOURCE", 0L),
                        Map.entry("CORRECTED", 1L),
                        Map.entry("NOT_A_PROBLEM", 0L));
        assertThat(report.get(1).reportedByUsers())
                .containsEntry("NOT_A_PROBLEM", 1L)
                .containsEntry("OPEN", 0L);
        var csv = new StringWriter();
        QualityReport.writeCsv(report, csv);
        assertThat(csv.toString())
                .contains("a,problems reported by users,open,2,")
                .contains("a,problems reported by users,sent to source,0,")
                .contains("b,problems reported by users,not a problem,1,");
    }

    private static SourceRow source(String name) {
        return new SourceRow(name, "test", "HOUSING", "2026-11-01", 1, "test", null, null);
    }

    private static RecordRow record(String source, String id, String dob, String sex) {
        return new RecordRow(
                source, id, "Kate", null, "Hale", null, null, dob, sex, null, null, null, null, null, null);
    }
}
