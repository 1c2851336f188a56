/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;
import tools.jackson.databind.json.JsonMapper;

/** The small pieces of bench-api that can go wrong on their own. */
class BenchPartsTest {

    @Test
    void theServersTimeTravelsInTheServerTimingHeaderToTheMicrosecond() {
        var header = ServerTiming.header(12_345_678);
        assertThat(header).isEqualTo("graphql;dur=12.346");
        assertThat(ServerTiming.nanosFrom(header)).isEqualTo(12_346_000);
        assertThat(ServerTiming.nanosFrom("db;dur=3, graphql;desc=\"x\";dur=7.5"))
                .isEqualTo(7_500_000);
        assertThat(ServerTiming.nanosFrom(null)).isEqualTo(-1);
        assertThat(ServerTiming.nanosFrom("db;dur=3")).isEqualTo(-1);
    }

    @Test
    void durationsAreReadAsPeopleWriteThem() {
        var converter = new DurationConverter();
        assertThat(converter.convert("10m")).isEqualTo(Duration.ofMinutes(10));
        assertThat(converter.convert("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(converter.convert("250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(converter.convert("PT1H")).isEqualTo(Duration.ofHours(1));
        assertThatThrownBy(() -> converter.convert("ten minutes")).isInstanceOf(TypeConversionException.class);
        assertThatThrownBy(() -> converter.convert("10y")).isInstanceOf(TypeConversionException.class);
    }

    @Test
    void aMisspeltSurnameHasTwoDifferentNeighbouringLettersSwappedAndKeepsItsFirstLetter() {
        var random = new Random(1);
        for (int i = 0; i < 50; i++) {
            var misspelt = BenchSamples.misspell("Thornbury", random);
            assertThat(misspelt).isNotEqualTo("Thornbury").startsWith("T").hasSize(9);
            assertThat(misspelt.chars().sorted().toArray())
                    .isEqualTo("Thornbury".chars().sorted().toArray());
        }
        assertThat(BenchSamples.misspell("Lee", random)).isNull();
    }

    @Test
    void theQueriesFollowTheSchemaThePurposeArgumentAndTheSearchConnection() {
        var json = JsonMapper.builder().build();
        var listAndNoPurpose = json.readTree("""
                {"__type": {"fields": [
                  {"name": "searchPeople", "args": [{"name": "name"}],
                   "type": {"kind": "NON_NULL", "name": null, "ofType": {"kind": "LIST", "name": null}}},
                  {"name": "person", "args": [{"name": "id"}], "type": {"kind": "OBJECT", "name": "Person"}}
                ]}}
                """);
        var before = ApiQueries.forSchema(listAndNoPurpose);
        assertThat(before.search()).doesNotContain("edges").doesNotContain("purpose");
        assertThat(before.person()).doesNotContain("purpose");
        assertThat(before.foundIds(json.readTree("{\"searchPeople\": [{\"id\": \"P1\"}, {\"id\": \"P2\"}]}")))
                .containsExactly("P1", "P2");

        var connectionAndPurpose = json.readTree("""
                {"__type": {"fields": [
                  {"name": "searchPeople", "args": [{"name": "name"}],
                   "type": {"kind": "NON_NULL", "name": null, "ofType": {"kind": "OBJECT", "name": "PersonConnection"}}},
                  {"name": "person", "args": [{"name": "id"}, {"name": "purpose"}], "type": {"kind": "OBJECT"}},
                  {"name": "familyNetwork", "args": [{"name": "personId"}, {"name": "purpose"}],
                   "type": {"kind": "OBJECT"}},
                  {"name": "involvements", "args": [{"name": "personId"}, {"name": "purpose"}],
                   "type": {"kind": "OBJECT", "name": "PersonInvolvements"}}
                ]}}
                """);
        var after = ApiQueries.forSchema(connectionAndPurpose);
        assertThat(after.search()).contains("edges { node {").doesNotContain("purpose");
        assertThat(after.person()).contains("person(id: $id, purpose: CHILD_AND_FAMILY_ASSESSMENT)");
        assertThat(after.involvements())
                .contains("involvements(personId: $id, purpose: CHILD_AND_FAMILY_ASSESSMENT)")
                .contains("services {");
        assertThat(before.involvements()).contains("person(id: $id)").contains("involvements {");
        assertThat(after.familyNetwork())
                .contains("familyNetwork(personId: $personId, depth: $depth, purpose: CHILD_AND_FAMILY_ASSESSMENT)");
        assertThat(after.foundIds(json.readTree("{\"searchPeople\": {\"edges\": [{\"node\": {\"id\": \"P3\"}}]}}")))
                .containsExactly("P3");
    }
}
