/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.household;

/** What co-residence and an age gap suggest; never a recorded relationship. */
public enum TieKind {
    POSSIBLE_PARENT_OR_CARER("possible_parent_or_carer"),
    POSSIBLE_SIBLING("possible_sibling");

    private final String stored;

    TieKind(String stored) {
        this.stored = stored;
    }

    /** The value of the tie's {@code kind} property. */
    public String stored() {
        return stored;
    }
}
