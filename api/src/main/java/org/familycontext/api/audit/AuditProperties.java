/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.audit;

import java.time.DayOfWeek;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code family-context.audit.*}: the thresholds of the unusual-access rules.
 *
 * @param maxPersonsPerHour more different persons than this viewed by one user within an hour is listed
 * @param outOfHoursMaxPersons more different persons than this viewed outside working hours, between two working
 *     days, is listed
 * @param workingHours when work is expected
 */
@ConfigurationProperties("family-context.audit")
public record AuditProperties(
        @DefaultValue("60") int maxPersonsPerHour,
        @DefaultValue("20") int outOfHoursMaxPersons,
        @DefaultValue WorkingHoursProperties workingHours) {

    /**
     * @param start first minute of the working day ({@code HH:mm})
     * @param end end of the working day ({@code HH:mm}), excluded
     * @param days the working days
     * @param zone the time zone the hours are in
     */
    public record WorkingHoursProperties(
            @DefaultValue("08:00") String start,
            @DefaultValue("18:00") String end,

            @DefaultValue({"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"})
            List<DayOfWeek> days,

            @DefaultValue("Europe/London") String zone) {}
}
