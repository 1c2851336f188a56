/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsAWholeManifest() {
        var manifest = ManifestReader.read(Path.of("src/test/resources/extracts/housing/housing.manifest.yaml"));
        assertThat(manifest.source().name()).isEqualTo("test-housing");
        assertThat(manifest.source().minAge()).isEqualTo(16);
        assertThat(manifest.mode()).isEqualTo(Manifest.LoadMode.SNAPSHOT);
        assertThat(manifest.files()).extracting(FileSpec::name).containsExactly("tenants", "members");
        var tenants = manifest.files().getFirst();
        assertThat(tenants.charset().name()).isEqualTo("windows-1252");
        assertThat(tenants.maps("record")).isTrue();
        assertThat(tenants.fields().get("address.lines").columns()).containsExactly("Addr1", "Town");
        assertThat(manifest.files().get(1).delimiter()).isEqualTo('|');
    }

    @Test
    void listsEveryProblemAtOnceSayingWhereAndWhatToFix() throws IOException {
        Files.writeString(dir.resolve("people.csv"), "ID\n1\n");
        var manifest = Files.writeString(dir.resolve("bad.manifest.yaml"), """
                source:
                  name: Bad Name
                  service: SOCIAL_WORK
                  dataCurrentAsOf: 31/12/2026
                  colour: blue
                load:
                  mode: sometimes
                files:
                  - name: people
                    path: people.csv
                    encoding: EBCDIC
                    fields:
                      record.forename: { column: NAME }
                      record.favouriteFood: { column: FOOD }
                      record.birthDate: { column: DOB, dateFormats: [dd/MM/yyyy, notapattern%] }
                      record.fullName: { column: NAME }
                      involvement.reason: { column: A, constant: B }
                  - name: missing
                    path: nowhere.csv
                    fields:
                      relationship.from: { column: A }
                """);
        assertThat(problems(manifest))
                .anyMatch(p -> p.startsWith("source.name: 'Bad Name' must be lower-case"))
                .anyMatch(p -> p.startsWith("source.service: 'SOCIAL_WORK' is not a service"))
                .anyMatch(p -> p.startsWith("source.system: missing"))
                .anyMatch(p -> p.startsWith("source.dataCurrentAsOf: '31/12/2026' is not a date"))
                .anyMatch(p -> p.startsWith("source.colour: unknown key"))
                .anyMatch(p -> p.startsWith("load.mode: 'sometimes' is not a mode"))
                .anyMatch(p -> p.startsWith("files[people].encoding: 'EBCDIC' is not supported"))
                .anyMatch(p -> p.startsWith("files[people].fields.record.favouriteFood: not a field"))
                .anyMatch(p -> p.contains("'notapattern%' is not a date pattern"))
                .anyMatch(p -> p.startsWith("files[people].fields.record.fullName.order: say forename-first"))
                .anyMatch(p -> p.startsWith("files[people].fields.involvement.reason: give either column"))
                .anyMatch(p -> p.contains("record.* fields need record.sourceId"))
                .anyMatch(p -> p.contains("map record.fullName or record.forename/surname, not both"))
                .anyMatch(p -> p.startsWith("files[missing].path: no file at"))
                .anyMatch(p -> p.contains("relationship.* fields need relationship.type"))
                .hasSizeGreaterThanOrEqualTo(15);
    }

    @Test
    void saysWhereYamlIsBroken() throws IOException {
        var manifest = Files.writeString(dir.resolve("broken.manifest.yaml"), "source: [unclosed\n");
        assertThatThrownBy(() -> ManifestReader.read(manifest))
                .hasMessageContaining("not valid YAML")
                .hasMessageContaining("line");
    }

    @Test
    void readsTheShippedCtfManifestWithItsXmlRowsPathsTemplatesAndSeparators() throws IOException {
        Files.writeString(dir.resolve("ctf.xml"), "<CTfile/>");
        try (var shipped = getClass().getResourceAsStream("/manifests/ctf/ctf.manifest.yaml")) {
            Files.write(dir.resolve("ctf.manifest.yaml"), shipped.readAllBytes());
        }

        var manifest = ManifestReader.read(dir.resolve("ctf.manifest.yaml"));

        assertThat(manifest.files())
                .extracting(FileSpec::name)
                .containsExactly("pupils", "contacts", "contacts-at-pupils-address");
        assertThat(manifest.files()).allSatisfy(f -> assertThat(f.format()).isEqualTo(FileSpec.Format.XML));
        var contacts = manifest.files().get(1);
        assertThat(contacts.rows().steps()).containsExactly("CTfile", "CTFpupilData", "Pupil", "Contacts", "Contact");
        var id = contacts.fields().get("record.sourceId");
        assertThat(id.template()).isEqualTo("{../../UPN}-C{Order}");
        assertThat(id.columns()).containsExactly("../../UPN", "Order");
        var lines = manifest.files().getFirst().fields().get("address.lines");
        assertThat(lines.separatorBefore(1)).isEqualTo(", ");
        assertThat(lines.separatorBefore(2)).isEqualTo(" ");
        assertThat(manifest.files().get(2).rows().condition().value()).isEqualTo("true|1");
    }

    @Test
    void listsEveryProblemOfXmlFilesAtOnce() throws IOException {
        Files.writeString(dir.resolve("ctf.xml"), "<CTfile/>");
        Files.writeString(dir.resolve("people.csv"), "ID\n1\n");
        var manifest = Files.writeString(dir.resolve("bad.manifest.yaml"), """
                source: { name: bad, system: Test, service: EDUCATION, dataCurrentAsOf: 2026-07-24 }
                files:
                  - name: no-rows
                    path: ctf.xml
                    format: xml
                    delimiter: ";"
                    quote: "'"
                    encoding: windows-1252
                    headerAliases: { UPN: [Pupil number] }
                    fields:
                      record.sourceId: { column: UPN }
                  - name: bad-paths
                    path: ctf.xml
                    format: xml
                    rows: CTfile/Pupil
                    fields:
                      record.sourceId: { column: "UPN//x" }
                      record.surname: { column: "../../../Surname" }
                      record.forename: { column: "Basic/../Forename" }
                      record.middleNames: { column: "cbds:MiddleNames" }
                      record.aliases: { column: Surname }
                      record.previousSurnames: { column: SURNAME }
                  - name: bad-condition
                    path: ctf.xml
                    format: xml
                    rows: CTfile/Pupil[Sex]
                    fields:
                      record.sourceId: { column: UPN }
                  - name: csv-with-rows
                    path: people.csv
                    rows: CTfile/Pupil
                    fields:
                      record.sourceId: { template: "ID-{ID" }
                      record.surname: { template: "no placeholder" }
                      record.forename: { columns: [A, B, C], join: [", "] }
                  - name: odd-format
                    path: people.csv
                    format: json
                    fields:
                      record.sourceId: { column: ID, template: "{ID}" }
                """);

        assertThat(problems(manifest))
                .anyMatch(p -> p.startsWith("files[no-rows].rows: missing: an XML file names"))
                .anyMatch(p -> p.startsWith("files[no-rows].delimiter: means nothing for an XML"))
                .anyMatch(p -> p.startsWith("files[no-rows].quote: means nothing for an XML"))
                .anyMatch(p -> p.startsWith("files[no-rows].encoding: means nothing for an XML"))
                .anyMatch(p -> p.startsWith("files[no-rows].headerAliases: means nothing"))
                .anyMatch(p -> p.startsWith("files[bad-condition].rows: ")
                        && p.contains("write the condition as [path=value]"))
                .anyMatch(p -> p.startsWith("files[bad-paths].fields.record.sourceId: 'UPN//x'"))
                .anyMatch(p -> p.startsWith("files[bad-paths].fields.record.surname:")
                        && p.contains("climbs above the document's root element <CTfile>"))
                .anyMatch(p -> p.contains("'..' may only come at the start of a path"))
                .anyMatch(p -> p.contains("'cbds:MiddleNames' is not an element name"))
                .anyMatch(p -> p.contains("'SURNAME' and 'Surname' differ only in letter case"))
                .anyMatch(p -> p.startsWith("files[csv-with-rows].rows: only an XML file has rows"))
                .anyMatch(p -> p.startsWith("files[csv-with-rows].fields.record.sourceId.template:")
                        && p.contains("without its partner"))
                .anyMatch(p -> p.startsWith("files[csv-with-rows].fields.record.surname.template:")
                        && p.contains("name at least one column"))
                .anyMatch(p -> p.startsWith("files[csv-with-rows].fields.record.forename.join:")
                        && p.contains("one for each of the 2 gap(s)"))
                .anyMatch(p -> p.startsWith("files[odd-format].format: 'json' is not a format"))
                .anyMatch(p -> p.startsWith("files[odd-format].fields.record.sourceId: give either"));
    }

    /** The problems reading the manifest reports, all at once. */
    private static List<String> problems(Path manifest) {
        try {
            ManifestReader.read(manifest);
        } catch (ManifestException e) {
            return e.problems();
        }
        throw new AssertionError(manifest + " was read without a problem");
    }
}
