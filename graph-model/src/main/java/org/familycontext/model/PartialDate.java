/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A date that may be known only in part: a year, a year and month, or a full date. Sources often hold
 * "1990" or "03/1990" for a date of birth, and the model must keep that rather than invent a day.
 *
 * <p>Stored in the graph as text in ISO order ({@code 1990}, {@code 1990-03}, {@code 1990-03-07}) so that
 * string order is date order and a prefix query finds everyone born in a year.
 */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {

    private static final Pattern ISO_PARTIAL = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (year < 1800 || year > 2200) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (day != null && month == null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (day != null) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("no such date: " + year + "-" + month + "-" + day, e);
            }
        }
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** Parses the stored ISO form; blank means unknown. */
    public static Optional<PartialDate> parseIso(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        var m = ISO_PARTIAL.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not an ISO date, year-month or year: " + text);
        }
        Integer month = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer day = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        return Optional.of(new PartialDate(Integer.parseInt(m.group(1)), month, day));
    }

    public boolean isComplete() {
        return day != null;
    }

    /** The full date when the day is known. */
    public Optional<LocalDate> toLocalDate() {
        return isComplete() ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
    }

    /**
     * Age in whole years on the given day; with a partial date the youngest age the person can be, so
     * that an age rule ("adults only") is never applied to someone who may still be a child.
     */
    public int ageOn(LocalDate today) {
        var latestBirth = isComplete()
                ? LocalDate.of(year, month, day)
                : month != null ? LocalDate.of(year, month, 1).plusMonths(1).minusDays(1) : LocalDate.of(year, 12, 31);
        return Math.max(0, Period.between(latestBirth, today).getYears());
    }

    public String toIso() {
        // By hand, not String.format: a loader formats every date of every row.
        var iso = new StringBuilder(10);
        padded(iso, year, 4);
        if (month != null) {
            padded(iso.append('-'), month, 2);
            if (day != null) {
                padded(iso.append('-'), day, 2);
            }
        }
        return iso.toString();
    }

    private static void padded(StringBuilder out, int value, int width) {
        var digits = Integer.toString(value);
        out.repeat('0', Math.max(0, width - digits.length())).append(digits);
    }

    @Override
    public int compareTo(PartialDate other) {
        return toIso().compareTo(other.toIso());
    }

    @Override
    public String toString() {
        return toIso();
    }
}
