/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.blocking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import org.familycontext.matching.MatchRecord;

/**
 * The candidate pairs: every pair that shares the key of at least one rule (the rules' union), each pair once.
 * A pair is a long, the smaller record index in the high half. Blocks larger than {@code maxBlock} (a key that
 * thousands share, such as a shelter's postcode) are left out and reported, not compared quadratically.
 */
public final class Blocking {

    private Blocking() {}

    /** What one rule contributed, for the blocking report. */
    public record RuleReport(String rule, long pairs, int blocks, int blocksTooLarge) {}

    public record Result(long[] pairs, List<RuleReport> rules) {}

    public static Result pairs(List<MatchRecord> records, List<BlockingRule> rules, int maxBlock) {
        return pairs(records, rules, maxBlock, null);
    }

    /**
     * @param fresh when not null, only pairs with at least one of these records (an incremental run: the records
     *     new or changed since the last run, against everything)
     */
    public static Result pairs(List<MatchRecord> records, List<BlockingRule> rules, int maxBlock, BitSet fresh) {
        var all = new PairBuffer();
        var reports = new ArrayList<RuleReport>();
        for (var rule : rules) {
            var freshKeys = fresh == null ? null : new HashSet<String>();
            if (fresh != null) {
                for (int i = fresh.nextSetBit(0); i >= 0; i = fresh.nextSetBit(i + 1)) {
                    var key = rule.key().apply(records.get(i));
                    if (key != null) {
                        freshKeys.add(key);
                    }
                }
            }
            var blocks = new HashMap<String, IntList>();
            for (var record : records) {
                var key = rule.key().apply(record);
                if (key != null && (freshKeys == null || freshKeys.contains(key))) {
                    blocks.computeIfAbsent(key, k -> new IntList()).add(record.index());
                }
            }
            long pairs = 0;
            int tooLarge = 0;
            int used = 0;
            for (var block : blocks.values()) {
                if (block.size < 2) {
                    continue;
                }
                if (block.size > maxBlock) {
                    tooLarge++;
                    continue;
                }
                used++;
                for (int i = 0; i < block.size; i++) {
                    for (int j = i + 1; j < block.size; j++) {
                        int a = block.values[i];
                        int b = block.values[j];
                        if (fresh == null || fresh.get(a) || fresh.get(b)) {
                            all.add(pair(a, b));
                            pairs++;
                        }
                    }
                }
            }
            reports.add(new RuleReport(rule.name(), pairs, used, tooLarge));
        }
        return new Result(all.sortedUnique(), reports);
    }

    public static long pair(int a, int b) {
        return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    }

    public static int first(long pair) {
        return (int) (pair >>> 32);
    }

    public static int second(long pair) {
        return (int) pair;
    }

    private static final class IntList {
        int[] values = new int[2];
        int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }
    }

    private static final class PairBuffer {
        long[] values = new long[1 << 16];
        int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] sortedUnique() {
            var sorted = Arrays.copyOf(values, size);
            Arrays.parallelSort(sorted);
            int unique = 0;
            for (int i = 0; i < sorted.length; i++) {
                if (i == 0 || sorted[i] != sorted[i - 1]) {
                    sorted[unique++] = sorted[i];
                }
            }
            return Arrays.copyOf(sorted, unique);
        }
    }
}
