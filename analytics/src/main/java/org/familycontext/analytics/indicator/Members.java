/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.analytics.indicator;

import java.util.Locale;

/** Which members of a family a rule looks at. */
public enum Members {
    /** Everyone in the family. */
    ANY,
    /** The dependent children. */
    CHILDREN,
    /** Everyone who is not a dependent child. */
    ADULTS,
    /**
     * Parents, carers and their partners as sources record them, and adults a co-residence guess names as a possible
     * parent or carer of a child of the family (most families are known to no source that records ties).
     */
    PARENTS;

    static Members parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("members must be any, children, adults or parents, not " + text, e);
        }
    }
}
