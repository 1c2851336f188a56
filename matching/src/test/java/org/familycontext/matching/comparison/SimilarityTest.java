/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimilarityTest {

    @ParameterizedTest(name = "{0} and {1}: {2}")
    @CsvSource({
        "JOHN, JOHN, false",
        "JOHN, JOAN, true",
        "JOHN, JOHNN, true",
        "JOHN, JON, true",
        "JOHN, OHN, true",
        "JONH, JOHN, true",
        "OJHN, JOHN, true",
        "JOHN, JOHB, true",
        // two neighbours swapped is one edit, two characters apart swapped is not
        "JOHN, JNHO, false",
        "ABCD, BADC, false",
        "JOHN, JHON, true",
        "JOHN, JANE, false",
        "JOHN, JOHNNY, false",
        "9990001234, 9990001243, true",
        "9990001234, 9990001432, false",
    })
    void oneEditApartCountsOneChangeInsertionDeletionOrNeighbourSwap(String a, String b, boolean expected) {
        assertThat(Similarity.oneEditApart(a, b)).isEqualTo(expected);
        assertThat(Similarity.oneEditApart(b, a)).isEqualTo(expected);
    }

    @Test
    void jaroWinklerIsOneForTheSameTextAndRewardsASharedStart() {
        assertThat(Similarity.jaroWinkler("KATE", "KATE")).isEqualTo(1.0);
        assertThat(Similarity.jaroWinkler("JOHN", "PETER")).isZero();
        // same letters differing at the end score higher than differing at the start
        assertThat(Similarity.jaroWinkler("MARTHA", "MARHTA"))
                .isGreaterThan(Similarity.jaroWinkler("AMRTHA", "MARTHA"));
    }
}
