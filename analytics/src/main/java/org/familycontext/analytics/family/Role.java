/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.analytics.family;

import java.util.Locale;

/** Why a person is in a family, stored on {@code IN_FAMILY.role}; the first that applies, in this order. */
public enum Role {
    /** A dependent child. */
    CHILD,
    /** A current birth, adoptive, step (or unknown-kind) parent of a child of the family, as a source records it. */
    PARENT,
    /** A current special guardian or kinship carer of a child of the family. */
    CARER,
    /** A current partner (married, civil partnership, cohabiting) of a parent or carer of the family. */
    PARTNER,
    /** Not a dependent child, but shares a recorded parent, or has a recorded sibling tie, with a child. */
    SIBLING,
    /** Anyone else living in a child's current household. */
    HOUSEHOLD;

    public String stored() {
        return name().toLowerCase(Locale.ROOT);
    }
}
