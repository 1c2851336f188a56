/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.analytics.disclosure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The disclosure-control rules every table an analyst sees goes through (docs/analytics.md, "Disclosure control").
 *
 * <ul>
 *   <li>Primary suppression: a count from 1 to {@code threshold} is withheld; a 0 is published unless {@code
 *       suppressZeros}, since a zero counts nobody.
 *   <li>Secondary suppression, in a table with totals: more counts (or totals) are withheld until no withheld figure
 *       can be worked out exactly from the published ones ({@link AdditiveTable#suppress}).
 *   <li>In a co-occurrence matrix, which has no totals: a pair count is withheld when it, or any count it gives away
 *       with the two services' counts and the number of families (one service but not the other, neither), is small;
 *       a service's count when the families without it are few; a lift when anything it is worked out from is
 *       withheld.
 *   <li>Then what is published is rounded ({@link Rounding}).
 * </ul>
 */
public record Suppression(int threshold, boolean suppressZeros, Rounding rounding) {

    public static final int DEFAULT_THRESHOLD = 5;

    private static final int LIFT_DECIMALS = 2;

    public Suppression {
        if (threshold < 1) {
            throw new IllegalArgumentException("the threshold is 1 or more");
        }
        Objects.requireNonNull(rounding, "rounding");
    }

    /** Counts from 1 to 5 withheld, zeros published, no rounding. */
    public static Suppression standard() {
        return new Suppression(DEFAULT_THRESHOLD, false, Rounding.NONE);
    }

    public Suppression withThreshold(int threshold) {
        return new Suppression(threshold, suppressZeros, rounding);
    }

    public Suppression suppressingZeros() {
        return new Suppression(threshold, true, rounding);
    }

    public Suppression roundedTo(Rounding rounding) {
        return new Suppression(threshold, suppressZeros, rounding);
    }

    /** "from 1 to 5", or "from 0 to 5" when zeros are suppressed. */
    String smallCounts() {
        return "from " + (suppressZeros ? 0 : 1) + " to " + threshold;
    }

    /** Whether a count is withheld for what it is. */
    boolean isSmall(long count) {
        return count >= 1 && count <= threshold || count == 0 && suppressZeros;
    }

    public SuppressedTable.OneWay apply(CountTable.OneWay table) {
        var additive = AdditiveTable.oneWay(table.counts());
        var reasons = additive.suppress(this);
        var counts = new ArrayList<Figure>();
        for (int c = 0; c < table.keys().size(); c++) {
            counts.add(publish(additive, reasons, c));
        }
        return new SuppressedTable.OneWay(
                table.dimension(), table.keys(), counts, publish(additive, reasons, additive.grandTotal()), this);
    }

    public SuppressedTable.TwoWay apply(CountTable.TwoWay table) {
        var additive = AdditiveTable.twoWay(table.counts());
        var reasons = additive.suppress(this);
        int rows = table.rowKeys().size();
        int columns = table.columnKeys().size();
        var counts = new ArrayList<List<Figure>>();
        var rowTotals = new ArrayList<Figure>();
        for (int r = 0; r < rows; r++) {
            var row = new ArrayList<Figure>();
            for (int c = 0; c < columns; c++) {
                row.add(publish(additive, reasons, additive.cell(r, c)));
            }
            counts.add(row);
            rowTotals.add(publish(additive, reasons, additive.rowTotal(r)));
        }
        var columnTotals = new ArrayList<Figure>();
        for (int c = 0; c < columns; c++) {
            columnTotals.add(publish(additive, reasons, additive.columnTotal(c)));
        }
        return new SuppressedTable.TwoWay(
                table.rowDimension(),
                table.columnDimension(),
                table.rowKeys(),
                table.columnKeys(),
                counts,
                rowTotals,
                columnTotals,
                publish(additive, reasons, additive.grandTotal()),
                this);
    }

    public SuppressedTable.CoOccurrence apply(CountTable.CoOccurrence table) {
        int k = table.keys().size();
        long families = table.families();
        var familiesFigure = isSmall(families) ? Figure.suppressed(Reason.PRIMARY) : rounding.apply(families);
        var counts = new Figure[k][k];
        for (int i = 0; i < k; i++) {
            long withI = table.count(i, i);
            counts[i][i] = isSmall(withI)
                    ? Figure.suppressed(Reason.PRIMARY)
                    // "All but two families have service i" gives the two away.
                    : isSmall(families - withI) ? Figure.suppressed(Reason.SECONDARY) : rounding.apply(withI);
        }
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                long both = table.count(i, j);
                long onlyI = table.count(i, i) - both;
                long onlyJ = table.count(j, j) - both;
                long neither = families - table.count(i, i) - table.count(j, j) + both;
                Figure figure;
                if (isSmall(both)) {
                    figure = Figure.suppressed(Reason.PRIMARY);
                } else if (isSmall(onlyI) || isSmall(onlyJ) || isSmall(neither)) {
                    figure = Figure.suppressed(Reason.SECONDARY);
                } else {
                    figure = rounding.apply(both);
                }
                counts[i][j] = figure;
                counts[j][i] = figure;
            }
        }
        var lifts = new ArrayList<List<Figure>>();
        for (int i = 0; i < k; i++) {
            var row = new ArrayList<Figure>();
            for (int j = 0; j < k; j++) {
                row.add(
                        i == j
                                ? new Figure.NotApplicable()
                                : lift(familiesFigure, counts[i][j], counts[i][i], counts[j][j]));
            }
            lifts.add(row);
        }
        return new SuppressedTable.CoOccurrence(
                table.dimension(),
                table.keys(),
                familiesFigure,
                Arrays.stream(counts).map(List::of).toList(),
                lifts,
                this);
    }

    /** Worked out from the published figures only, so that it tells nothing they do not. */
    private static Figure lift(Figure families, Figure both, Figure withI, Figure withJ) {
        if (families.isSuppressed() || both.isSuppressed() || withI.isSuppressed() || withJ.isSuppressed()) {
            return Figure.suppressed(Reason.SECONDARY);
        }
        long n = published(families);
        long i = published(withI);
        long j = published(withJ);
        if (i == 0 || j == 0) {
            return new Figure.NotApplicable();
        }
        return new Figure.Ratio(BigDecimal.valueOf(published(both))
                .multiply(BigDecimal.valueOf(n))
                .divide(BigDecimal.valueOf(i).multiply(BigDecimal.valueOf(j)), LIFT_DECIMALS, RoundingMode.HALF_UP));
    }

    private static long published(Figure figure) {
        return figure instanceof Figure.Count count ? count.value() : 0;
    }

    private Figure publish(AdditiveTable table, Reason[] reasons, int entry) {
        return reasons[entry] != null ? Figure.suppressed(reasons[entry]) : rounding.apply(table.value(entry));
    }
}
