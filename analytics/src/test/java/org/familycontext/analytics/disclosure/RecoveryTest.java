/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.analytics.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The test: a suppressed cell cannot be recovered from the published totals. For every withheld figure, a
 * reader who tries every table consistent with the published one (see {@link Reader}) still finds at least two values
 * it could be. And the naive approach, withholding only the small counts, fails the same check.
 */
class RecoveryTest {

    private static final int CASES = 300;

    @Test
    void noWithheldFigureOfARandomOneWayTableCanBeWorkedOut() {
        for (int seed = 0; seed < CASES; seed++) {
            var random = new Random(seed);
            var table = Tables.randomOneWay(random);
            var rules = Tables.randomRules(random);
            var published = rules.apply(table);
            var reader = Reader.of(published, lowest(rules), table.total() + 10);
            assertAmbiguous("seed " + seed + " " + table.counts() + " " + rules, reader.ambiguity());
        }
    }

    @Test
    void noWithheldFigureOfARandomTwoWayTableCanBeWorkedOut() {
        for (int seed = 0; seed < CASES; seed++) {
            var random = new Random(seed);
            var table = Tables.randomTwoWay(random);
            var rules = Tables.randomRules(random);
            var published = rules.apply(table);
            var reader = Reader.of(published, lowest(rules), Tables.grandTotal(table) + 10);
            assertAmbiguous("seed " + seed + " " + table.counts() + " " + rules, reader.ambiguity());
        }
    }

    @Test
    void handPickedTablesThatDefeatSimplerRules() {
        var rules = Suppression.standard();
        // Two small counts of one: withheld together they still add up to 2, so each is 1.
        check(rules, Tables.oneWay(1, 1, 50, 60));
        // Every count small, and the total too.
        check(rules, Tables.oneWay(1, 1, 1, 1, 1));
        check(rules, Tables.oneWay(0, 0, 3, 0));
        // One count hidden behind one secondary each way, and a small count in a row of zeros.
        check(rules, Tables.twoWay(new long[] {2, 10, 20}, new long[] {12, 30, 40}, new long[] {15, 25, 35}));
        check(rules, Tables.twoWay(new long[] {0, 0, 4}, new long[] {7, 9, 11}, new long[] {8, 0, 30}));
        // Two blocks of withheld counts that only a single count would join: it would be worked out.
        check(
                rules,
                Tables.twoWay(new long[] {1, 1, 0, 0}, new long[] {1, 1, 0, 9}, new long[] {0, 9, 1, 1}, new long[] {
                    0, 0, 1, 1
                }));
        // A small total over large-looking zeros.
        check(rules, Tables.twoWay(new long[] {3, 0}, new long[] {0, 40}));
        check(rules.withThreshold(2), Tables.twoWay(new long[] {1, 1}, new long[] {1, 1}));
    }

    @Test
    void withholdingOnlyTheSmallCountsLetsAReaderWorkThemOut() {
        // 3 is 33 less 10 less 20.
        var naive = primaryOnly(Tables.oneWay(3, 10, 20));
        assertThat(Reader.of(naive, 1, 100).ranges()).containsEntry("0", new Reader.Range(3, 3));

        int recovered = 0;
        for (int seed = 0; seed < CASES; seed++) {
            var random = new Random(seed);
            var table = Tables.randomTwoWay(random);
            var published = primaryOnly(table);
            var ranges = Reader.of(published, 1, Tables.grandTotal(table) + 10).ranges();
            if (ranges.values().stream().anyMatch(Reader.Range::single)) {
                recovered++;
            }
        }
        assertThat(recovered)
                .as("random tables where primary suppression alone gives a count away")
                .isGreaterThan(CASES * 3 / 4);
    }

    @Test
    void aSecondCountInEveryLineIsNotEnoughOnItsOwn() {
        // The rule "never exactly one withheld count in a line" is met, yet each 1 is 2 less the other.
        var lineRuleOnly = new SuppressedTable.OneWay(
                "indicator count",
                List.of("0", "1", "2", "3"),
                List.of(withheld(), withheld(), new Figure.Count(50), new Figure.Count(60)),
                new Figure.Count(112),
                Suppression.standard());
        assertThat(Reader.of(lineRuleOnly, 1, 200).ranges())
                .containsEntry("0", new Reader.Range(1, 1))
                .containsEntry("1", new Reader.Range(1, 1));

        var published = Suppression.standard().apply(Tables.oneWay(1, 1, 50, 60));
        assertThat(published.counts()).extracting(Figure::csv).containsExactly("[c]", "[c]", "[c]", "60");
        assertThat(Reader.of(published, 1, 200).ranges()).containsEntry("0", new Reader.Range(1, 50));
    }

    @Test
    void twoWithheldCountsInEveryRowAndColumnAreNotEnoughOnTheirOwn() {
        // Withheld: 8 and 4 in area A, 5 and 7 in B, 1 and 1 in C, two in every row and column. They form one loop,
        // and moving one family round it would take one of the 1s to 0: a reader can work out all six.
        var table = Tables.twoWay(new long[] {8, 4, 10}, new long[] {8, 5, 7}, new long[] {1, 8, 1});
        var withheld = Set.of("area A/0", "area A/1", "area B/1", "area B/2", "area C/0", "area C/2");
        var lineRuleOnly = withholding(table, withheld);
        var ranges = Reader.of(lineRuleOnly, 1, 100).ranges();
        assertThat(ranges).containsOnlyKeys(withheld);
        assertThat(ranges.values()).allMatch(Reader.Range::single);

        assertAmbiguous(
                "the same table",
                Reader.of(Suppression.standard().apply(table), 1, 100).ranges());
    }

    @Test
    void aReaderWhoKnewWhichCountsAreSmallCouldWorkSomeOut() {
        // Why published tables mark every withheld figure alike: five categories of at most five families in all,
        // each known to hold from 1 to 5, hold one each.
        var published = Suppression.standard().apply(Tables.oneWay(1, 1, 1, 1, 1));
        assertThat(PublishedCsv.write(published)).doesNotContain("PRIMARY", "primary");
        assertThat(Reader.of(published, 1, 20).ranges().get("0").single()).isFalse();
        assertThat(Reader.of(published, 1, 20).knowingReasons(5).ranges()).containsEntry("0", new Reader.Range(1, 1));
    }

    @Test
    void theReaderSeesTheTrueValueAmongThoseItCannotRuleOut() {
        var table = Tables.twoWay(new long[] {2, 10, 20}, new long[] {12, 30, 40}, new long[] {15, 25, 35});
        var ranges = Reader.of(Suppression.standard().apply(table), 1, 200).ranges();
        assertThat(ranges).hasSize(4);
        assertThat(ranges.get("area A/0").contains(2)).isTrue();
        assertThat(ranges.get("area A/1").contains(10)).isTrue();
        assertThat(ranges.get("area B/0").contains(12)).isTrue();
        assertThat(ranges.get("area B/1").contains(30)).isTrue();
    }

    private static void check(Suppression rules, CountTable table) {
        var ranges = switch (table) {
            case CountTable.OneWay t ->
                Reader.of(rules.apply(t), lowest(rules), t.total() + 10).ranges();
            case CountTable.TwoWay t ->
                Reader.of(rules.apply(t), lowest(rules), Tables.grandTotal(t) + 10)
                        .ranges();
            case CountTable.CoOccurrence t -> throw new IllegalArgumentException("not an additive table");
        };
        assertAmbiguous(table.toString(), ranges);
    }

    private static void assertAmbiguous(String table, Map<String, Reader.Range> ranges) {
        var exposed = new ArrayList<String>();
        ranges.forEach((figure, range) -> {
            if (range.single()) {
                exposed.add(figure + "=" + range.low());
            }
        });
        assertThat(exposed)
                .as("withheld figures a reader can work out in %s", table)
                .isEmpty();
    }

    private static long lowest(Suppression rules) {
        return rules.suppressZeros() ? 0 : 1;
    }

    private static Figure withheld() {
        return Figure.suppressed(Reason.PRIMARY);
    }

    /** The table as it would be published if only small counts were withheld. */
    private static SuppressedTable.OneWay primaryOnly(CountTable.OneWay table) {
        return new SuppressedTable.OneWay(
                table.dimension(),
                table.keys(),
                table.counts().stream().map(RecoveryTest::primaryOnly).toList(),
                primaryOnly(table.total()),
                Suppression.standard());
    }

    private static SuppressedTable.TwoWay primaryOnly(CountTable.TwoWay table) {
        int rows = table.rowKeys().size();
        int columns = table.columnKeys().size();
        return new SuppressedTable.TwoWay(
                table.rowDimension(),
                table.columnDimension(),
                table.rowKeys(),
                table.columnKeys(),
                table.counts().stream()
                        .map(row -> row.stream().map(RecoveryTest::primaryOnly).toList())
                        .toList(),
                IntStream.range(0, rows)
                        .mapToObj(r -> primaryOnly(table.counts().get(r).stream()
                                .mapToLong(Long::longValue)
                                .sum()))
                        .toList(),
                IntStream.range(0, columns)
                        .mapToObj(c -> primaryOnly(IntStream.range(0, rows)
                                .mapToLong(r -> table.count(r, c))
                                .sum()))
                        .toList(),
                primaryOnly(Tables.grandTotal(table)),
                Suppression.standard());
    }

    /** The table published with exactly the named cells withheld ("row/column"), its totals all published. */
    private static SuppressedTable.TwoWay withholding(CountTable.TwoWay table, Set<String> cells) {
        var full = primaryOnly(table);
        var counts = new ArrayList<List<Figure>>();
        for (int r = 0; r < table.rowKeys().size(); r++) {
            var row = new ArrayList<Figure>();
            for (int c = 0; c < table.columnKeys().size(); c++) {
                var name = table.rowKeys().get(r) + "/" + table.columnKeys().get(c);
                row.add(cells.contains(name) ? withheld() : new Figure.Count(table.count(r, c)));
            }
            counts.add(row);
        }
        return new SuppressedTable.TwoWay(
                table.rowDimension(),
                table.columnDimension(),
                table.rowKeys(),
                table.columnKeys(),
                counts,
                full.rowTotals(),
                full.columnTotals(),
                full.grandTotal(),
                full.rules());
    }

    private static Figure primaryOnly(long count) {
        return Suppression.standard().isSmall(count) ? withheld() : new Figure.Count(count);
    }
}
