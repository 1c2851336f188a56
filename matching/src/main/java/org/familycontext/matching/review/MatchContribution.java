/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.review;

import java.util.ArrayList;
import java.util.List;

/**
 * One step of a link's waterfall: what one comparison found and how many bits it added to (or took from) the
 * match weight. The first step is the prior; the steps add up to the link's match weight.
 */
public record MatchContribution(String comparison, String level, double weight) {

    /**
     * The steps of a link from its parallel lists {@code comparisons}, {@code levels}, {@code weights}. A link
     * without them (set by a person, or written before explanations were stored) has no steps; lists of
     * different lengths are read as far as all three go.
     */
    public static List<MatchContribution> fromLists(
            List<String> comparisons, List<String> levels, List<? extends Number> weights) {
        if (comparisons == null || levels == null || weights == null) {
            return List.of();
        }
        int steps = Math.min(comparisons.size(), Math.min(levels.size(), weights.size()));
        var out = new ArrayList<MatchContribution>(steps);
        for (int i = 0; i < steps; i++) {
            var weight = weights.get(i);
            out.add(new MatchContribution(
                    comparisons.get(i), levels.get(i), weight == null ? 0 : weight.doubleValue()));
        }
        return out;
    }
}
