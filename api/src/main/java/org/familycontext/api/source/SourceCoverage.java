/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.source;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.familycontext.model.source.Source;

/** What a source's extract covers, in plain words: who (ages) and since when. */
public final class SourceCoverage {

    private SourceCoverage() {}

    /** The day the extract was taken, when the source says and it is a full date. */
    public static Optional<LocalDate> takenOn(Source source) {
        if (source.dataCurrentAsOf() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(source.dataCurrentAsOf().strip()));
        } catch (DateTimeParseException notAFullDate) {
            return Optional.empty();
        }
    }

    /** The first day the extract reaches back to: its date less its years of history. */
    public static Optional<LocalDate> coversFrom(Source source) {
        if (source.historyYears() == null) {
            return Optional.empty();
        }
        return takenOn(source).map(taken -> taken.minusYears(source.historyYears()));
    }

    /** "since 2016", or null when the source does not say how far back it reaches. */
    public static String historyCovered(Source source) {
        return coversFrom(source).map(from -> "since " + from.getYear()).orElse(null);
    }

    /** "people aged 18 or over", "people aged 2 to 19", "people of any age". */
    public static String agesCovered(Source source) {
        var min = source.minAge();
        var max = source.maxAge();
        if (min == null && max == null) {
            return "people of any age";
        }
        if (max == null) {
            return "people aged " + min + " or over";
        }
        if (min == null || min == 0) {
            return "people aged " + max + " or under";
        }
        return "people aged " + min + " to " + max;
    }
}
