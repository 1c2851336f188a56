/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.family;

/**
 * One step along a recorded relationship, seen from the person the step starts at: "the next person is my
 * PARENT". Declared in order of preference: when two paths reach a relative equally fast, the one through
 * nearer kin names the relationship.
 */
enum Move {
    PARENT,
    CHILD,
    SIBLING,
    PARTNER,
    GRANDPARENT,
    GRANDCHILD,
    AUNT_UNCLE,
    NIECE_NEPHEW,
    COUSIN,
    RELATIVE,
    SIGNIFICANT_OTHER;

    /**
     * The move for crossing a stored tie.
     *
     * @param outgoing whether the tie is stored from the current person towards the next one
     */
    static Move crossing(String tieType, String kind, boolean outgoing) {
        return switch (tieType) {
            case "PARENT_OF" -> outgoing ? CHILD : PARENT;
            case "PARTNER_OF" -> PARTNER;
            case "SIBLING_OF" -> SIBLING;
            case "SIGNIFICANT_OTHER_OF" -> SIGNIFICANT_OTHER;
            case "RELATIVE_OF" ->
                switch (kind) {
                    case "grandparent" -> outgoing ? GRANDCHILD : GRANDPARENT;
                    case "aunt_uncle" -> outgoing ? NIECE_NEPHEW : AUNT_UNCLE;
                    case "cousin" -> COUSIN;
                    default -> RELATIVE;
                };
            default -> throw new IllegalArgumentException("not a family tie: " + tieType);
        };
    }
}
