/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.model.record;

/** Sex as a source records it. Unknown is a value, not a gap: many sources do not hold it. */
public enum Sex {
    FEMALE,
    MALE,
    OTHER,
    UNKNOWN;

    /** Reads the stored value; anything absent or unrecognised is UNKNOWN. */
    public static Sex fromStored(String value) {
        if (value == null) {
            return UNKNOWN;
        }
        try {
            return valueOf(value);
        } catch (IllegalArgumentException e) {
            return UNKNOWN;
        }
    }
}
