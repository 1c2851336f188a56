/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.model;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.familycontext.matching.MatchField;
import org.familycontext.matching.MatchRecord;
import org.familycontext.matching.comparison.Comparison;

/**
 * A comparison with levels "same" and "different" on one field of a record, or, for training, only levels:
 * the trainer never compares records, it reads the levels of counted patterns.
 */
record FakeComparison(String name, List<String> levels, Function<MatchRecord, String> field, boolean frequencyAdjusted)
        implements Comparison {

    static FakeComparison withLevels(String name, String... levels) {
        return new FakeComparison(name, List.of(levels), r -> null, false);
    }

    static FakeComparison sameOrDifferent(String name, Function<MatchRecord, String> field, boolean frequencyAdjusted) {
        return new FakeComparison(name, List.of("same", "different"), field, frequencyAdjusted);
    }

    @Override
    public Set<MatchField> fields() {
        return Set.of();
    }

    @Override
    public int compare(MatchRecord a, MatchRecord b) {
        var x = field.apply(a);
        var y = field.apply(b);
        if (x == null || y == null) {
            return MISSING;
        }
        return x.equals(y) ? 0 : 1;
    }

    @Override
    public String frequencyValue(MatchRecord record) {
        return frequencyAdjusted ? field.apply(record) : null;
    }
}
