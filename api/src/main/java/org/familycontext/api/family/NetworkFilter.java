/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.family;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.familycontext.api.graph.InvalidArgumentException;

/**
 * Which ties a network shows.
 *
 * @param minConfidence ties less certain than this are left out; recorded ties count as 1
 * @param includeInferred whether ties guessed from a shared home are shown (flagged, never as fact)
 * @param asOf only ties and household memberships valid on this ISO date (unknown dates kept); null for all
 */
record NetworkFilter(double minConfidence, boolean includeInferred, String asOf) {

    static final NetworkFilter ALL = new NetworkFilter(0, false, null);

    /** Checks the arguments as a caller gave them; messages name the argument and never echo a value. */
    static NetworkFilter of(Double minConfidence, Boolean includeInferred, String asOf) {
        double confidence = minConfidence == null ? 0 : minConfidence;
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new InvalidArgumentException("minConfidence must be between 0 and 1");
        }
        String date = null;
        if (asOf != null && !asOf.isBlank()) {
            try {
                date = LocalDate.parse(asOf.strip()).toString();
            } catch (DateTimeParseException e) {
                throw new InvalidArgumentException("asOf must be a date written YYYY-MM-DD");
            }
        }
        return new NetworkFilter(confidence, Boolean.TRUE.equals(includeInferred), date);
    }

    /**
     * A Cypher condition: the period from {@code from} to {@code to} (ISO text, possibly partial, null when
     * unknown) includes {@code $asOf}, read at its widest: a tie that ended "in 2014" was valid on 2014-05-01.
     */
    static String validOn(String from, String to) {
        return "($asOf IS NULL OR ((%1$s IS NULL OR %1$s <= $asOf) AND (%2$s IS NULL OR left($asOf, size(%2$s)) <= %2$s)))"
                .formatted(from, to);
    }
}
