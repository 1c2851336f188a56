/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.familycontext.matching.TestRecord.named;

import org.familycontext.matching.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ForenameComparisonTest {

    private final ForenameComparison forename = new ForenameComparison();

    @ParameterizedTest(name = "{0} and {1}: {2}")
    @CsvSource({
        "Kate, Kate, exact",
        "Zoë, ZOE, exact",
        "Mary-Jane, Mary Jane, exact",
        "Bill, William, nickname",
        "Kate, Katherine, nickname",
        "Kate, Katie, nickname",
        // a nickname outranks the typo it also looks like
        "Sarah, Sara, nickname",
        "Jonh, John, nearly the same",
        "Stephen, Steven, alike",
        "Christopher, Kristofer, sounds the same",
        "John, James, same initial",
        "John, Peter, different",
    })
    void reachesTheLevelOfHowAlikeTheNamesAre(String a, String b, String level) {
        assertThat(LevelReached.of(forename, named(a, "Smith"), named(b, "Smith")))
                .isEqualTo(level);
    }

    @Test
    void theTypoAndAlikeLevelsAreJaroWinklerBands() {
        assertThat(Similarity.jaroWinkler("JONH", "JOHN")).isGreaterThanOrEqualTo(0.92);
        assertThat(Similarity.jaroWinkler("STEPHEN", "STEVEN")).isBetween(0.85, 0.92);
        // below the bands, so only the shared sound (KRST) brings them together
        assertThat(Similarity.jaroWinkler("CHRISTOPHER", "KRISTOFER")).isLessThan(0.85);
    }

    @Test
    void kateIsANicknameOfCatherine() {
        assertThat(LevelReached.of(forename, named("Kate", "Smith"), named("Catherine", "Smith")))
                .isEqualTo("nickname");
    }

    @Test
    void isMissingWhenEitherRecordHasNoForename() {
        assertThat(LevelReached.of(forename, named(null, "Smith"), named("Kate", "Smith")))
                .isEqualTo(LevelReached.MISSING);
        assertThat(LevelReached.of(forename, named("-", "Smith"), named("Kate", "Smith")))
                .as("a forename of punctuation only is no forename")
                .isEqualTo(LevelReached.MISSING);
    }

    @Test
    void saysNothingWhenTheNamesAreSwappedSoThatTheSwapIsNotCountedTwiceAgainst() {
        assertThat(LevelReached.of(forename, named("Kate", "Smith"), named("Smith", "Kate")))
                .isEqualTo(LevelReached.MISSING);
    }

    @Test
    void theForenameAdjustsForHowCommonItIs() {
        assertThat(forename.frequencyAdjusted()).isTrue();
        assertThat(forename.frequencyValue(TestRecord.named("Zoë", "Smith").build()))
                .isEqualTo("ZOE");
    }
}
