/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.familycontext.matching.comparison.Comparison;
import org.familycontext.matching.comparison.Comparisons;
import org.junit.jupiter.api.Test;

class PatternsTest {

    @Test
    void aPackedVectorGivesBackEveryLevelIncludingMissing() {
        var levels = new int[] {0, Comparison.MISSING, 6, 14, 1, Comparison.MISSING, 0, 2, 2, 2, 5, 3, 0, 1, 4, 14};

        long packed = Patterns.pack(levels);

        for (int c = 0; c < levels.length; c++) {
            assertThat(Patterns.level(packed, c)).as("comparison %d", c).isEqualTo(levels[c]);
        }
    }

    @Test
    void theStandardComparisonsFitInAPackedVector() {
        var standard = Comparisons.standard();

        assertThat(standard.size()).isLessThanOrEqualTo(16);
        assertThat(standard).allSatisfy(c -> assertThat(c.levels().size()).isLessThanOrEqualTo(15));
    }

    @Test
    void countsEachVectorAndAddsCountsTogether() {
        var a = new Patterns();
        long match = Patterns.pack(new int[] {0, 0});
        long miss = Patterns.pack(new int[] {2, Comparison.MISSING});
        a.add(match);
        a.add(match);
        a.add(miss);
        var b = new Patterns();
        b.add(miss);

        a.addAll(b);

        assertThat(a.total()).isEqualTo(4);
        assertThat(a.counts().get(match)[0]).isEqualTo(2);
        assertThat(a.counts().get(miss)[0]).isEqualTo(2);
        assertThat(b.total()).isEqualTo(1);
    }
}
