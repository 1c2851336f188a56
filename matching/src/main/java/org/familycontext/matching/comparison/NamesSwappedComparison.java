/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.comparison;

import java.util.List;
import java.util.Set;
import org.familycontext.matching.MatchField;
import org.familycontext.matching.MatchRecord;

/**
 * Forename and surname written the wrong way round ("SMITH Kate" typed as Smith, Kate). When they are, the
 * forename and surname comparisons say nothing (they would count two disagreements), and this one speaks.
 */
final class NamesSwappedComparison implements Comparison {

    @Override
    public Set<MatchField> fields() {
        return Set.of(MatchField.FORENAME, MatchField.SURNAME);
    }

    @Override
    public String name() {
        return "names swapped";
    }

    @Override
    public List<String> levels() {
        return List.of("swapped", "not swapped");
    }

    @Override
    public int compare(MatchRecord a, MatchRecord b) {
        if (a.forename() == null || a.surname() == null || b.forename() == null || b.surname() == null) {
            return MISSING;
        }
        return swapped(a, b) ? 0 : 1;
    }

    /** Whether b holds a's forename as its surname and a's surname as its forename. */
    static boolean swapped(MatchRecord a, MatchRecord b) {
        return a.forename() != null
                && a.surname() != null
                && !a.forename().equals(a.surname())
                && a.forename().equals(b.surname())
                && a.surname().equals(b.forename());
    }
}
