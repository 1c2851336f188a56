/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.analytics.disclosure;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One published figure of a table: a number, or a mark saying why there is none. A withheld figure carries only its
 * reason, never the value it hides. The marks are the Government Analysis Function's shorthand for tables.
 */
public sealed interface Figure {

    /** The text of this figure in a published CSV. */
    String csv();

    /** A count that may be published (after rounding, when the table is rounded). */
    record Count(long value) implements Figure {
        public Count {
            if (value < 0) {
                throw new IllegalArgumentException("a count is never negative");
            }
        }

        @Override
        public String csv() {
            return Long.toString(value);
        }
    }

    /** A ratio worked out from published counts only (the lift of two services), to two decimal places. */
    record Ratio(BigDecimal value) implements Figure {
        public Ratio {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String csv() {
            return value.toPlainString();
        }
    }

    /** Withheld ("[c]", confidential). */
    record Suppressed(Reason reason) implements Figure {
        public Suppressed {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String csv() {
            return "[c]";
        }
    }

    /** A count that is not zero but rounds to zero ("[k]"), so that it is not read as a true zero. */
    record RoundedToZero() implements Figure {
        @Override
        public String csv() {
            return "[k]";
        }
    }

    /** No figure can be worked out here ("[z]"): the lift of a service with itself, or with a service nobody has. */
    record NotApplicable() implements Figure {
        @Override
        public String csv() {
            return "[z]";
        }
    }

    static Figure suppressed(Reason reason) {
        return new Suppressed(reason);
    }

    default boolean isSuppressed() {
        return this instanceof Suppressed;
    }
}
