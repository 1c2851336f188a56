/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.analytics.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/** Small synthetic tables for the tests: by hand, or random from a seed with many small counts. */
final class Tables {

    private Tables() {}

    static CountTable.OneWay oneWay(long... counts) {
        return new CountTable.OneWay(
                "indicator count",
                IntStream.range(0, counts.length).mapToObj(Integer::toString).toList(),
                LongStream.of(counts).boxed().toList());
    }

    static CountTable.TwoWay twoWay(long[]... rows) {
        return new CountTable.TwoWay(
                "area",
                "indicator count",
                IntStream.range(0, rows.length)
                        .mapToObj(r -> "area " + (char) ('A' + r))
                        .toList(),
                IntStream.range(0, rows[0].length).mapToObj(Integer::toString).toList(),
                List.of(rows).stream()
                        .map(row -> LongStream.of(row).boxed().toList())
                        .toList());
    }

    /** Counts of which about half are small (0 to 5) and the rest up to {@code largest}. */
    static long count(Random random, int largest) {
        return random.nextBoolean() ? random.nextInt(6) : 6 + random.nextInt(largest - 5);
    }

    static CountTable.OneWay randomOneWay(Random random) {
        var counts = new long[2 + random.nextInt(5)];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = count(random, 30);
        }
        return oneWay(counts);
    }

    static CountTable.TwoWay randomTwoWay(Random random) {
        var rows = new ArrayList<long[]>();
        int columns = 2 + random.nextInt(2);
        for (int r = 2 + random.nextInt(2); r > 0; r--) {
            var row = new long[columns];
            for (int c = 0; c < columns; c++) {
                row[c] = count(random, 15);
            }
            rows.add(row);
        }
        return twoWay(rows.toArray(long[][]::new));
    }

    static long grandTotal(CountTable.TwoWay table) {
        return table.counts().stream()
                .flatMap(List::stream)
                .mapToLong(Long::longValue)
                .sum();
    }

    /** The same rules, but rules that vary a little from seed to seed: thresholds 2 to 5, sometimes zeros too. */
    static Suppression randomRules(Random random) {
        var rules = Suppression.standard().withThreshold(2 + random.nextInt(4));
        return random.nextInt(10) == 0 ? rules.suppressingZeros() : rules;
    }
}
