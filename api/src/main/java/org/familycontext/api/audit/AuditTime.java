/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.familycontext.api.graph.InvalidArgumentException;

/**
 * Instants as the audit trail stores them: ISO text in UTC, always to the millisecond
 * ({@code 2026-03-02T09:15:00.000Z}), so that text order is time order and a range is an index range.
 */
final class AuditTime {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private AuditTime() {}

    static String format(Instant instant) {
        return FORMAT.format(instant);
    }

    static Instant parse(String stored) {
        return Instant.parse(stored);
    }

    /** An instant a caller gave, in the stored form; refused with a message naming the argument. */
    static String argument(String value, String name) {
        try {
            return format(Instant.parse(value.strip()));
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidArgumentException(name + " must be an ISO instant such as 2026-03-01T00:00:00Z");
        }
    }
}
