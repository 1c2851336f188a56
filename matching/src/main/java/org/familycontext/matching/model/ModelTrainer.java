/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.familycontext.matching.comparison.Comparison;

/**
 * Estimates the model from the data alone, as Splink does.
 *
 * <ul>
 *   <li>m, how often two records of one person reach each level, and u, how often two records of different
 *       people among the candidate pairs do, are found by expectation-maximisation on the candidate pairs: guess
 *       m, u and the share of matches; work out from them each pair's chance of being a match; re-count m as the
 *       match-weighted and u as the non-match-weighted share of each level; repeat until nothing moves. The
 *       first guess of u is counted on random pairs, where almost every pair is two different people.
 *   <li>u is learnt among the candidate pairs, not taken from random pairs, on purpose: the different people a
 *       candidate pair holds are mostly relatives (siblings, twins, a parent with the same name), who share a
 *       surname, an address and sometimes a date of birth far more often than strangers do. Weights from random
 *       strangers would join twins.
 *   <li>The match share EM finds among the candidate pairs is the prior every candidate pair starts from; the
 *       model also states the chance that two records picked at random are one person, for reference.
 * </ul>
 */
public final class ModelTrainer {

    private static final double FLOOR = 1e-6;
    private static final int MAX_ITERATIONS = 200;
    private static final double CONVERGED = 1e-6;

    private ModelTrainer() {}

    /**
     * @param candidates counted comparison vectors of the candidate pairs
     * @param random counted comparison vectors of random pairs
     * @param records how many records the candidates were drawn from
     */
    public static MatchModel train(
            String version, List<Comparison> comparisons, Patterns candidates, Patterns random, long records) {
        int k = comparisons.size();
        var m = new double[k][];
        var u = new double[k][];
        for (int c = 0; c < k; c++) {
            int levels = comparisons.get(c).levels().size();
            m[c] = firstGuessOfM(levels);
            u[c] = shares(random, c, levels);
        }
        long pairs = candidates.total();
        double share = 0.5;
        int iteration = 0;
        for (; iteration < MAX_ITERATIONS; iteration++) {
            var mNext = new double[k][];
            var uNext = new double[k][];
            for (int c = 0; c < k; c++) {
                mNext[c] = new double[m[c].length];
                uNext[c] = new double[u[c].length];
            }
            double matches = 0;
            for (var entry : candidates.counts().entrySet()) {
                long pattern = entry.getKey();
                long count = entry.getValue()[0];
                double p = matchProbability(pattern, share, m, u);
                matches += p * count;
                for (int c = 0; c < k; c++) {
                    int level = Patterns.level(pattern, c);
                    if (level != Comparison.MISSING) {
                        mNext[c][level] += p * count;
                        uNext[c][level] += (1 - p) * count;
                    }
                }
            }
            double nextShare = pairs == 0 ? share : matches / pairs;
            double change = Math.abs(nextShare - share);
            for (int c = 0; c < k; c++) {
                normalise(mNext[c]);
                normalise(uNext[c]);
                for (int l = 0; l < m[c].length; l++) {
                    change = Math.max(change, Math.abs(mNext[c][l] - m[c][l]));
                    change = Math.max(change, Math.abs(uNext[c][l] - u[c][l]));
                }
            }
            m = mNext;
            u = uNext;
            share = nextShare;
            if (change < CONVERGED) {
                break;
            }
        }
        double allPairs = records * (records - 1) / 2.0;
        double prior = Math.min(0.5, Math.max(share * pairs / Math.max(1, allPairs), 1e-12));
        var parameters = new ArrayList<MatchModel.ComparisonParameters>();
        for (int c = 0; c < k; c++) {
            var comparison = comparisons.get(c);
            parameters.add(new MatchModel.ComparisonParameters(
                    comparison.name(), comparison.levels(), m[c], u[c], comparison.frequencyAdjusted()));
        }
        return new MatchModel(
                version, Instant.now().toString(), pairs, random.total(), iteration, share, prior, parameters);
    }

    /** A match mostly agrees: the first level likeliest, each next one a fifth as likely. */
    private static double[] firstGuessOfM(int levels) {
        var m = new double[levels];
        for (int l = 0; l < levels; l++) {
            m[l] = Math.pow(0.2, l);
        }
        normalise(m);
        return m;
    }

    static double matchProbability(long pattern, double prior, double[][] m, double[][] u) {
        double match = prior;
        double nonMatch = 1 - prior;
        for (int c = 0; c < m.length; c++) {
            int level = Patterns.level(pattern, c);
            if (level != Comparison.MISSING) {
                match *= m[c][level];
                nonMatch *= u[c][level];
            }
        }
        return match / (match + nonMatch);
    }

    private static double[] shares(Patterns patterns, int comparison, int levels) {
        var shares = new double[levels];
        for (var entry : patterns.counts().entrySet()) {
            int level = Patterns.level(entry.getKey(), comparison);
            if (level != Comparison.MISSING) {
                shares[level] += entry.getValue()[0];
            }
        }
        normalise(shares);
        return shares;
    }

    /** Shares that sum to one, none below a floor: a level never seen is rare, not impossible. */
    private static void normalise(double[] values) {
        double total = 0;
        for (var v : values) {
            total += v;
        }
        for (int i = 0; i < values.length; i++) {
            values[i] = total == 0 ? 1.0 / values.length : values[i] / total;
            values[i] = Math.max(values[i], FLOOR);
        }
        double floored = 0;
        for (var v : values) {
            floored += v;
        }
        for (int i = 0; i < values.length; i++) {
            values[i] /= floored;
        }
    }
}
