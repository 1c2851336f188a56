/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.analytics.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class CoOccurrenceTest {

    private static final Figure PRIMARY = Figure.suppressed(Reason.PRIMARY);
    private static final Figure SECONDARY = Figure.suppressed(Reason.SECONDARY);

    /** Services A, B, C in a cohort of {@code families}; the diagonal is families with each service. */
    private static CountTable.CoOccurrence matrix(long families, long[]... rows) {
        return new CountTable.CoOccurrence(
                "service",
                List.of("A", "B", "C").subList(0, rows.length),
                families,
                List.of(rows).stream()
                        .map(row -> LongStream.of(row).boxed().toList())
                        .toList());
    }

    @Test
    void liftIsHowMuchMoreOftenThanByChanceTwoServicesGoTogether() {
        // 30 of 100 families have both; by chance 40 x 50 / 100 = 20 would.
        var published = Suppression.standard().apply(matrix(100, new long[] {40, 30}, new long[] {30, 50}));

        assertThat(published.count(0, 1)).isEqualTo(new Figure.Count(30));
        assertThat(published.lift(0, 1)).isEqualTo(new Figure.Ratio(new BigDecimal("1.50")));
        assertThat(published.lift(1, 0)).isEqualTo(published.lift(0, 1));
        assertThat(published.lift(0, 0)).isEqualTo(new Figure.NotApplicable());
        assertThat(published.families()).isEqualTo(new Figure.Count(100));
    }

    @Test
    void aSmallPairCountIsWithheldAndSoIsItsLift() {
        var published = Suppression.standard().apply(matrix(100, new long[] {40, 4}, new long[] {4, 50}));

        assertThat(published.count(0, 1)).isEqualTo(PRIMARY);
        assertThat(published.count(1, 0)).isEqualTo(PRIMARY);
        assertThat(published.lift(0, 1)).isEqualTo(SECONDARY);
        assertThat(published.count(0, 0)).isEqualTo(new Figure.Count(40));
    }

    @Test
    void aPairCountIsWithheldWhenItGivesAwayASmallCount() {
        // 12 with A, 10 of them with B: 2 with A but not B.
        var onlyA = Suppression.standard().apply(matrix(100, new long[] {12, 10}, new long[] {10, 50}));
        assertThat(onlyA.count(0, 1)).isEqualTo(SECONDARY);
        assertThat(onlyA.lift(0, 1)).isEqualTo(SECONDARY);

        // 60 with A, 37 with B, 0 with both: 3 with neither.
        var neither = Suppression.standard().apply(matrix(100, new long[] {60, 0}, new long[] {0, 37}));
        assertThat(neither.count(0, 1)).isEqualTo(SECONDARY);
    }

    @Test
    void aServiceAlmostEveryFamilyHasIsWithheldWithTheLiftsOfItsPairs() {
        // All but 2 of the 100 families have A.
        var published = Suppression.standard()
                .apply(matrix(100, new long[] {98, 30, 20}, new long[] {30, 30, 0}, new long[] {20, 0, 20}));

        assertThat(published.count(0, 0)).isEqualTo(SECONDARY);
        assertThat(published.lift(0, 1)).isEqualTo(SECONDARY);
        assertThat(published.lift(0, 2)).isEqualTo(SECONDARY);
        assertThat(published.lift(1, 2)).isEqualTo(new Figure.Ratio(new BigDecimal("0.00")));
    }

    @Test
    void aSmallServiceCountIsWithheldAndSoAreAllItsPairs() {
        // Even a 0 would say what the 3 families with A do not have.
        var published = Suppression.standard().apply(matrix(100, new long[] {3, 0}, new long[] {0, 50}));

        assertThat(published.count(0, 0)).isEqualTo(PRIMARY);
        assertThat(published.count(0, 1)).isEqualTo(SECONDARY);
        assertThat(published.lift(0, 1)).isEqualTo(SECONDARY);
    }

    @Test
    void aServiceNoFamilyHasHasNoLift() {
        var published = Suppression.standard().apply(matrix(100, new long[] {0, 0}, new long[] {0, 50}));

        assertThat(published.count(0, 0)).isEqualTo(new Figure.Count(0));
        assertThat(published.lift(0, 1)).isEqualTo(new Figure.NotApplicable());
    }

    @Test
    void aSmallCohortIsWithheldAndNoLiftIsPublished() {
        var published = Suppression.standard().apply(matrix(4, new long[] {0, 0}, new long[] {0, 0}));

        assertThat(published.families()).isEqualTo(PRIMARY);
        assertThat(published.lift(0, 1)).isEqualTo(SECONDARY);
    }

    @Test
    void liftIsWorkedOutFromTheRoundedCountsSoItTellsNothingMore() {
        var published = Suppression.standard()
                .roundedTo(Rounding.toNearest(10))
                .apply(matrix(104, new long[] {41, 28}, new long[] {28, 53}));

        assertThat(published.count(0, 1)).isEqualTo(new Figure.Count(30));
        assertThat(published.families()).isEqualTo(new Figure.Count(100));
        // 30 x 100 / (40 x 50), not 28 x 104 / (41 x 53) = 1.34.
        assertThat(published.lift(0, 1)).isEqualTo(new Figure.Ratio(new BigDecimal("1.50")));
    }

    @Test
    void countsThatCannotComeFromOneCohortAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> matrix(10, new long[] {8, 2}, new long[] {2, 8}));
        assertThatIllegalArgumentException().isThrownBy(() -> matrix(100, new long[] {8, 9}, new long[] {9, 20}));
        assertThatIllegalArgumentException().isThrownBy(() -> matrix(100, new long[] {8, 2}, new long[] {3, 20}));
    }

    @Test
    void noSmallCountOfARandomCohortCanBeWorkedOutFromItsMatrix() {
        for (int seed = 0; seed < 60; seed++) {
            var random = new Random(seed);
            var atoms = randomCohort(random);
            var rules = Suppression.standard().withThreshold(2 + random.nextInt(4));
            var published = rules.apply(FamilyReader.matrix(atoms));
            var truth = FamilyReader.counts(atoms);
            var exposed = new ArrayList<String>();
            FamilyReader.ranges(published, truth.get("families") + 5).forEach((count, range) -> {
                long value = truth.get(count);
                if (value >= 1 && value <= rules.threshold() && range[0] == range[1]) {
                    exposed.add(count + "=" + value);
                }
            });
            assertThat(exposed)
                    .as("small counts a reader can work out (seed %d, cohort %s)", seed, truth)
                    .isEmpty();
        }
    }

    @Test
    void withholdingOnlyTheSmallPairCountsGivesSmallCountsAway() {
        // 20 families: 12 with A, 15 with B, 10 with both; 3 with C, 2 of them with A, 1 with B.
        var atoms = new long[8];
        atoms[0b011] = 9; // A and B
        atoms[0b111] = 1;
        atoms[0b101] = 1; // A and C
        atoms[0b001] = 1; // A only
        atoms[0b010] = 5; // B only
        atoms[0b100] = 1; // C only
        atoms[0b000] = 2;
        var table = FamilyReader.matrix(atoms);
        var rules = Suppression.standard();
        var naive = new ArrayList<List<Figure>>();
        for (int i = 0; i < 3; i++) {
            var row = new ArrayList<Figure>();
            for (int j = 0; j < 3; j++) {
                row.add(rules.isSmall(table.count(i, j)) ? PRIMARY : new Figure.Count(table.count(i, j)));
            }
            naive.add(row);
        }
        var published =
                new SuppressedTable.CoOccurrence("service", table.keys(), new Figure.Count(20), naive, naive, rules);

        var ranges = FamilyReader.ranges(published, 25);
        assertThat(ranges.get("only 0 not 1")).containsExactly(2, 2);
        assertThat(ranges.get("neither 01")).containsExactly(3, 3);

        var safe = FamilyReader.ranges(rules.apply(table), 25);
        assertThat(safe.get("only 0 not 1")[1]).isGreaterThan(safe.get("only 0 not 1")[0]);
        assertThat(safe.get("neither 01")[1]).isGreaterThan(safe.get("neither 01")[0]);
    }

    /** Families with services A, B and C, each family's services drawn at random: {@code atoms[mask]} families. */
    private static long[] randomCohort(Random random) {
        int families = 10 + random.nextInt(7);
        var chance = new double[] {random.nextDouble(), random.nextDouble(), random.nextDouble()};
        var atoms = new long[8];
        for (int f = 0; f < families; f++) {
            int mask = 0;
            for (int i = 0; i < 3; i++) {
                if (random.nextDouble() < chance[i]) {
                    mask |= 1 << i;
                }
            }
            atoms[mask]++;
        }
        return atoms;
    }
}
