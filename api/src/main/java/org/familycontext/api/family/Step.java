/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.family;

/** A move to a person, with the kind of the tie crossed (birth, step, married, separated ...). */
record Step(Move move, String kind, String personId) {

    /** Birth, adoptive and unrecorded kinds make someone a parent in the ordinary sense of the word. */
    boolean isLegalParentage() {
        return (move == Move.PARENT || move == Move.CHILD) && ParentKinds.isLegal(kind);
    }

    /** A carer who is not (or not only) a parent: foster carer, special guardian, kinship carer. */
    boolean isCare() {
        return (move == Move.PARENT || move == Move.CHILD) && ParentKinds.isCare(kind);
    }
}
