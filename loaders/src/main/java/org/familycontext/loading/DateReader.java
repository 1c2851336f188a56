/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.loading;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import org.familycontext.model.PartialDate;

/**
 * Reads dates in the formats a manifest names, strictly: 31/02 is an error, never 3 March. A pattern without a
 * day (MM/yyyy) or month (yyyy) gives a partial date, which the model keeps as such.
 */
final class DateReader {

    private record Format(DateTimeFormatter formatter, boolean hasDay, boolean hasMonth) {}

    private final List<Format> formats;
    private final List<String> patterns;

    DateReader(List<String> patterns) {
        this.patterns = List.copyOf(patterns);
        this.formats = patterns.stream()
                .map(p -> new Format(
                        DateTimeFormatter.ofPattern(p.replace("yyyy", "uuuu"), Locale.UK)
                                .withResolverStyle(ResolverStyle.STRICT),
                        p.contains("d"),
                        p.contains("M")))
                .toList();
    }

    PartialDate read(String field, String value) throws FieldProblem {
        if (value == null || value.isBlank()) {
            return null;
        }
        var v = value.strip();
        for (var format : formats) {
            try {
                if (format.hasDay()) {
                    return PartialDate.of(LocalDate.parse(v, format.formatter()));
                }
                if (format.hasMonth()) {
                    var ym = YearMonth.parse(v, format.formatter());
                    return new PartialDate(ym.getYear(), ym.getMonthValue(), null);
                }
                if (v.matches("\\d{4}")) {
                    return new PartialDate(Integer.parseInt(v), null, null);
                }
            } catch (DateTimeParseException | IllegalArgumentException e) {
                // try the next format
            }
        }
        // The value itself stays out of the reject report: it may be a date of birth. The line finds it.
        throw new FieldProblem(field, "not a real date written as " + String.join(" or ", patterns));
    }
}
