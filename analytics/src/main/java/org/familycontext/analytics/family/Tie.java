/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.analytics.family;

import java.util.Set;

/**
 * A recorded tie lifted to persons (by number): from parent to child for {@code PARENT_OF}, from relative to
 * person for {@code RELATIVE_OF}.
 *
 * @param current whether it still holds on the day of the build (no end date, or one not yet reached)
 */
record Tie(int from, int to, TieType type, String kind, boolean current) {

    private static final Set<String> CARER_KINDS = Set.of("special_guardian", "kinship_carer");
    private static final Set<String> COUPLE_KINDS = Set.of("married", "civil_partnership", "cohabiting");

    /** A parent as sources mean it: birth, adoptive, step, or of a kind the source did not say. */
    boolean parent() {
        return type == TieType.PARENT_OF && !carer() && !foster();
    }

    boolean carer() {
        return type == TieType.PARENT_OF && kind != null && CARER_KINDS.contains(kind);
    }

    /** A foster placement: a child's carer for now, never the child's family. */
    boolean foster() {
        return type == TieType.PARENT_OF && "foster".equals(kind);
    }

    /** A couple still together: not separated or divorced, and not ended. */
    boolean couple() {
        return type == TieType.PARTNER_OF && current && kind != null && COUPLE_KINDS.contains(kind);
    }
}
