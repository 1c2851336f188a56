/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.search;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import org.familycontext.api.graph.InvalidArgumentException;

/** Reads a date of birth as people type it: ISO or the UK day/month/year. */
final class DateOfBirth {

    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));

    private DateOfBirth() {}

    static LocalDate parse(String typed) {
        for (var format : FORMATS) {
            try {
                return LocalDate.parse(typed.strip(), format);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        throw new InvalidArgumentException("dateOfBirth must be a real date as yyyy-MM-dd or dd/MM/yyyy");
    }
}
