/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.family;

/**
 * One step along a relationship, seen from the person the step starts at: "the next person is my PARENT".
 * Declared in order of preference: when two paths reach a relative equally fast, the one through nearer kin
 * names the relationship, and a recorded tie always wins over a guess or a shared home.
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
    SIGNIFICANT_OTHER,
    /** An inferred tie from living together and an age gap: the next person may be a parent or carer. */
    POSSIBLE_PARENT,
    /** The other end of {@link #POSSIBLE_PARENT}. */
    POSSIBLE_CHILD,
    /** An inferred tie between young people close in age sharing a home. */
    POSSIBLE_SIBLING,
    /** No tie at all: the two live in one household (on the day the network is drawn for). */
    CO_RESIDENT;

    /** The row type the walk gives a shared household; never a tie. */
    static final String CO_RESIDENT_ROW = "CO_RESIDENT";

    /** The row type the walk gives an inferred tie between persons. */
    static final String INFERRED_ROW = "INFERRED_TIE";

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
                switch (kind == null ? "other" : kind) {
                    case "grandparent" -> outgoing ? GRANDCHILD : GRANDPARENT;
                    case "aunt_uncle" -> outgoing ? NIECE_NEPHEW : AUNT_UNCLE;
                    case "cousin" -> COUSIN;
                    default -> RELATIVE;
                };
            // Stored from the older to the younger, or for siblings from the smaller person ID.
            case INFERRED_ROW ->
                "possible_parent_or_carer".equals(kind)
                        ? (outgoing ? POSSIBLE_CHILD : POSSIBLE_PARENT)
                        : POSSIBLE_SIBLING;
            case CO_RESIDENT_ROW -> CO_RESIDENT;
            default -> throw new IllegalArgumentException("not a family tie: " + tieType);
        };
    }

    boolean isGuess() {
        return this == POSSIBLE_PARENT || this == POSSIBLE_CHILD || this == POSSIBLE_SIBLING;
    }
}
