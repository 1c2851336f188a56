/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.analytics.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class RoundingTest {

    private static String rounded(Rounding rounding, long... counts) {
        return String.join(
                ",",
                LongStream.of(counts).mapToObj(c -> rounding.apply(c).csv()).toList());
    }

    @Test
    void countsAreRoundedToTheNearestMultipleOfTheBaseHalvesUp() {
        assertThat(rounded(Rounding.toNearest(5), 0, 6, 7, 8, 12, 13, 102)).isEqualTo("0,5,5,10,10,15,100");
        assertThat(rounded(Rounding.toNearest(10), 0, 6, 14, 15, 25, 104)).isEqualTo("0,10,10,20,30,100");
        assertThat(rounded(Rounding.NONE, 0, 6, 7, 13)).isEqualTo("0,6,7,13");
    }

    @Test
    void aCountThatRoundsToZeroIsNotShownAsATrueZero() {
        assertThat(Rounding.toNearest(10).apply(3)).isEqualTo(new Figure.RoundedToZero());
        assertThat(Rounding.toNearest(10).apply(3).csv()).isEqualTo("[k]");
        var published = Suppression.standard()
                .withThreshold(1)
                .roundedTo(Rounding.toNearest(10))
                .apply(Tables.oneWay(0, 3, 40, 57));
        assertThat(published.counts()).extracting(Figure::csv).containsExactly("0", "[k]", "40", "60");
        assertThat(published.notes()).anyMatch(note -> note.startsWith("[k]"));
    }

    @Test
    void roundingComesAfterSuppressionAndTotalsAreRoundedFromTheirOwnExactValue() {
        var published = Suppression.standard().roundedTo(Rounding.toNearest(5)).apply(Tables.oneWay(6, 6, 6, 3));

        // 3 is withheld with the smallest other count; 6 + 6 + 6 + 3 = 21 rounds to 20, not to 5 + 5 = 10.
        assertThat(published.counts()).extracting(Figure::csv).containsExactly("[c]", "5", "5", "[c]");
        assertThat(published.total()).isEqualTo(new Figure.Count(20));
        assertThat(published.notes()).anyMatch(note -> note.contains("rounded from its own exact value"));
    }

    @Test
    void anUnroundedTableSaysNothingAboutRounding() {
        var published = Suppression.standard().apply(Tables.oneWay(6, 6));
        assertThat(published.notes()).noneMatch(note -> note.contains("rounded"));
    }
}
