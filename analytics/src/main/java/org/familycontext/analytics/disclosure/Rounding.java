/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.analytics.disclosure;

/**
 * Rounding of the counts left after suppression, to the nearest multiple of {@code base} (halves up: 15 to the nearest
 * 10 is 20); a base of 1 leaves them exact. Each total is rounded from its own exact value, not added up from rounded
 * counts, so a rounded table need not add up.
 */
public record Rounding(int base) {

    public static final Rounding NONE = new Rounding(1);

    public Rounding {
        if (base < 1) {
            throw new IllegalArgumentException("the rounding base is 1 (no rounding) or more");
        }
    }

    public static Rounding toNearest(int base) {
        return new Rounding(base);
    }

    public boolean rounds() {
        return base > 1;
    }

    /** The published figure for an exact count that is not suppressed. */
    public Figure apply(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("a count is never negative");
        }
        var rounded = (count + base / 2) / base * base;
        return rounded == 0 && count > 0 ? new Figure.RoundedToZero() : new Figure.Count(rounded);
    }
}
