/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.model.relationship;

import java.util.List;

/**
 * Family relationships as a source records them, between Records. Each type is a Neo4j relationship type
 * whose {@code kind} property takes one of the listed values. Every tie carries {@code source}, {@code from},
 * {@code to} and, when it was inferred rather than recorded, {@code inferred = true} and a {@code confidence}.
 */
public enum FamilyTieType {
    /** Directed parent to child. */
    PARENT_OF(true, List.of("birth", "adoptive", "step", "foster", "special_guardian", "kinship_carer", "unknown")),
    /** Partners; status and dates on the tie. */
    PARTNER_OF(false, List.of("married", "civil_partnership", "cohabiting", "separated", "divorced", "unknown")),
    /** Siblings as a source records them; the API also derives siblings from shared parents. */
    SIBLING_OF(false, List.of("full", "half", "step", "unknown")),
    /** Directed from the relative to the person, read "grandparent of", "aunt or uncle of" ... */
    RELATIVE_OF(true, List.of("grandparent", "aunt_uncle", "cousin", "other")),
    /** People who matter to the family without being kin. */
    SIGNIFICANT_OTHER_OF(false, List.of("family_friend", "neighbour", "other"));

    private final boolean directed;
    private final List<String> kinds;

    FamilyTieType(boolean directed, List<String> kinds) {
        this.directed = directed;
        this.kinds = kinds;
    }

    public boolean directed() {
        return directed;
    }

    public List<String> kinds() {
        return kinds;
    }

    public boolean allows(String kind) {
        return kinds.contains(kind);
    }
}
