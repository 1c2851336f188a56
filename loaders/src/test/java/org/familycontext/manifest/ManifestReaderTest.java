/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        assertThatThrownBy(() -> ManifestReader.read(manifest))
                .isInstanceOfSatisfying(
                        ManifestException.class,
                        e -> assertThat(e.problems())
                                .anyMatch(p -> p.startsWith("source.name: 'Bad Name' must be lower-case"))
                                .anyMatch(p -> p.startsWith("source.service: 'SOCIAL_WORK' is not a service"))
                                .anyMatch(p -> p.startsWith("source.system: missing"))
                                .anyMatch(p -> p.startsWith("source.dataCurrentAsOf: '31/12/2026' is not a date"))
                                .anyMatch(p -> p.startsWith("source.colour: unknown key"))
                                .anyMatch(p -> p.startsWith("load.mode: 'sometimes' is not a mode"))
                                .anyMatch(p -> p.startsWith("files[people].encoding: 'EBCDIC' is not supported"))
                                .anyMatch(p -> p.startsWith("files[people].fields.record.favouriteFood: not a field"))
                                .anyMatch(p -> p.contains("'notapattern%' is not a date pattern"))
                                .anyMatch(p ->
                                        p.startsWith("files[people].fields.record.fullName.order: say forename-first"))
                                .anyMatch(p ->
                                        p.startsWith("files[people].fields.involvement.reason: give either column"))
                                .anyMatch(p -> p.contains("record.* fields need record.sourceId"))
                                .anyMatch(p -> p.contains("map record.fullName or record.forename/surname, not both"))
                                .anyMatch(p -> p.startsWith("files[missing].path: no file at"))
                                .anyMatch(p -> p.contains("relationship.* fields need relationship.type"))
                                .hasSizeGreaterThanOrEqualTo(15));
    }

    @Test
    void saysWhereYamlIsBroken() throws IOException {
        var manifest = Files.writeString(dir.resolve("broken.manifest.yaml"), "source: [unclosed\n");
        assertThatThrownBy(() -> ManifestReader.read(manifest))
                .hasMessageContaining("not valid YAML")
                .hasMessageContaining("line");
    }
}
