/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.model;

import java.util.List;

/**
 * A trained Fellegi-Sunter model, as saved and as docs/matching.md explains it. For every comparison and
 * level: m, how often two records of the same person reach that level, and u, how often two records of
 * different people among the candidate pairs do. A level's weight is log2(m / u): positive when the level is
 * more typical of a match.
 *
 * @param version names the model in every link it makes
 * @param pairs how many candidate pairs it was trained on
 * @param randomPairs how many random pairs u was counted on
 * @param candidateMatchShare the share of candidate pairs that EM found to be matches
 * @param prior the chance that two records picked at random are one person
 */
public record MatchModel(
        String version,
        String trainedAt,
        long pairs,
        long randomPairs,
        int iterations,
        double candidateMatchShare,
        double prior,
        List<ComparisonParameters> comparisons) {

    /** m and u for one comparison's levels, in the comparison's level order. */
    public record ComparisonParameters(
            String name, List<String> levels, double[] m, double[] u, boolean frequencyAdjusted) {

        public double weight(int level) {
            return log2(m[level] / u[level]);
        }
    }

    /** The starting weight of every candidate pair, log2 of the odds that a candidate pair is a match. */
    public double priorWeight() {
        return log2(candidateMatchShare / (1 - candidateMatchShare));
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
