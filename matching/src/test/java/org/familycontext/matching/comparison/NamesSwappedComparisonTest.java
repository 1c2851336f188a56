/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.familycontext.matching.TestRecord.named;

import org.junit.jupiter.api.Test;

class NamesSwappedComparisonTest {

    private final NamesSwappedComparison swapped = new NamesSwappedComparison();

    @Test
    void forenameTypedAsSurnameAndSurnameAsForenameAreSwapped() {
        assertThat(LevelReached.of(swapped, named("Kate", "Smith"), named("SMITH", "kate")))
                .isEqualTo("swapped");
    }

    @Test
    void theSameNamesTheRightWayRoundAreNotSwapped() {
        assertThat(LevelReached.of(swapped, named("Kate", "Smith"), named("Kate", "Smith")))
                .isEqualTo("not swapped");
        assertThat(LevelReached.of(swapped, named("Kate", "Smith"), named("Smith", "Jones")))
                .as("only one name moved")
                .isEqualTo("not swapped");
    }

    @Test
    void aForenameThatIsAlsoTheSurnameIsNeverSwapped() {
        // "Thomas Thomas" reads the same both ways; calling it swapped would silence both name comparisons
        assertThat(LevelReached.of(swapped, named("Thomas", "Thomas"), named("Thomas", "Thomas")))
                .isEqualTo("not swapped");
        assertThat(LevelReached.of(new ForenameComparison(), named("Thomas", "Thomas"), named("Thomas", "Thomas")))
                .isEqualTo("exact");
    }

    @Test
    void isMissingWhenAnyOfTheFourNamesIsMissing() {
        assertThat(LevelReached.of(swapped, named("Kate", null), named("Smith", "Kate")))
                .isEqualTo(LevelReached.MISSING);
        assertThat(LevelReached.of(swapped, named(null, "Smith"), named("Smith", "Kate")))
                .isEqualTo(LevelReached.MISSING);
    }
}
