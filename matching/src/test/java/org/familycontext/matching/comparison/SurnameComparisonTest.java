/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.familycontext.matching.TestRecord.named;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SurnameComparisonTest {

    private final SurnameComparison surname = new SurnameComparison();

    @ParameterizedTest(name = "{0} and {1}: {2}")
    @CsvSource({
        "Smith, SMITH, exact",
        "O'Brien, OBrien, exact",
        "Smith-Jones, Smith Jones, exact",
        "Smith-Jones, Jones, part or previous surname",
        "Bowes Lyon, Lyon, part or previous surname",
        "Smith-Jones, Jones-Ahmed, part or previous surname",
        "Macdonald, Mcdonald, nearly the same",
        "Smyth, Smith, alike",
        "Phillips, Filips, sounds the same",
        "Knight, Nite, sounds the same",
        "Smith, Jones, different",
    })
    void reachesTheLevelOfHowAlikeTheNamesAre(String a, String b, String level) {
        assertThat(LevelReached.of(surname, named("Kate", a), named("Kate", b))).isEqualTo(level);
    }

    @Test
    void smythAndSmithAreAlikeBeforeTheySoundTheSame() {
        // Smyth/Smith share a sound (SM0) too, but the Jaro-Winkler band is checked first
        assertThat(Similarity.jaroWinkler("SMYTH", "SMITH")).isBetween(0.85, 0.92);
        assertThat(Similarity.jaroWinkler("PHILLIPS", "FILIPS")).isLessThan(0.85);
    }

    @Test
    void aPreviousSurnameOnEitherSideCountsAsAPart() {
        var married = named("Kate", "Ahmed").previousSurname("Taylor");
        assertThat(LevelReached.of(surname, married, named("Kate", "Taylor"))).isEqualTo("part or previous surname");

        var bothChanged = named("Kate", "Ahmed").previousSurname("Taylor");
        var alsoChanged = named("Kate", "Brown").previousSurname("Taylor");
        assertThat(LevelReached.of(surname, bothChanged, alsoChanged)).isEqualTo("part or previous surname");
    }

    @Test
    void aPreviousSurnameOfOneRecordDoesNotMakeItsCurrentSurnameAPartOfAnother() {
        var married = named("Kate", "Ahmed").previousSurname("Taylor");
        assertThat(LevelReached.of(surname, married, named("Kate", "Jones"))).isEqualTo("different");
    }

    @Test
    void isMissingWhenEitherRecordHasNoSurnameOrTheNamesAreSwapped() {
        assertThat(LevelReached.of(surname, named("Kate", null), named("Kate", "Smith")))
                .isEqualTo(LevelReached.MISSING);
        assertThat(LevelReached.of(surname, named("Kate", "Smith"), named("Smith", "Kate")))
                .isEqualTo(LevelReached.MISSING);
    }

    @Test
    void theSurnameAdjustsForHowCommonItIs() {
        assertThat(surname.frequencyAdjusted()).isTrue();
        assertThat(surname.frequencyValue(named("Kate", "O'Brien").build())).isEqualTo("OBRIEN");
    }
}
