/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.comparison;

import java.util.List;
import java.util.Set;
import org.familycontext.matching.MatchField;
import org.familycontext.matching.MatchRecord;

/** Recorded sex, when both know it. */
final class SexComparison implements Comparison {

    @Override
    public Set<MatchField> fields() {
        return Set.of(MatchField.SEX);
    }

    @Override
    public String name() {
        return "sex";
    }

    @Override
    public List<String> levels() {
        return List.of("same", "different");
    }

    @Override
    public int compare(MatchRecord a, MatchRecord b) {
        if (a.sex() == null || b.sex() == null) {
            return MISSING;
        }
        return a.sex().equals(b.sex()) ? 0 : 1;
    }
}
