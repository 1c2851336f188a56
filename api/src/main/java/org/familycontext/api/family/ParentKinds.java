/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.family;

/** What the kinds of a {@code PARENT_OF} tie mean for naming and for siblings. */
final class ParentKinds {

    private ParentKinds() {}

    /**
     * Birth, adoptive, and unrecorded (a school's "parent") make someone a parent in the ordinary sense: children
     * who share two of them are brothers and sisters.
     */
    static boolean isLegal(String kind) {
        return "birth".equals(kind) || "adoptive".equals(kind) || "unknown".equals(kind) || kind == null;
    }

    static boolean isStep(String kind) {
        return "step".equals(kind);
    }

    static boolean isCare(String kind) {
        return "foster".equals(kind) || "special_guardian".equals(kind) || "kinship_carer".equals(kind);
    }
}
