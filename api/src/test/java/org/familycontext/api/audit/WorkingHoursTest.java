/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class WorkingHoursTest {

    private final WorkingHours hours = new WorkingHours(
            LocalTime.of(8, 0),
            LocalTime.of(18, 0),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            ZoneId.of("Europe/London"));

    @Test
    void workingHoursAreLondonTimeOnWeekdays() {
        assertThat(hours.isWorkingTime(Instant.parse("2020-01-10T17:59:00Z"))).isTrue(); // Friday
        assertThat(hours.isWorkingTime(Instant.parse("2020-01-10T18:00:00Z"))).isFalse();
        assertThat(hours.isWorkingTime(Instant.parse("2020-01-11T12:00:00Z"))).isFalse(); // Saturday
        // 07:30 UTC in July is 08:30 in London (summer time).
        assertThat(hours.isWorkingTime(Instant.parse("2020-07-01T07:30:00Z"))).isTrue();
        assertThat(hours.isWorkingTime(Instant.parse("2020-01-06T07:30:00Z"))).isFalse();
    }

    @Test
    void aWeekendAndTheNightsAroundItAreOneStretch() {
        var fridayEvening = Instant.parse("2020-01-10T18:00:00Z");
        assertThat(hours.outOfHoursStretchOf(Instant.parse("2020-01-10T23:00:00Z")))
                .isEqualTo(fridayEvening);
        assertThat(hours.outOfHoursStretchOf(Instant.parse("2020-01-12T10:00:00Z")))
                .isEqualTo(fridayEvening);
        assertThat(hours.outOfHoursStretchOf(Instant.parse("2020-01-13T07:59:00Z")))
                .isEqualTo(fridayEvening);
        assertThat(hours.outOfHoursStretchOf(Instant.parse("2020-01-14T06:00:00Z")))
                .isEqualTo(Instant.parse("2020-01-13T18:00:00Z"));
    }
}
