/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.blocking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.familycontext.matching.TestRecord.named;
import static org.familycontext.matching.TestRecord.record;

import org.familycontext.matching.TestRecord;
import org.junit.jupiter.api.Test;

class BlockingRuleTest {

    private static BlockingRule rule(String name) {
        return BlockingRule.standard().stream()
                .filter(r -> r.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static boolean chooses(String rule, TestRecord a, TestRecord b) {
        return rule(rule).chooses(a.build(), b.build());
    }

    @Test
    void theSameNhsNumberChoosesAPairWhateverTheNames() {
        assertThat(chooses(
                        "same NHS number",
                        named("Kate", "Smith").nhsNumber("9990001234"),
                        named("Catherine", "Jones").nhsNumber("9990001234")))
                .isTrue();
        assertThat(chooses("same NHS number", named("Kate", "Smith"), named("Kate", "Smith")))
                .as("two records without an NHS number do not share one")
                .isFalse();
    }

    @Test
    void aDateOfBirthAndASurnameThatSoundsTheSameChooseAPair() {
        assertThat(chooses(
                        "same date of birth and surname sound",
                        named("Kate", "Smith").born("1990-07-03"),
                        named("Ann", "Smyth").born("1990-07-03")))
                .isTrue();
        assertThat(chooses(
                        "same date of birth and surname sound",
                        named("Kate", "Smith").born("1990-07-03"),
                        named("Kate", "Smith").born("1990-03-07")))
                .isFalse();
    }

    @Test
    void aDateOfBirthOfOnlyAYearIsNoDateToBlockOn() {
        assertThat(chooses(
                        "same date of birth and surname sound",
                        named("Kate", "Smith").born("1990"),
                        named("Kate", "Smith").born("1990")))
                .isFalse();
        assertThat(chooses(
                        "same forename and surname sounds and birth year",
                        named("Kate", "Smith").born("1990"),
                        named("Kait", "Smyth").born("1990-07-03")))
                .isTrue();
    }

    @Test
    void aPseudoPostcodeNeverChoosesAPair() {
        assertThat(chooses(
                        "same postcode and forename sound",
                        named("Kate", "Smith").postcode("ZZ99 3VZ"),
                        named("Kate", "Jones").postcode("ZZ99 3VZ")))
                .isFalse();
        assertThat(chooses(
                        "same postcode and forename sound",
                        named("Kate", "Smith").postcode("LS6 2AB"),
                        named("Kate", "Jones").postcode("ls6 2ab")))
                .isTrue();
    }

    @Test
    void namesSwappedOrChangedStillMeetOnDateOfBirthAndPostcode() {
        assertThat(chooses(
                        "same date of birth and postcode (names swapped or changed)",
                        named("Kate", "Smith").born("1990-07-03").postcode("LS6 2AB"),
                        named("Smith", "Kate").born("1990-07-03").postcode("LS6 2AB")))
                .isTrue();
        assertThat(chooses(
                        "same date of birth and postcode (names swapped or changed)",
                        record().born("1990-07-03"),
                        record().born("1990-07-03")))
                .isFalse();
    }
}
