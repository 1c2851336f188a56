/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.familycontext.matching.TestRecord.named;

import java.util.ArrayList;
import java.util.List;
import org.familycontext.matching.MatchRecord;
import org.familycontext.matching.comparison.Comparison;
import org.familycontext.matching.model.Scorer.Contribution;
import org.junit.jupiter.api.Test;

class ScorerTest {

    private static final List<Comparison> COMPARISONS = List.of(
            FakeComparison.sameOrDifferent("surname", MatchRecord::surname, true),
            FakeComparison.sameOrDifferent("date of birth", MatchRecord::birthDate, false));

    /** A fifth of candidate pairs match: the prior weight is log2(0.2 / 0.8) = -2 bits. */
    private static final MatchModel MODEL = new MatchModel(
            "test-1",
            "2026-01-01T00:00:00Z",
            1000,
            1000,
            10,
            0.2,
            1e-6,
            List.of(
                    new MatchModel.ComparisonParameters(
                            "surname",
                            List.of("same", "different"),
                            new double[] {0.9, 0.1},
                            new double[] {0.1, 0.9},
                            true),
                    new MatchModel.ComparisonParameters(
                            "date of birth",
                            List.of("same", "different"),
                            new double[] {0.8, 0.2},
                            new double[] {0.05, 0.95},
                            false)));

    /** A fifth of the records are Smith, the rest have surnames of their own. */
    private static List<MatchRecord> records() {
        var records = new ArrayList<MatchRecord>();
        for (int i = 0; i < 20; i++) {
            records.add(named("Kate", "Smith").build());
        }
        for (int i = 0; i < 80; i++) {
            records.add(named("Kate", "Rare" + (char) ('A' + i / 26) + (char) ('A' + i % 26))
                    .build());
        }
        return records;
    }

    private final List<MatchRecord> records = records();
    private final Scorer scorer = new Scorer(MODEL, COMPARISONS, records);
    private final TermFrequencies surnames = TermFrequencies.of(records, MatchRecord::surname);

    @Test
    void theWeightIsThePriorWeightPlusEachLevelsWeight() {
        var a = named("Kate", "Smith").born("1990-07-03").build();
        var b = named("Kate", "Jones").born("1990-07-03").build();

        var score = scorer.score(a, b);

        assertThat(MODEL.priorWeight()).isCloseTo(-2, within(1e-12));
        assertThat(score.levels()).containsExactly(1, 0);
        assertThat(score.weight()).isCloseTo(-2 + log2(0.1 / 0.9) + log2(0.8 / 0.05), within(1e-12));
        assertThat(score.probability()).isEqualTo(Scorer.probability(score.weight()));
    }

    @Test
    void anExactAgreementOnAFrequencyAdjustedFieldAddsTheTermFrequencyAdjustment() {
        var smith = scorer.score(
                named("Kate", "Smith").born("1990-07-03").build(),
                named("Kate", "Smith").born("1990-07-03").build());
        var rare = scorer.score(
                named("Kate", "RareAA").born("1990-07-03").build(),
                named("Kate", "RareAA").born("1990-07-03").build());

        double exact = -2 + log2(0.9 / 0.1) + log2(0.8 / 0.05);
        assertThat(surnames.adjustment("SMITH")).isNegative();
        assertThat(surnames.adjustment("RAREAA")).isPositive();
        assertThat(smith.weight()).isCloseTo(exact + surnames.adjustment("SMITH"), within(1e-12));
        assertThat(rare.weight()).isCloseTo(exact + surnames.adjustment("RAREAA"), within(1e-12));
    }

    @Test
    void aMissingFieldAddsNothingAndIsLeftOutOfTheExplanation() {
        var a = named("Kate", "Smith").born("1990-07-03").build();
        var b = named("Kate", "Smith").build();

        var score = scorer.score(a, b);
        var steps = scorer.explain(a, b);

        assertThat(score.levels()).containsExactly(0, Comparison.MISSING);
        assertThat(score.weight()).isCloseTo(-2 + log2(9) + surnames.adjustment("SMITH"), within(1e-12));
        assertThat(steps).extracting(Contribution::comparison).containsExactly("prior", "surname");
    }

    @Test
    void theExplanationsStepsAddUpToTheWeight() {
        var a = named("Kate", "RareAA").born("1990-07-03").build();
        var b = named("Kate", "RareAA").born("1991-07-03").build();

        var steps = scorer.explain(a, b);

        assertThat(steps)
                .extracting(Contribution::comparison, Contribution::level)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("prior", "share of candidate pairs that match"),
                        org.assertj.core.groups.Tuple.tuple("surname", "same"),
                        org.assertj.core.groups.Tuple.tuple("date of birth", "different"));
        assertThat(steps.stream().mapToDouble(Contribution::weight).sum())
                .isCloseTo(scorer.score(a, b).weight(), within(1e-12));
    }

    @Test
    void theProbabilityIsTwoToTheWeightOverOnePlusTwoToTheWeight() {
        assertThat(Scorer.probability(0)).isEqualTo(0.5);
        assertThat(Scorer.probability(1)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(Scorer.probability(-1)).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(Scorer.probability(10)).isCloseTo(1024.0 / 1025, within(1e-12));
        assertThat(Scorer.probability(-60)).isPositive().isLessThan(1e-17);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
