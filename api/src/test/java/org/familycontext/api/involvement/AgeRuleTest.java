/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.involvement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.familycontext.model.source.Source;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgeRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @ParameterizedTest(name = "born {0}, ages {1} to {2}, {3} years back: applicable {4}")
    @CsvSource(
            nullValues = "-",
            value = {
                // adults only, extract of 2026-11-01
                "2008-11-01, 18, -, 6, true", // 18 on the day the extract was taken
                "2008-11-02, 18, -, 6, false", // one day short
                "2008, 18, -, 6, true", // born in 2008: may have turned 18 by November 2026
                "2009, 18, -, 6, false",
                // children to 19, three years back (from 2023-11-01)
                "2003-11-02, 2, 19, 3, true", // 19 on the first day it covers
                "2003-11-01, 2, 19, 3, false", // already 20 by then
                "2003, 2, 19, 3, true", // may have been born late in 2003
                // no limit of years: anyone who was ever young enough
                "1950-01-01, -, 19, -, true",
                // born after the extract was taken
                "2026-11-15, -, -, 5, false",
                // an unknown date of birth rules nothing out
                "-, 18, -, 6, true",
            })
    void aSourceCanHoldAPersonWithinItsAgesAtAnyTimeItCovers(
            String born, Integer minAge, Integer maxAge, Integer historyYears, boolean applicable) {
        var source = new Source(null, "src", null, "POLICE", "2026-11-01", historyYears, null, minAge, maxAge, null);
        assertThat(AgeRule.whyNotApplicable(born, source, TODAY).isEmpty()).isEqualTo(applicable);
    }
}
