/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.comparison;

import java.util.List;
import java.util.Set;
import org.familycontext.matching.MatchField;
import org.familycontext.matching.MatchRecord;

/**
 * One field compared between two records, with levels from most to least alike: "exact", "nickname", ...,
 * and last the level where they differ. The model learns how often matches and non-matches reach each level;
 * docs/matching.md explains them.
 */
public interface Comparison {

    /** Either record lacks the field: the comparison says nothing, for or against. */
    int MISSING = -1;

    String name();

    /** The fields this comparison looks at. */
    Set<MatchField> fields();

    /** The levels' names, most alike first; the last is "different". */
    List<String> levels();

    /** The level the pair reaches, or {@link #MISSING}. */
    int compare(MatchRecord a, MatchRecord b);

    /**
     * The value whose frequency adjusts the weight of the first level ("exact"): agreeing on a rare surname
     * says more than agreeing on "Smith". Null when the comparison has no such adjustment.
     */
    default String frequencyValue(MatchRecord record) {
        return null;
    }

    /** Whether {@link #frequencyValue} adjusts this comparison's first level. */
    default boolean frequencyAdjusted() {
        return false;
    }
}
