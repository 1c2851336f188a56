/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.familycontext.matching.MatchRecord;
import org.familycontext.matching.comparison.Comparison;

/**
 * Scores a pair with a trained model: the match weight is the prior's weight plus each comparison's weight
 * at the level the pair reaches (plus the term-frequency adjustment on an exact agreement); the probability is
 * 2^weight / (1 + 2^weight). The explanation lists every step, which is how a reviewer reads a link.
 */
public final class Scorer {

    private final MatchModel model;
    private final List<Comparison> comparisons;
    private final TermFrequencies[] frequencies;
    private final int[] firstOf;

    /** A scorer whose term frequencies are those of these records. */
    public Scorer(MatchModel model, List<Comparison> comparisons, List<MatchRecord> records) {
        this(model, comparisons, frequenciesOf(comparisons, records));
    }

    /**
     * @param frequencies for each comparison, how common each value is (null for a comparison without the
     *     adjustment)
     */
    public Scorer(MatchModel model, List<Comparison> comparisons, TermFrequencies[] frequencies) {
        this.model = model;
        this.comparisons = comparisons;
        this.frequencies = frequencies.clone();
        firstOf = steps().firstOf();
    }

    /** For each comparison with the term-frequency adjustment, how common each value is among these records. */
    public static TermFrequencies[] frequenciesOf(List<Comparison> comparisons, List<MatchRecord> records) {
        var frequencies = new TermFrequencies[comparisons.size()];
        for (int c = 0; c < comparisons.size(); c++) {
            var comparison = comparisons.get(c);
            if (comparison.frequencyAdjusted()) {
                frequencies[c] = TermFrequencies.of(records, comparison::frequencyValue);
            }
        }
        return frequencies;
    }

    /** The term frequencies this scorer adjusts by, per comparison (null where none). */
    public TermFrequencies[] frequencies() {
        return frequencies.clone();
    }

    /** One step of the explanation: "forename: nickname, +6.1". */
    public record Contribution(String comparison, String level, double weight) {}

    public record Score(double weight, double probability, int[] levels) {}

    public int[] levels(MatchRecord a, MatchRecord b) {
        var levels = new int[comparisons.size()];
        for (int c = 0; c < levels.length; c++) {
            levels[c] = comparisons.get(c).compare(a, b);
        }
        return levels;
    }

    public Score score(MatchRecord a, MatchRecord b) {
        var levels = levels(a, b);
        double weight = model.priorWeight();
        for (int c = 0; c < levels.length; c++) {
            weight += contribution(c, levels[c], a);
        }
        return new Score(weight, probability(weight), levels);
    }

    /**
     * Every step a waterfall can show, numbered: 0 is the prior, then each comparison's levels in order. A link
     * stores step numbers, the model's node their names.
     */
    public record Steps(List<String> comparisons, List<String> levels, int[] firstOf) {}

    public Steps steps() {
        var names = new ArrayList<String>();
        var levelNames = new ArrayList<String>();
        names.add("prior");
        levelNames.add("share of candidate pairs that match");
        var firstOf = new int[comparisons.size()];
        for (int c = 0; c < comparisons.size(); c++) {
            firstOf[c] = names.size();
            var parameters = model.comparisons().get(c);
            for (var level : parameters.levels()) {
                names.add(parameters.name());
                levelNames.add(level);
            }
        }
        return new Steps(List.copyOf(names), List.copyOf(levelNames), firstOf);
    }

    /** A pair's waterfall as step numbers and weights (in bits, to two decimals), as a link stores it. */
    public record NumberedSteps(List<Long> steps, List<Double> weights) {}

    public NumberedSteps explainAsSteps(MatchRecord a, MatchRecord b) {
        var waterfall = waterfall(a, b);
        var steps = new ArrayList<Long>();
        var weights = new ArrayList<Double>();
        for (int i = 0; i < waterfall.steps().length; i++) {
            steps.add((long) waterfall.steps()[i]);
            weights.add(Math.round(waterfall.weights()[i] * 100) / 100.0);
        }
        return new NumberedSteps(steps, weights);
    }

    /**
     * The steps from the prior to the pair's weight, in comparison order, with their names; missing fields are
     * left out. The same steps a link stores as numbers ({@link #explainAsSteps}).
     */
    public List<Contribution> explain(MatchRecord a, MatchRecord b) {
        var names = steps();
        var waterfall = waterfall(a, b);
        var contributions = new ArrayList<Contribution>();
        for (int i = 0; i < waterfall.steps().length; i++) {
            int step = waterfall.steps()[i];
            contributions.add(new Contribution(
                    names.comparisons().get(step),
                    names.levels().get(step),
                    waterfall.weights()[i]));
        }
        return contributions;
    }

    /** Step numbers and their exact weights: the prior, then each comparison the pair has both fields for. */
    private record Waterfall(int[] steps, double[] weights) {}

    private Waterfall waterfall(MatchRecord a, MatchRecord b) {
        var levels = levels(a, b);
        var steps = new int[levels.length + 1];
        var weights = new double[levels.length + 1];
        weights[0] = model.priorWeight();
        int n = 1;
        for (int c = 0; c < levels.length; c++) {
            if (levels[c] != Comparison.MISSING) {
                steps[n] = firstOf[c] + levels[c];
                weights[n++] = contribution(c, levels[c], a);
            }
        }
        return new Waterfall(Arrays.copyOf(steps, n), Arrays.copyOf(weights, n));
    }

    private double contribution(int c, int level, MatchRecord a) {
        if (level == Comparison.MISSING) {
            return 0;
        }
        double weight = model.comparisons().get(c).weight(level);
        if (level == 0 && frequencies[c] != null) {
            weight += frequencies[c].adjustment(comparisons.get(c).frequencyValue(a));
        }
        return weight;
    }

    public static double probability(double weight) {
        return 1 / (1 + Math.pow(2, -weight));
    }
}
