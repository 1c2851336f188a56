/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.comparison;

import java.util.List;
import java.util.Set;
import org.familycontext.matching.MatchField;
import org.familycontext.matching.MatchRecord;

/**
 * Surnames: the same; one part of a hyphenated or double-barrelled name, or a previous surname (marriage,
 * a new partner's name for a child); a typo; the same sound; or not.
 */
final class SurnameComparison implements Comparison {

    private static final List<String> LEVELS =
            List.of("exact", "part or previous surname", "nearly the same", "alike", "sounds the same", "different");

    @Override
    public Set<MatchField> fields() {
        return Set.of(MatchField.SURNAME);
    }

    @Override
    public String name() {
        return "surname";
    }

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public int compare(MatchRecord a, MatchRecord b) {
        var x = a.surname();
        var y = b.surname();
        if (x == null || y == null || NamesSwappedComparison.swapped(a, b)) {
            return MISSING;
        }
        if (x.equals(y)) {
            return 0;
        }
        if (b.otherSurnames().contains(x) || a.otherSurnames().contains(y) || shareAnOtherSurname(a, b)) {
            return 1;
        }
        double similarity = Similarity.jaroWinkler(x, y);
        if (similarity >= 0.92) {
            return 2;
        }
        if (similarity >= 0.85) {
            return 3;
        }
        if (a.surnameSound().equals(b.surnameSound())) {
            return 4;
        }
        return 5;
    }

    private static boolean shareAnOtherSurname(MatchRecord a, MatchRecord b) {
        for (var other : a.otherSurnames()) {
            if (b.otherSurnames().contains(other)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean frequencyAdjusted() {
        return true;
    }

    @Override
    public String frequencyValue(MatchRecord record) {
        return record.surname();
    }
}
