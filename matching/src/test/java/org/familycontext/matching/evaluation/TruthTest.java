/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.familycontext.model.record.RecordKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TruthTest {

    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        return Files.writeString(dir.resolve("records.csv"), text);
    }

    @Test
    void readsWhoEachRecordIsIgnoringColumnOrderAndSpaces() throws IOException {
        var truth = Truth.read(file("""
                entityId,source,sourceId
                E1,health,H-1
                E1, social care ,SC-9
                E2,education,U-3
                """));

        assertThat(truth.entityOf())
                .isEqualTo(Map.of(
                        new RecordKey("health", "H-1"), "E1",
                        new RecordKey("social care", "SC-9"), "E1",
                        new RecordKey("education", "U-3"), "E2"));
    }

    @Test
    void refusesAFileWithoutAColumnNamingIt() throws IOException {
        var file = file("""
                source,sourceId,entity
                health,H-1,E1
                """);

        assertThatThrownBy(() -> Truth.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no column 'entityId'");
    }

    @Test
    void refusesAnEmptyFieldNamingItsLineAndField() throws IOException {
        var file = file("""
                source,sourceId,entityId
                health,H-1,E1
                health, ,E2
                health,H-3,E3
                """);

        assertThatThrownBy(() -> Truth.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 3, field sourceId: empty");
    }

    @Test
    void namesTheLineOfAnEmptyFieldOnTheLastLineWithoutANewline() throws IOException {
        var file = file("source,sourceId,entityId\nhealth,H-1,E1\nhealth,H-2,");

        assertThatThrownBy(() -> Truth.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 3, field entityId: empty");
    }

    @Test
    void refusesARecordGivenTwoEntities() throws IOException {
        var file = file("""
                source,sourceId,entityId
                health,H-1,E1
                health,H-1,E1
                health,H-1,E2
                """);

        assertThatThrownBy(() -> Truth.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 4, field entityId: the record is given two entities");
    }

    @Test
    void refusesAShortRowNamingItsLineAndField() throws IOException {
        var file = file("""
                source,sourceId,entityId
                health,H-1,E1
                health,H-2
                """);

        assertThatThrownBy(() -> Truth.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 3, field entityId");
    }
}
