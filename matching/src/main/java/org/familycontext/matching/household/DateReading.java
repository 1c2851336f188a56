/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.household;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.familycontext.model.PartialDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a partial date ({@code 1990}, {@code 1990-03}) is read as a day. A period is read at its widest: it starts
 * on the first day its start can mean and ends on the last day its end can mean, so that people who may have
 * shared a home are not kept apart by the precision of a source. A date of birth is read at the middle of what
 * it can mean, so that an age gap is off by half a year at most.
 */
final class DateReading {

    private static final Logger log = LoggerFactory.getLogger(DateReading.class);

    private DateReading() {}

    /** {@code 1990} → 1990-01-01, {@code 1990-03} → 1990-03-01. */
    static Optional<LocalDate> earliest(String iso) {
        return parse(iso)
                .map(d -> LocalDate.of(d.year(), d.month() == null ? 1 : d.month(), d.day() == null ? 1 : d.day()));
    }

    /** {@code 1990} → 1990-12-31, {@code 1990-03} → 1990-03-31. */
    static Optional<LocalDate> latest(String iso) {
        return parse(iso)
                .map(d -> d.isComplete()
                        ? d.toLocalDate().orElseThrow()
                        : d.month() == null
                                ? LocalDate.of(d.year(), 12, 31)
                                : YearMonth.of(d.year(), d.month()).atEndOfMonth());
    }

    /** {@code 1990} → 1990-07-01, {@code 1990-03} → 1990-03-15 (or 16). */
    static Optional<LocalDate> middle(String iso) {
        return parse(iso).map(d -> {
            var first = earliest(iso).orElseThrow();
            var last = latest(iso).orElseThrow();
            return first.plusDays((last.toEpochDay() - first.toEpochDay()) / 2);
        });
    }

    private static Optional<PartialDate> parse(String iso) {
        try {
            return PartialDate.parseIso(iso);
        } catch (IllegalArgumentException e) {
            // A date the loaders let through but that is not a date: read as unknown, not as a reason to stop.
            log.debug("Not a date, read as unknown: {}", e.getMessage());
            return Optional.empty();
        }
    }
}
