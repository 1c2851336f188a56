/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.familycontext.matching.TestRecord.record;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BirthDateComparisonTest {

    private final BirthDateComparison birthDate = new BirthDateComparison();

    @ParameterizedTest(name = "{0} and {1}: {2}")
    @CsvSource({
        "1990-07-03, 1990-07-03, exact",
        "1990-07-03, 1990-03-07, day and month swapped",
        "2011-01-12, 2011-12-01, day and month swapped",
        "1990-07-03, 1990-07-08, one character off",
        "1990-07-03, 1991-07-03, one character off",
        "1990-07-13, 1990-07-31, one character off",
        // a typo in the year is one keystroke although the years are two apart
        "1990-07-03, 1992-07-03, one character off",
        "1990-07-03, 1990-07-25, same month and year",
        "1990-07, 1990-07-25, same month and year",
        "1990, 1990-07-03, 'same year, one date only a year'",
        "1990, 1990-07, 'same year, one date only a year'",
        "1990-07-03, 1991-02-14, year within one",
        "1989-12-30, 1990-01-02, year within one",
        "1990-07-03, 1990-12-03, year within one",
        "1990, 1991-05-05, year within one",
        "1990-07-03, 1985-07-03, different",
        "1990-07-03, 1993-11-21, different",
        "1990, 1988, different",
        ", 1990-07-03, MISSING",
        "' ', 1990-07-03, MISSING",
    })
    void reachesTheLevelOfHowCloseTheDatesAre(String a, String b, String level) {
        assertThat(LevelReached.of(birthDate, record().born(a), record().born(b)))
                .isEqualTo(level);
    }
}
