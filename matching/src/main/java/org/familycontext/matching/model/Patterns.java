/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.model;

import java.util.HashMap;
import java.util.Map;
import org.familycontext.matching.comparison.Comparison;

/**
 * Comparison vectors (one level per comparison) counted: a million pairs reach only a few thousand distinct
 * vectors, so training works on the counts. A vector is packed into a long, four bits a comparison, the
 * level plus one (0 for missing).
 */
public final class Patterns {

    private final Map<Long, long[]> counts = new HashMap<>();

    public static long pack(int[] levels) {
        long packed = 0;
        for (int i = 0; i < levels.length; i++) {
            packed |= (long) (levels[i] + 1) << (4 * i);
        }
        return packed;
    }

    public static int level(long packed, int comparison) {
        return (int) ((packed >>> (4 * comparison)) & 0xF) - 1;
    }

    public void add(long pattern) {
        counts.computeIfAbsent(pattern, p -> new long[1])[0]++;
    }

    public void addAll(Patterns other) {
        other.counts.forEach((p, c) -> counts.computeIfAbsent(p, x -> new long[1])[0] += c[0]);
    }

    /** How many pairs were counted. */
    public long total() {
        long total = 0;
        for (var count : counts.values()) {
            total += count[0];
        }
        return total;
    }

    Map<Long, long[]> counts() {
        return counts;
    }

    static boolean isMissing(int level) {
        return level == Comparison.MISSING;
    }
}
