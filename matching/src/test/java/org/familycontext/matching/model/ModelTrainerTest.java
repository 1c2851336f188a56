/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.familycontext.matching.comparison.Comparison;
import org.junit.jupiter.api.Test;

/**
 * Training on comparison vectors drawn from a known model must give that model back.
 *
 * <p>Tolerances: with 20,000 candidate pairs, 6,000 of them matches, one level's share is counted to within a
 * standard error of sqrt(p(1-p)/n) &lt;= 0.0065 for m and 0.004 for u; EM, which must also tell matches from
 * non-matches, roughly doubles that. Over 200 seeds the worst error was 0.030 for an m or u, 0.013 for the
 * match share and 0.2 bits for the weight of a level both matches and non-matches reach at least one time in
 * ten, so 0.04, 0.02 and 0.3 bits hold for any seed and still catch an m and u mixed up or a share off by a
 * third. Levels rarer than that have weights too noisy to pin (5% of matches is 300 pairs).
 */
class ModelTrainerTest {

    private static final int CANDIDATES = 20_000;
    private static final int RANDOM_PAIRS = 5_000;
    private static final long RECORDS = 40_000;

    private static final List<Comparison> COMPARISONS = List.of(
            FakeComparison.withLevels("name", "exact", "alike", "different"),
            FakeComparison.withLevels("date of birth", "exact", "close", "different"),
            FakeComparison.withLevels("sex", "same", "different"));

    /** Candidate pairs: a third match; non-matches are mostly relatives, who often share a name. */
    private static final SyntheticPairs CANDIDATE_TRUTH = new SyntheticPairs(
            0.3,
            new double[][] {{0.80, 0.15, 0.05}, {0.90, 0.07, 0.03}, {0.97, 0.03}},
            new double[][] {{0.10, 0.20, 0.70}, {0.05, 0.15, 0.80}, {0.50, 0.50}},
            new double[] {0, 0.15, 0.05});

    /** Random pairs: strangers, who agree on a name far less often than the relatives among the candidates. */
    private static final SyntheticPairs STRANGERS = new SyntheticPairs(
            0,
            new double[][] {{1, 0, 0}, {1, 0, 0}, {1, 0}},
            new double[][] {{0.01, 0.04, 0.95}, {0.003, 0.02, 0.977}, {0.50, 0.50}},
            new double[] {0, 0.15, 0.05});

    private static MatchModel trained() {
        var random = new Random(42);
        var candidates = CANDIDATE_TRUTH.draw(CANDIDATES, random);
        var strangers = STRANGERS.draw(RANDOM_PAIRS, random);
        return ModelTrainer.train("test-1", COMPARISONS, candidates, strangers, RECORDS);
    }

    @Test
    void recoversMUAndTheMatchShareItsPairsWereDrawnFrom() {
        var model = trained();

        assertThat(model.candidateMatchShare()).isCloseTo(CANDIDATE_TRUTH.matchShare(), within(0.02));
        for (int c = 0; c < COMPARISONS.size(); c++) {
            var parameters = model.comparisons().get(c);
            assertThat(parameters.name()).isEqualTo(COMPARISONS.get(c).name());
            assertThat(parameters.levels()).isEqualTo(COMPARISONS.get(c).levels());
            for (int l = 0; l < parameters.levels().size(); l++) {
                assertThat(parameters.m()[l])
                        .as(
                                "m of %s, %s",
                                parameters.name(), parameters.levels().get(l))
                        .isCloseTo(CANDIDATE_TRUTH.m()[c][l], within(0.04));
                assertThat(parameters.u()[l])
                        .as(
                                "u of %s, %s",
                                parameters.name(), parameters.levels().get(l))
                        .isCloseTo(CANDIDATE_TRUTH.u()[c][l], within(0.04));
            }
        }
    }

    @Test
    void learnsUAmongTheCandidatesRatherThanKeepingTheStrangersFirstGuess() {
        var name = trained().comparisons().get(0);

        // strangers share a name one time in a hundred, the relatives among the candidates one in ten
        assertThat(name.u()[0]).isGreaterThan(0.07);
    }

    @Test
    void aLevelsWeightIsLog2OfMOverUAndNearTheTrueWeight() {
        var model = trained();

        for (int c = 0; c < COMPARISONS.size(); c++) {
            var parameters = model.comparisons().get(c);
            for (int l = 0; l < parameters.levels().size(); l++) {
                assertThat(parameters.weight(l))
                        .isCloseTo(Math.log(parameters.m()[l] / parameters.u()[l]) / Math.log(2), within(1e-12));
                double m = CANDIDATE_TRUTH.m()[c][l];
                double u = CANDIDATE_TRUTH.u()[c][l];
                if (m >= 0.1 && u >= 0.1) {
                    assertThat(parameters.weight(l))
                            .as(
                                    "weight of %s, %s",
                                    parameters.name(), parameters.levels().get(l))
                            .isCloseTo(Math.log(m / u) / Math.log(2), within(0.3));
                }
            }
        }
    }

    @Test
    void statesWhatItWasTrainedOnAndThePriorOfTwoRecordsPickedAtRandom() {
        var model = trained();

        assertThat(model.version()).isEqualTo("test-1");
        assertThat(model.pairs()).isEqualTo(CANDIDATES);
        assertThat(model.randomPairs()).isEqualTo(RANDOM_PAIRS);
        assertThat(model.iterations()).isPositive();
        double allPairs = RECORDS * (RECORDS - 1) / 2.0;
        assertThat(model.prior()).isCloseTo(model.candidateMatchShare() * CANDIDATES / allPairs, within(1e-15));
        assertThat(model.priorWeight())
                .isCloseTo(
                        Math.log(model.candidateMatchShare() / (1 - model.candidateMatchShare())) / Math.log(2),
                        within(1e-12));
    }

    @Test
    void aLevelNoPairReachesIsRareNotImpossible() {
        var noCloseDates = new SyntheticPairs(
                0.3,
                new double[][] {{0.80, 0.15, 0.05}, {0.95, 0, 0.05}, {0.97, 0.03}},
                new double[][] {{0.10, 0.20, 0.70}, {0.05, 0, 0.95}, {0.50, 0.50}},
                new double[] {0, 0, 0});
        var random = new Random(7);
        var model = ModelTrainer.train(
                "test-2", COMPARISONS, noCloseDates.draw(5_000, random), STRANGERS.draw(1_000, random), RECORDS);

        var date = model.comparisons().get(1);
        assertThat(date.m()[1]).isPositive().isLessThan(1e-5);
        assertThat(date.u()[1]).isPositive().isLessThan(1e-5);
        assertThat(date.weight(1)).isFinite();
        for (var parameters : model.comparisons()) {
            assertThat(sum(parameters.m())).isCloseTo(1, within(1e-9));
            assertThat(sum(parameters.u())).isCloseTo(1, within(1e-9));
        }
    }

    private static double sum(double[] values) {
        double total = 0;
        for (var v : values) {
            total += v;
        }
        return total;
    }
}
