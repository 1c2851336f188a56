/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.involvement;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.familycontext.api.source.SourceCoverage;
import org.familycontext.model.PartialDate;
import org.familycontext.model.source.Source;

/**
 * Whether a source could hold a person at all, by its age rules (minAge, maxAge) over the years its extract
 * covers. A person counts as possibly held if they were within the ages at any time the extract covers: a
 * 20-year-old can be in a school extract reaching back three years. A partial date of birth is read at its widest
 * and an unknown one rules nothing out, so that "not applicable" is only said when it is certain.
 */
final class AgeRule {

    private AgeRule() {}

    /** Why the source cannot hold the person, in plain words; empty when it may. */
    static Optional<String> whyNotApplicable(String birthDate, Source source, LocalDate today) {
        var born = parse(birthDate);
        if (born.isEmpty()) {
            return Optional.empty();
        }
        var earliestBirth = earliest(born.get());
        var latestBirth = latest(born.get());
        var taken = SourceCoverage.takenOn(source).orElse(today);
        if (earliestBirth.isAfter(taken)) {
            return Optional.of(
                    "The " + source.name() + " extract was taken on " + taken + ", before this person was born.");
        }
        if (source.minAge() != null) {
            int oldest = Period.between(earliestBirth, taken).getYears();
            if (oldest < source.minAge()) {
                return Optional.of("The " + source.name() + " extract holds only " + SourceCoverage.agesCovered(source)
                        + ", and this person was under " + source.minAge() + " when it was taken (" + taken + ").");
            }
        }
        var from = SourceCoverage.coversFrom(source);
        if (source.maxAge() != null && from.isPresent() && latestBirth.isBefore(from.get())) {
            int youngest = Period.between(latestBirth, from.get()).getYears();
            if (youngest > source.maxAge()) {
                return Optional.of("The " + source.name() + " extract holds only " + SourceCoverage.agesCovered(source)
                        + ", and this person was already over " + source.maxAge() + " in "
                        + from.get().getYear()
                        + ", the earliest year it covers.");
            }
        }
        return Optional.empty();
    }

    private static Optional<PartialDate> parse(String birthDate) {
        try {
            return PartialDate.parseIso(birthDate);
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    private static LocalDate earliest(PartialDate date) {
        return LocalDate.of(date.year(), date.month() == null ? 1 : date.month(), date.day() == null ? 1 : date.day());
    }

    private static LocalDate latest(PartialDate date) {
        if (date.month() == null) {
            return LocalDate.of(date.year(), 12, 31);
        }
        var firstOfMonth = LocalDate.of(date.year(), date.month(), 1);
        return date.day() == null ? firstOfMonth.plusMonths(1).minusDays(1) : firstOfMonth.withDayOfMonth(date.day());
    }
}
