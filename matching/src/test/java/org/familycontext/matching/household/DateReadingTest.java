/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateReadingTest {

    @Test
    void aYearOrMonthCoversAllItsDays() {
        assertThat(DateReading.earliest("1990")).contains(LocalDate.of(1990, 1, 1));
        assertThat(DateReading.latest("1990")).contains(LocalDate.of(1990, 12, 31));
        assertThat(DateReading.latest("2024-02")).contains(LocalDate.of(2024, 2, 29));
        assertThat(DateReading.middle("1990")).contains(LocalDate.of(1990, 7, 2));
        assertThat(DateReading.middle("1990-03-07")).contains(LocalDate.of(1990, 3, 7));
        assertThat(DateReading.earliest(null)).isEmpty();
        assertThat(DateReading.latest("31/12/1990")).isEmpty();
    }
}
