/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.generator.noise;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * A date as a source holds it: whole, or only the month and year, or only the year.
 *
 * @param month null when only the year is held
 * @param day null when the day is not held
 */
public record RecordedDate(int year, Integer month, Integer day) {

    public static RecordedDate of(LocalDate date) {
        return date == null ? null : new RecordedDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    public boolean isComplete() {
        return day != null;
    }

    /**
     * Written in the source's pattern; a partial date as MM/yyyy or yyyy, the forms the manifests name next
     * to the full pattern.
     */
    public String format(DateTimeFormatter full) {
        if (day != null) {
            return LocalDate.of(year, month, day).format(full);
        }
        if (month != null) {
            return String.format("%02d/%04d", month, year);
        }
        return String.format("%04d", year);
    }

    /** Null-safe: an absent date is an empty cell. */
    public static String format(RecordedDate date, DateTimeFormatter full) {
        return date == null ? "" : date.format(full);
    }
}
