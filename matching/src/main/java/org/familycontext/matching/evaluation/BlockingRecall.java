/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.familycontext.matching.MatchRecord;
import org.familycontext.matching.blocking.Blocking;
import org.familycontext.matching.blocking.BlockingRule;

/**
 * The blocking report where the truth is known: for each rule, how many of the pairs it chose are one person, and
 * for all rules together, how many of all the true pairs they kept. A true pair no rule chose is never compared,
 * so it can never be linked: this is the ceiling on recall.
 */
public record BlockingRecall(List<RuleRecall> rules, long candidatePairs, long truePairsKept, long truePairs) {

    public record RuleRecall(String rule, long pairs, long truePairs) {}

    public double recall() {
        return truePairs == 0 ? 1 : truePairsKept / (double) truePairs;
    }

    public static BlockingRecall of(
            List<MatchRecord> records, List<BlockingRule> rules, Blocking.Result blocking, Truth truth) {
        var entity = new String[records.size()];
        var sizes = new HashMap<String, long[]>();
        for (var record : records) {
            var e = truth.entityOf().get(record.key());
            entity[record.index()] = e;
            if (e != null) {
                sizes.computeIfAbsent(e, x -> new long[1])[0]++;
            }
        }
        long truePairs =
                sizes.values().stream().mapToLong(s -> s[0] * (s[0] - 1) / 2).sum();
        var perRule = new long[rules.size()][2];
        long kept = 0;
        for (long pair : blocking.pairs()) {
            var a = records.get(Blocking.first(pair));
            var b = records.get(Blocking.second(pair));
            boolean same = entity[a.index()] != null && entity[a.index()].equals(entity[b.index()]);
            if (same) {
                kept++;
            }
            for (int r = 0; r < rules.size(); r++) {
                if (rules.get(r).chooses(a, b)) {
                    perRule[r][0]++;
                    if (same) {
                        perRule[r][1]++;
                    }
                }
            }
        }
        var out = new ArrayList<RuleRecall>();
        for (int r = 0; r < rules.size(); r++) {
            out.add(new RuleRecall(rules.get(r).name(), perRule[r][0], perRule[r][1]));
        }
        return new BlockingRecall(out, blocking.pairs().length, kept, truePairs);
    }
}
