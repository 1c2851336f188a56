/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.analytics.family;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.familycontext.model.PartialDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Partial dates ({@code 1990}, {@code 1990-03}) read the way the family rules need them. */
final class DateReading {

    private static final Logger log = LoggerFactory.getLogger(DateReading.class);

    private DateReading() {}

    static Optional<PartialDate> parse(String iso) {
        if (iso == null || iso.isBlank()) {
            return Optional.empty();
        }
        try {
            return PartialDate.parseIso(iso.trim());
        } catch (IllegalArgumentException e) {
            // A date the loaders let through but that is not a date: read as unknown, not as a reason to stop.
            log.debug("Not a date, read as unknown: {}", e.getMessage());
            return Optional.empty();
        }
    }

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

    /**
     * Whether something that ends on {@code toDate} still holds on {@code day}: no end date, or one not before the
     * day at its latest reading (a tie that ended "2018-06" held on 2018-06-30). An unreadable end is no end.
     */
    static boolean notEndedBy(String toDate, LocalDate day) {
        return latest(toDate).map(end -> !end.isBefore(day)).orElse(true);
    }
}
