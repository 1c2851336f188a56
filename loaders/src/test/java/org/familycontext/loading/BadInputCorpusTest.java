/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.loading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.familycontext.manifest.ManifestReader;
import org.familycontext.model.testing.InProcessNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bad-input corpora (src/test/resources/extracts/corpus for a delimited file, xml-corpus for an XML one):
 * each row of the file is one kind of bad input, and expected.csv says what must become of it. Nothing
 * crashes, nothing is lost, each rejection names its line, field and reason.
 */
class BadInputCorpusTest {

    private static final Path EXTRACTS = Path.of("src/test/resources/extracts");

    @TempDir
    Path reports;

    @BeforeEach
    void emptyStore() {
        InProcessNeo4j.clear();
    }

    @ParameterizedTest
    @ValueSource(strings = {"corpus", "xml-corpus"})
    void everyRowOfTheCorpusEndsAsExpectedAndTheCountsReconcile(String corpus) throws IOException {
        var report = load(corpus + "/corpus.manifest.yaml");
        var expected = rows(EXTRACTS.resolve(corpus).resolve("expected.csv"));
        var rejects = rows(report.rejectReport());

        var rejectByLine = rejects.stream().collect(Collectors.groupingBy(r -> r.get("line")));
        for (var e : expected) {
            var line = e.get("line");
            if (e.get("field").isEmpty()) {
                assertThat(rejectByLine)
                        .as("line %s (%s) should have no entry", line, e.get("case"))
                        .doesNotContainKey(line);
                continue;
            }
            assertThat(rejectByLine).as("line %s (%s)", line, e.get("case")).containsKey(line);
            var entry = rejectByLine.get(line).getFirst();
            assertThat(entry.get("field"))
                    .as("field of line %s (%s)", line, e.get("case"))
                    .isEqualTo(e.get("field"));
            assertThat(entry.get("reason"))
                    .as("reason of line %s (%s)", line, e.get("case"))
                    .contains(e.get("reason"));
            assertThat(entry.get("action"))
                    .isEqualTo(e.get("outcome").equals("loaded") ? "field left out, row loaded" : "row rejected");
        }

        assertThat(report.reconciles()).isTrue();
        assertThat(report.read()).isEqualTo(expected.size());
        assertThat(report.rejected())
                .isEqualTo(expected.stream()
                        .filter(e -> e.get("outcome").equals("rejected"))
                        .count());
        assertThat(report.loaded())
                .isEqualTo(expected.stream()
                        .filter(e -> e.get("outcome").equals("loaded"))
                        .count());
    }

    @Test
    void hostileTextThatIsLoadedIsStoredAsPlainTextAndTheReportIsSafeInASpreadsheet() throws IOException {
        var report = load("corpus/corpus.manifest.yaml");
        try (var session = InProcessNeo4j.driver().session()) {
            var reason = session.run(
                            "MATCH (:Record {source: 'corpus', sourceId: 'C-19'})-[:HAS_INVOLVEMENT]->(i) RETURN i.reason AS r")
                    .single()
                    .get("r")
                    .asString();
            assertThat(reason).isEqualTo("<b>bold</b> & \"quoted\"");
            assertThat(session.run("MATCH (n) RETURN count(n) AS n")
                            .single()
                            .get("n")
                            .asLong())
                    .isPositive();
        }
        assertThat(Files.readAllLines(report.rejectReport())).noneMatch(l -> l.contains(",\"=") || l.startsWith("="));
    }

    @Test
    void anEmptyFileStopsTheLoadBeforeAnyRowWithAClearMessage() {
        assertThatThrownBy(() -> load("empty/empty.manifest.yaml"))
                .isInstanceOf(ExtractException.class)
                .hasMessageContaining("the file is empty; it needs a header line");
    }

    @Test
    void anXmlFileThatIsNotWellFormedIsReadUpToTheFaultAndSaysWhere() {
        var report = load("xml-corpus/corpus.manifest.yaml");
        assertThat(report.complete()).isFalse();
        assertThat(report.stoppedEarly())
                .singleElement()
                .asString()
                .startsWith("people (people.xml) line 18: not well-formed XML");
    }

    @Test
    void anXmlFileThatDeclaresADocumentTypeStopsTheLoadBeforeAnyRowAndReadsNothingElse() {
        assertThatThrownBy(() -> load("xml-doctype/doctype.manifest.yaml"))
                .isInstanceOf(ExtractException.class)
                .hasMessageContaining("people (people.xml): line 2: the file declares a document type");
        assertThat(GraphCount.of("MATCH (r:Record) RETURN count(r) AS n")).isZero();
    }

    @Test
    void aFileInAnotherEncodingThanDeclaredRejectsTheRowsThatShowIt() {
        var report = load("wrong-encoding/wrong.manifest.yaml");
        assertThat(report.rejected()).isEqualTo(1);
        assertThat(report.loaded()).isEqualTo(1);
    }

    private LoadReport load(String manifest) {
        var loader = new ExtractLoader(InProcessNeo4j.driver(), reports, Clock.systemUTC(), Progress.none(), 5);
        return loader.load(ManifestReader.read(EXTRACTS.resolve(manifest)), false);
    }

    static List<Map<String, String>> rows(Path csv) throws IOException {
        try (var reader = Files.newBufferedReader(csv)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).stream()
                    .map(r -> r.toMap())
                    .toList();
        }
    }
}
