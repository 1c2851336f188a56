/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.familycontext.matching.TestRecord.record;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SexComparisonTest {

    private final SexComparison sex = new SexComparison();

    @ParameterizedTest(name = "{0} and {1}: {2}")
    @CsvSource({
        "FEMALE, FEMALE, same",
        "MALE, FEMALE, different",
        "OTHER, FEMALE, different",
        "UNKNOWN, FEMALE, MISSING",
        "UNKNOWN, UNKNOWN, MISSING",
        ", MALE, MISSING",
    })
    void comparesRecordedSexWhenBothKnowIt(String a, String b, String level) {
        assertThat(LevelReached.of(sex, record().sex(a), record().sex(b))).isEqualTo(level);
    }
}
