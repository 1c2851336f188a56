/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.audit;

import java.util.Locale;

/** How an audited request ended; stored in lower case ({@code ok}, {@code refused}, {@code error}). */
public enum AuditOutcome {
    /** Answered. */
    OK,
    /** Not valid, not allowed or asking too much: nothing or only part of it was answered. */
    REFUSED,
    /** Failed inside the service, or could not be audited (the answer was then withheld). */
    ERROR;

    public String stored() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The outcome a stored value names; one this version does not know reads as an error, the cautious reading. */
    public static AuditOutcome fromStored(String stored) {
        for (var outcome : values()) {
            if (outcome.stored().equals(stored)) {
                return outcome;
            }
        }
        return ERROR;
    }
}
