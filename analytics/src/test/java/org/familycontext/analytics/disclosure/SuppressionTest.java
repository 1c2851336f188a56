/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.analytics.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionTest {

    private static final Suppression STANDARD = Suppression.standard();

    /** A one-way table's published figures, as in a CSV, then "|" and the total. */
    private static String shown(SuppressedTable.OneWay table) {
        return String.join(",", table.counts().stream().map(Figure::csv).toList()) + "|"
                + table.total().csv();
    }

    private static List<Reason> reasons(SuppressedTable.OneWay table) {
        return table.counts().stream()
                .map(f -> f instanceof Figure.Suppressed s ? s.reason() : null)
                .toList();
    }

    @Test
    void countsFromOneToFiveAreWithheldByDefault() {
        var published = STANDARD.apply(Tables.oneWay(0, 1, 5, 6, 40, 50));

        assertThat(shown(published)).isEqualTo("0,[c],[c],6,40,50|102");
        assertThat(reasons(published)).containsExactly(null, Reason.PRIMARY, Reason.PRIMARY, null, null, null);
    }

    @Test
    void theThresholdIsConfigurable() {
        assertThat(shown(STANDARD.withThreshold(10).apply(Tables.oneWay(0, 1, 5, 6, 40, 50))))
                .isEqualTo("0,[c],[c],[c],40,50|102");
        assertThat(shown(STANDARD.withThreshold(2).apply(Tables.oneWay(0, 1, 5, 6, 40, 50))))
                .isEqualTo("0,[c],[c],6,40,50|102");
        assertThatIllegalArgumentException().isThrownBy(() -> STANDARD.withThreshold(0));
    }

    @Test
    void zerosArePublishedUnlessTheyAreToBeSuppressedToo() {
        assertThat(shown(STANDARD.apply(Tables.oneWay(0, 0, 30, 40)))).isEqualTo("0,0,30,40|70");
        // Two withheld zeros beside published 30 and 40 would add up to 0: a third figure goes with them.
        assertThat(shown(STANDARD.suppressingZeros().apply(Tables.oneWay(0, 0, 30, 40))))
                .isEqualTo("[c],[c],[c],40|70");
    }

    @Test
    void aLoneSmallCountTakesTheSmallestOtherCountWithIt() {
        var published = STANDARD.apply(Tables.oneWay(3, 10, 8, 20));

        assertThat(shown(published)).isEqualTo("[c],10,[c],20|41");
        assertThat(reasons(published)).containsExactly(Reason.PRIMARY, null, Reason.SECONDARY, null);
    }

    @Test
    void tiesGoToTheFirstCountSoTheSameTableAlwaysGivesTheSameResult() {
        assertThat(shown(STANDARD.apply(Tables.oneWay(3, 8, 8, 20)))).isEqualTo("[c],[c],8,20|39");
        assertThat(STANDARD.apply(Tables.oneWay(3, 8, 8, 20))).isEqualTo(STANDARD.apply(Tables.oneWay(3, 8, 8, 20)));
    }

    @Test
    void aSmallTotalIsWithheldWithItsCounts() {
        var published = STANDARD.apply(Tables.oneWay(2, 0, 1));

        assertThat(shown(published)).isEqualTo("[c],0,[c]|[c]");
        assertThat(published.total()).isEqualTo(Figure.suppressed(Reason.PRIMARY));
    }

    @Test
    void twoWithheldOnesThatWouldAddUpToTwoTakeAThirdCount() {
        var published = STANDARD.apply(Tables.oneWay(1, 1, 50, 60));

        assertThat(shown(published)).isEqualTo("[c],[c],[c],60|112");
        assertThat(reasons(published)).containsExactly(Reason.PRIMARY, Reason.PRIMARY, Reason.SECONDARY, null);
    }

    @Test
    void theWorkedExampleOfDocsAnalytics() {
        // Families by number of indicators, 0 to 8.
        assertThat(shown(STANDARD.apply(Tables.oneWay(40, 25, 12, 6, 3, 1, 0, 0, 0))))
                .isEqualTo("40,25,12,6,[c],[c],0,0,0|87");
        assertThat(shown(STANDARD.apply(Tables.oneWay(40, 25, 12, 6, 1, 1, 0, 0, 0))))
                .isEqualTo("40,25,12,[c],[c],[c],0,0,0|85");
        assertThat(shown(STANDARD.roundedTo(Rounding.toNearest(5)).apply(Tables.oneWay(40, 25, 12, 6, 1, 1, 0, 0, 0))))
                .isEqualTo("40,25,10,[c],[c],[c],0,0,0|85");
    }

    @Test
    void inATwoWayTableASmallCountIsHiddenInARectangleOfFour() {
        var published =
                STANDARD.apply(Tables.twoWay(new long[] {2, 10, 20}, new long[] {12, 30, 40}, new long[] {15, 25, 35}));

        assertThat(published.count(0, 0)).isEqualTo(Figure.suppressed(Reason.PRIMARY));
        // Row A's smallest other count is 10; column 0's is 12; 30 then completes both row B and column 1.
        assertThat(published.count(0, 1)).isEqualTo(Figure.suppressed(Reason.SECONDARY));
        assertThat(published.count(1, 0)).isEqualTo(Figure.suppressed(Reason.SECONDARY));
        assertThat(published.count(1, 1)).isEqualTo(Figure.suppressed(Reason.SECONDARY));
        assertThat(published.counts().stream().flatMap(List::stream).filter(Figure::isSuppressed))
                .hasSize(4);
        assertThat(published.rowTotals()).extracting(Figure::csv).containsExactly("32", "82", "75");
        assertThat(published.columnTotals()).extracting(Figure::csv).containsExactly("29", "65", "95");
        assertThat(published.grandTotal()).isEqualTo(new Figure.Count(189));
    }

    @Test
    void aTotalIsWithheldWhenNoCountInItsLineWillDo() {
        // 9 goes with the 7 that goes with the 3; the rest of area B is zeros, so its total must go too.
        var published = STANDARD.apply(Tables.twoWay(new long[] {3, 0, 7}, new long[] {0, 0, 9}));

        assertThat(published.counts().get(1)).extracting(Figure::csv).containsExactly("0", "0", "[c]");
        assertThat(published.rowTotals().get(1)).isEqualTo(Figure.suppressed(Reason.SECONDARY));
    }

    @Test
    void countsThatAreNotACountTableAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Tables.oneWay(3, -1));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CountTable.OneWay("area", List.of("Total"), List.of(3L)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CountTable.OneWay("area", List.of("a", "a"), List.of(3L, 4L)));
        assertThatIllegalArgumentException().isThrownBy(() -> Tables.twoWay(new long[] {1, 2}, new long[] {3}));
    }
}
