/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void keepsWhatIsKnownAndNoMore() {
        assertThat(PartialDate.parseIso("1990").orElseThrow().toIso()).isEqualTo("1990");
        assertThat(PartialDate.parseIso("1990-03").orElseThrow().toIso()).isEqualTo("1990-03");
        assertThat(PartialDate.parseIso("1990-03-07").orElseThrow().isComplete())
                .isTrue();
        assertThat(PartialDate.parseIso(" ")).isEmpty();
    }

    @Test
    void refusesImpossibleDates() {
        assertThatThrownBy(() -> PartialDate.parseIso("2021-02-31")).hasMessageContaining("no such date");
        assertThatThrownBy(() -> PartialDate.parseIso("07/03/1990")).hasMessageContaining("not an ISO date");
    }

    @Test
    void ageOfAPartialDateIsTheYoungestThePersonCanBe() {
        var today = LocalDate.of(2026, 11, 25);
        assertThat(PartialDate.parseIso("2008-11-25").orElseThrow().ageOn(today))
                .isEqualTo(18);
        assertThat(PartialDate.parseIso("2008-11-26").orElseThrow().ageOn(today))
                .isEqualTo(17);
        // Born some time in 2008: may not have turned 18 yet.
        assertThat(PartialDate.parseIso("2008").orElseThrow().ageOn(today)).isEqualTo(17);
    }

    @Test
    void isoOrderIsDateOrder() {
        assertThat(PartialDate.parseIso("1990-03").orElseThrow())
                .isLessThan(PartialDate.parseIso("1990-03-07").orElseThrow())
                .isLessThan(PartialDate.parseIso("1991").orElseThrow());
    }
}
