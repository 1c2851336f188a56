/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.comparison;

import java.util.List;
import java.util.Set;
import org.familycontext.matching.MatchField;
import org.familycontext.matching.MatchRecord;

/**
 * Dates of birth (ISO, possibly only a year and month, or a year): the same; day and month swapped (3/7 for
 * 7/3); one character off (a typo); the same month and year; the same year where one source holds only the year
 * (police often do); years at most one apart; or further.
 */
final class BirthDateComparison implements Comparison {

    private static final List<String> LEVELS = List.of(
            "exact",
            "day and month swapped",
            "one character off",
            "same month and year",
            "same year, one date only a year",
            "year within one",
            "different");

    @Override
    public Set<MatchField> fields() {
        return Set.of(MatchField.BIRTH_DATE);
    }

    @Override
    public String name() {
        return "date of birth";
    }

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public int compare(MatchRecord a, MatchRecord b) {
        var x = a.birthDate();
        var y = b.birthDate();
        if (x == null || y == null) {
            return MISSING;
        }
        if (x.length() == 10 && y.length() == 10) {
            if (x.equals(y)) {
                return 0;
            }
            if (x.startsWith(y.substring(0, 5))
                    && x.substring(5, 7).equals(y.substring(8, 10))
                    && x.substring(8, 10).equals(y.substring(5, 7))) {
                return 1;
            }
            if (Similarity.oneEditApart(x, y)) {
                return 2;
            }
        }
        int common = Math.min(Math.min(x.length(), y.length()), 7);
        if (common == 7 && x.substring(0, 7).equals(y.substring(0, 7))) {
            return 3;
        }
        int years = Math.abs(Integer.parseInt(x.substring(0, 4)) - Integer.parseInt(y.substring(0, 4)));
        if (years == 0 && common == 4) {
            return 4;
        }
        return years <= 1 ? 5 : 6;
    }
}
