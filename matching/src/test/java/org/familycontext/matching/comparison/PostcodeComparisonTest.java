/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.familycontext.matching.TestRecord.record;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostcodeComparisonTest {

    private final PostcodeComparison postcode = new PostcodeComparison();

    @ParameterizedTest(name = "{0} and {1}: {2}")
    @CsvSource({
        "LS6 2AB, LS6 2AB, same",
        "LS6 2AB, ls62ab, same",
        "LS6 2AB, LS6 2XY, same sector",
        "LS6 2AB, LS6 3AB, same district",
        "LS6 2AB, LS16 2AB, different",
        "LS6 2AB, M1 1AE, different",
        "SW1A 1AA, SW1A 2AA, same district",
        "ZZ99 3VZ, ZZ99 3VZ, MISSING",
        "ZZ99 3VZ, LS6 2AB, MISSING",
        "not known, LS6 2AB, MISSING",
        ", LS6 2AB, MISSING",
    })
    void reachesTheLevelOfHowNearThePostcodesAre(String a, String b, String level) {
        assertThat(LevelReached.of(postcode, record().postcode(a), record().postcode(b)))
                .isEqualTo(level);
    }

    @Test
    void thePostcodeAdjustsForHowCommonItIsSoThatAHostelsPostcodeProvesLittle() {
        assertThat(postcode.frequencyAdjusted()).isTrue();
        assertThat(postcode.frequencyValue(record().postcode("ls62ab").build())).isEqualTo("LS6 2AB");
        assertThat(postcode.frequencyValue(record().postcode("ZZ99 3VZ").build()))
                .isNull();
    }
}
