/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
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

    private static SourceRow source(String name) {
        return new SourceRow(name, "test", "HOUSING", "2026-11-01", 1, "test", null, null);
    }

    private static RecordRow record(String source, String id, String dob, String sex) {
        return new RecordRow(
                source, id, "Kate", null, "Hale", null, null, dob, sex, null, null, null, null, null, null);
    }
}
