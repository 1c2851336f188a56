/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.analytics.disclosure;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Exact counts, before disclosure control: never published as they are. Keys label rows and columns; "Total" is kept
 * for the totals a published table adds.
 */
public sealed interface CountTable {

    String TOTAL = "Total";

    /** A breakdown by one dimension (families by indicator count); its total is the sum of its counts. */
    record OneWay(String dimension, List<String> keys, List<Long> counts) implements CountTable {
        public OneWay {
            requireText(dimension, "dimension");
            keys = checkedKeys(keys, "keys");
            counts = checkedCounts(counts, keys.size(), "counts");
        }

        public long total() {
            return counts.stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * A breakdown by two dimensions (families by area and indicator count), published with its row totals, column
     * totals and grand total, each the sum of its counts.
     */
    record TwoWay(
            String rowDimension,
            String columnDimension,
            List<String> rowKeys,
            List<String> columnKeys,
            List<List<Long>> counts)
            implements CountTable {
        public TwoWay {
            requireText(rowDimension, "rowDimension");
            requireText(columnDimension, "columnDimension");
            rowKeys = checkedKeys(rowKeys, "rowKeys");
            columnKeys = checkedKeys(columnKeys, "columnKeys");
            if (counts.size() != rowKeys.size()) {
                throw new IllegalArgumentException("one row of counts per row key");
            }
            var width = columnKeys.size();
            counts = counts.stream()
                    .map(row -> checkedCounts(row, width, "a row of counts"))
                    .toList();
        }

        public long count(int row, int column) {
            return counts.get(row).get(column);
        }
    }

    /**
     * Which services go together in families: {@code count(i, j)} is the number of families with both services i and
     * j, {@code count(i, i)} the number with service i, out of {@code families} in the cohort. A family counts in
     * every cell of every service it has, so rows do not add up to anything: there are no totals.
     */
    record CoOccurrence(String dimension, List<String> keys, long families, List<List<Long>> counts)
            implements CountTable {
        public CoOccurrence {
            requireText(dimension, "dimension");
            keys = checkedKeys(keys, "keys");
            if (families < 0) {
                throw new IllegalArgumentException("families is never negative");
            }
            if (counts.size() != keys.size()) {
                throw new IllegalArgumentException("one row of counts per key");
            }
            var width = keys.size();
            counts = counts.stream()
                    .map(row -> checkedCounts(row, width, "a row of counts"))
                    .toList();
            for (int i = 0; i < width; i++) {
                var withI = counts.get(i).get(i);
                if (withI > families) {
                    throw new IllegalArgumentException("more families with " + keys.get(i) + " than in the cohort");
                }
                for (int j = 0; j < width; j++) {
                    var both = counts.get(i).get(j);
                    var withJ = counts.get(j).get(j);
                    if (!both.equals(counts.get(j).get(i))) {
                        throw new IllegalArgumentException("the counts are not symmetric");
                    }
                    if (both > Math.min(withI, withJ) || withI + withJ - both > families) {
                        throw new IllegalArgumentException("the counts of " + keys.get(i) + " and " + keys.get(j)
                                + " cannot come from one cohort");
                    }
                }
            }
        }

        public long count(int i, int j) {
            return counts.get(i).get(j);
        }
    }

    private static void requireText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
    }

    private static List<String> checkedKeys(List<String> keys, String what) {
        var copy = List.copyOf(keys);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(what + ": at least one");
        }
        var seen = new HashSet<String>();
        for (var key : copy) {
            requireText(key, what);
            if (key.equalsIgnoreCase(TOTAL) || !seen.add(key)) {
                throw new IllegalArgumentException(what + ": \"" + key + "\" is reserved or repeated");
            }
        }
        return copy;
    }

    private static List<Long> checkedCounts(List<Long> counts, int size, String what) {
        var copy = List.copyOf(counts);
        if (copy.size() != size) {
            throw new IllegalArgumentException(what + ": " + size + " expected, " + copy.size() + " given");
        }
        if (copy.stream().anyMatch(c -> Objects.requireNonNull(c) < 0)) {
            throw new IllegalArgumentException(what + ": a count is never negative");
        }
        return copy;
    }
}
