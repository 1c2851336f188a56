/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.comparison;

import java.util.List;
import java.util.Set;
import org.familycontext.matching.MatchField;
import org.familycontext.matching.MatchRecord;

/** First names: the same, a nickname (Kate, Catherine), a typo, the same sound, the same initial, or not. */
final class ForenameComparison implements Comparison {

    private static final List<String> LEVELS =
            List.of("exact", "nickname", "nearly the same", "alike", "sounds the same", "same initial", "different");

    @Override
    public Set<MatchField> fields() {
        return Set.of(MatchField.FORENAME);
    }

    @Override
    public String name() {
        return "forename";
    }

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public int compare(MatchRecord a, MatchRecord b) {
        var x = a.forename();
        var y = b.forename();
        if (x == null || y == null || NamesSwappedComparison.swapped(a, b)) {
            return MISSING;
        }
        if (x.equals(y)) {
            return 0;
        }
        if (NameVariants.bundled().related(x, y)) {
            return 1;
        }
        double similarity = Similarity.jaroWinkler(x, y);
        if (similarity >= 0.92) {
            return 2;
        }
        if (similarity >= 0.85) {
            return 3;
        }
        if (a.forenameSound().equals(b.forenameSound())) {
            return 4;
        }
        if (x.charAt(0) == y.charAt(0)) {
            return 5;
        }
        return 6;
    }

    @Override
    public boolean frequencyAdjusted() {
        return true;
    }

    @Override
    public String frequencyValue(MatchRecord record) {
        return record.forename();
    }
}
