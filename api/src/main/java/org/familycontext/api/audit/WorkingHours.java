/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.audit;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Set;

/** When work is expected (by default 08:00 to 18:00, Monday to Friday, London time). */
public record WorkingHours(LocalTime start, LocalTime end, Set<DayOfWeek> days, ZoneId zone) {

    public WorkingHours {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("family-context.audit.working-hours: start must be before end");
        }
        days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
    }

    static WorkingHours of(AuditProperties.WorkingHoursProperties properties) {
        try {
            return new WorkingHours(
                    LocalTime.parse(properties.start()),
                    LocalTime.parse(properties.end()),
                    Set.copyOf(properties.days()),
                    ZoneId.of(properties.zone()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "family-context.audit.working-hours: start and end must be times such as 08:00", e);
        }
    }

    public boolean isWorkingTime(Instant instant) {
        var local = instant.atZone(zone);
        var time = local.toLocalTime();
        return days.contains(local.getDayOfWeek()) && !time.isBefore(start) && time.isBefore(end);
    }

    /**
     * The start of the stretch outside working hours that holds this instant: the end of the last working day
     * before it (Friday 18:00 for any time of a weekend). Instants of one night or one weekend share it.
     */
    public Instant outOfHoursStretchOf(Instant instant) {
        var local = instant.atZone(zone);
        for (int back = 0; back <= 7; back++) {
            var day = local.toLocalDate().minusDays(back);
            var endOfDay = day.atTime(end).atZone(zone);
            if (days.contains(day.getDayOfWeek()) && !endOfDay.isAfter(local)) {
                return endOfDay.toInstant();
            }
        }
        // No working days at all: all time is one stretch.
        return Instant.EPOCH;
    }
}
