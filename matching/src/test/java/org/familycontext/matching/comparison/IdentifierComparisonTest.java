/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.familycontext.matching.TestRecord.record;

import org.familycontext.matching.MatchField;
import org.familycontext.matching.MatchRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifierComparisonTest {

    private final IdentifierComparison nhsNumber =
            new IdentifierComparison("NHS number", MatchField.NHS_NUMBER, MatchRecord::nhsNumber);

    @ParameterizedTest(name = "{0} and {1}: {2}")
    @CsvSource({
        "9990001234, 9990001234, same",
        "9990001234, 9990001235, one character off",
        "9990001234, 9990002134, one character off",
        "9990001234, 999000123, one character off",
        "9990001234, 9990004321, different",
        "9990001234, 4857773456, different",
        ", 9990001234, MISSING",
        "' ', 9990001234, MISSING",
    })
    void reachesTheLevelOfHowAlikeTheIdentifiersAre(String a, String b, String level) {
        assertThat(LevelReached.of(nhsNumber, record().nhsNumber(a), record().nhsNumber(b)))
                .isEqualTo(level);
    }

    @Test
    void theStandardIdentifierComparisonsEachReadTheirOwnField() {
        var standard = Comparisons.standard();
        var nhs = standard.stream()
                .filter(c -> c.name().equals("NHS number"))
                .findFirst()
                .orElseThrow();
        var upn = standard.stream()
                .filter(c -> c.name().equals("UPN"))
                .findFirst()
                .orElseThrow();
        var caseId = standard.stream()
                .filter(c -> c.name().equals("case ID"))
                .findFirst()
                .orElseThrow();
        var a = record().nhsNumber("9990001234").upn("A123456789012").caseId("CS-1001");
        var b = record().nhsNumber("9990001234").upn("B987654321098").caseId("CS-1001");

        assertThat(LevelReached.of(nhs, a, b)).isEqualTo("same");
        assertThat(LevelReached.of(upn, a, b)).isEqualTo("different");
        assertThat(LevelReached.of(caseId, a, b)).isEqualTo("same");
        assertThat(LevelReached.of(upn, a, record().nhsNumber("9990001234"))).isEqualTo(LevelReached.MISSING);
        assertThat(nhs.fields()).containsExactly(MatchField.NHS_NUMBER);
        assertThat(upn.fields()).containsExactly(MatchField.UPN);
        assertThat(caseId.fields()).containsExactly(MatchField.CASE_ID);
    }
}
