/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.analytics.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A council's own indicator file: read as the bundled one, and refused with a reason when it is wrong. */
class IndicatorSetTest {

    private static final String DEFINITIONS = """
            lookedAfter: {services: [CHILDRENS_SOCIAL_CARE], reason: "looked after"}
            openCases: {services: [CHILDRENS_SOCIAL_CARE], status: current}
            """;

    private static IndicatorSet read(String yaml) {
        return IndicatorSet.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }

    @Test
    void readsACouncilsOwnRules(@TempDir Path dir) throws Exception {
        var file = dir.resolve("indicators.yaml");
        Files.writeString(file, """
                indicators:
                  - name: housing_arrears
                    label: Rent arrears
                    description: A tenant in the family is more than six weeks behind with the rent.
                    anyOf:
                      - members: adults
                        services: [housing]
                        status: current
                        notReason: ended
                        detail: {label: "rent arrears.*", matches: "^open$"}
                """ + DEFINITIONS);

        var set = IndicatorSet.read(file);

        assertThat(set.indicators()).extracting(Indicator::name).containsExactly("housing_arrears");
        var clause = set.indicators().getFirst().anyOf().getFirst();
        assertThat(clause.members()).isEqualTo(Members.ADULTS);
        assertThat(clause.services()).containsExactly("HOUSING");
        var open =
                new Involvement("HOUSING", "CURRENT", "housing", "Tenancy", List.of("Rent arrears over 6 weeks=Open"));
        var closed = new Involvement(
                "HOUSING", "CURRENT", "housing", "Tenancy", List.of("Rent arrears over 6 weeks=Closed"));
        var ended = new Involvement(
                "HOUSING", "CURRENT", "housing", "Tenancy ended", List.of("Rent arrears over 6 weeks=Open"));
        assertThat(clause.matches(open)).isTrue();
        assertThat(clause.matches(closed)).isFalse();
        assertThat(clause.matches(ended)).isFalse();
        assertThat(clause.readsFrom(closed)).isTrue();
    }

    @Test
    void refusesWhatItCannotRead() {
        assertThatThrownBy(() -> read("indicators: []\n" + DEFINITIONS.replace("CHILDRENS_SOCIAL_CARE]", "CSC]")))
                .hasMessageContaining("unknown service CSC");
        assertThatThrownBy(() -> read("""
                        indicators:
                          - {name: a, label: A, description: d, anyOf: [{members: grandparents}]}
                        """ + DEFINITIONS)).hasMessageContaining("members must be");
        assertThatThrownBy(() -> read("""
                        indicators:
                          - {name: a, label: A, description: d, anyOf: [{reasons: x}]}
                        """ + DEFINITIONS)).hasMessageContaining("unknown key reasons");
        assertThatThrownBy(() -> read("""
                        indicators:
                          - {name: a, label: A, description: d, anyOf: [{reason: "(unclosed"}]}
                        """ + DEFINITIONS)).hasMessageContaining("not a regular expression");
        assertThatThrownBy(() -> read("""
                        indicators:
                          - {name: a, label: A, description: d, anyOf: [{}]}
                          - {name: a, label: A, description: d, anyOf: [{}]}
                        """ + DEFINITIONS)).hasMessageContaining("defined twice");
        assertThatThrownBy(() -> read("""
                        indicators:
                          - {name: a, label: A, description: d, anyOf: [{detail: {label: x, below: "75"}}]}
                        """ + DEFINITIONS)).hasMessageContaining("take a number");
        assertThatThrownBy(() -> read("indicators: []\n")).hasMessageContaining("lookedAfter must be a mapping");
    }

    @Test
    void readsTheLeadingNumberOfADetail() {
        assertThat(DetailCondition.leadingNumber("74.5%")).isEqualTo(74.5);
        assertThat(DetailCondition.leadingNumber("3")).isEqualTo(3.0);
        assertThat(DetailCondition.leadingNumber("n/a")).isNull();
        assertThat(DetailCondition.leadingNumber("1.2.3")).isNull();
    }
}
