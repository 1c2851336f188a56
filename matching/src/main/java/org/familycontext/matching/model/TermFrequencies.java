/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.model;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.familycontext.matching.MatchRecord;

/**
 * How common each value of a field is among the records, for the term-frequency adjustment: two records that
 * agree on a surname one record in a hundred holds ("Smith") prove less than two that agree on one a record
 * in a hundred thousand holds. The adjustment, in bits, is log2(expected agreement by chance / this value's
 * share), kept between -2 and +4 so that one field never decides alone.
 */
public final class TermFrequencies {

    static final double MIN_ADJUSTMENT = -2;
    static final double MAX_ADJUSTMENT = 4;

    private final Map<String, Integer> counts;
    private final double chanceOfAgreement;
    private final int total;

    private TermFrequencies(Map<String, Integer> counts) {
        this.counts = counts;
        int n = 0;
        for (int count : counts.values()) {
            n += count;
        }
        total = n;
        double sumOfSquares = 0;
        for (int count : counts.values()) {
            double share = count / (double) n;
            sumOfSquares += share * share;
        }
        chanceOfAgreement = sumOfSquares;
    }

    public static TermFrequencies of(List<MatchRecord> records, Function<MatchRecord, String> field) {
        var counts = new HashMap<String, Integer>();
        for (var record : records) {
            var value = field.apply(record);
            if (value != null) {
                counts.merge(value, 1, Integer::sum);
            }
        }
        return new TermFrequencies(counts);
    }

    /** From counts saved by an earlier run (an incremental run scores against the whole population's). */
    public static TermFrequencies ofCounts(Map<String, Integer> counts) {
        return new TermFrequencies(new HashMap<>(counts));
    }

    /** How many records hold each value. */
    public Map<String, Integer> counts() {
        return Collections.unmodifiableMap(counts);
    }

    /** The adjustment for two records agreeing on this value. */
    public double adjustment(String value) {
        var count = counts.get(value);
        if (count == null || total == 0) {
            return 0;
        }
        double share = count / (double) total;
        double bits = MatchModel.log2(chanceOfAgreement / share);
        return Math.max(MIN_ADJUSTMENT, Math.min(MAX_ADJUSTMENT, bits));
    }
}
