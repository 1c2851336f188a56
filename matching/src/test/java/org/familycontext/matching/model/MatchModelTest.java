/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MatchModelTest {

    private static MatchModel withShare(double share) {
        return new MatchModel(
                "v",
                "2026-01-01T00:00:00Z",
                10,
                10,
                1,
                share,
                1e-6,
                List.of(new MatchModel.ComparisonParameters(
                        "surname",
                        List.of("exact", "alike", "different"),
                        new double[] {0.8, 0.1, 0.1},
                        new double[] {0.05, 0.1, 0.85},
                        true)));
    }

    @Test
    void aLevelIsWorthLog2OfMOverUBits() {
        var surname = withShare(0.5).comparisons().getFirst();

        assertThat(surname.weight(0)).isCloseTo(4, within(1e-12));
        assertThat(surname.weight(1)).isZero();
        assertThat(surname.weight(2))
                .isCloseTo(Math.log(0.1 / 0.85) / Math.log(2), within(1e-12))
                .isNegative();
    }

    @Test
    void thePriorWeightIsLog2OfTheOddsOfACandidatePairMatching() {
        assertThat(withShare(0.5).priorWeight()).isZero();
        assertThat(withShare(0.2).priorWeight()).isCloseTo(-2, within(1e-12));
        assertThat(withShare(0.8).priorWeight()).isCloseTo(2, within(1e-12));
    }
}
