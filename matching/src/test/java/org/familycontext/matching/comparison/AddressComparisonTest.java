/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.familycontext.matching.TestRecord.record;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressComparisonTest {

    private final AddressComparison address = new AddressComparison();

    @Test
    void theSameUprnIsTheSamePropertyWhateverTheLinesSay() {
        var a = record().uprn("10001234567").address("12 Acacia Road, Leeds");
        var b = record().uprn("10001234567").address("Flat A, 12 Acacia Rd");
        assertThat(LevelReached.of(address, a, b)).isEqualTo("same UPRN");
    }

    @Test
    void differentUprnsWithoutLinesAreDifferentProperties() {
        var a = record().uprn("10001234567");
        var b = record().uprn("10007654321");
        assertThat(LevelReached.of(address, a, b)).isEqualTo("different");
    }

    @ParameterizedTest(name = "{0} and {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "12 Acacia Road, Leeds | 12 ACACIA RD | same first line",
                "12 Acacia Road | 12 Acacia Raod, Leeds | 'first line alike, same number'",
                "12 Acacia Road | 14 Acacia Road | different",
                "12A Acacia Road | 12 Acacia Road | different",
                "12 Acacia Road | 12 Beech Grove | different",
            })
    void comparesTheNormalisedFirstLinesWhenThereIsNoSharedUprn(String a, String b, String level) {
        assertThat(LevelReached.of(address, record().address(a), record().address(b)))
                .isEqualTo(level);
        assertThat(LevelReached.of(address, record().uprn("10001234567").address(a), record().address(b)))
                .as("a UPRN on one side only changes nothing")
                .isEqualTo(level);
    }

    @ParameterizedTest(name = "{0} and {1}")
    @CsvSource(
            delimiter = '|',
            value = {"Flat 3, 12 Acacia Road | Flat 4, 12 Acacia Road", "Flat 3 12 Acacia Road | Flat 4 12 Acacia Road"
            })
    void differentFlatNumbersAreDifferentAddresses(String a, String b) {
        assertThat(LevelReached.of(address, record().address(a), record().address(b)))
                .isEqualTo("different");
    }

    @Test
    void isMissingWhenEitherRecordHasNoFirstLineAndTheyDoNotBothHaveUprns() {
        assertThat(LevelReached.of(address, record(), record().address("12 Acacia Road")))
                .isEqualTo(LevelReached.MISSING);
        assertThat(LevelReached.of(address, record().uprn("10001234567"), record().address("12 Acacia Road")))
                .isEqualTo(LevelReached.MISSING);
        assertThat(LevelReached.of(address, record().address(", Leeds"), record().address("12 Acacia Road")))
                .as("an empty first line is no first line")
                .isEqualTo(LevelReached.MISSING);
    }
}
