/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.analytics.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reader who tries to recover withheld figures from a published table by brute force: every whole-number table
 * that agrees with everything published is tried, and each withheld figure's values over those tables are collected.
 * Independent of the library's own reasoning (it reads only the published figures): the check that no withheld figure
 * can be worked out. The reader knows each withheld figure is at least {@code lowest}, and nothing more; values are
 * tried up to {@code cap} where nothing published bounds them (trying fewer tables can only make the reader look
 * better informed, never worse). Told {@link #knowingReasons}, the reader also uses each figure's reason: a primary
 * one is at most the threshold, a secondary one above it.
 */
final class Reader {

    /** The values a withheld figure can take, as far as the reader can tell: {@code low..high}. */
    record Range(long low, long high) {
        boolean single() {
            return low == high;
        }

        boolean contains(long value) {
            return low <= value && value <= high;
        }
    }

    private final long[] cells; // published value, or -1 where withheld
    private final List<int[]> lines = new ArrayList<>(); // cells of each line
    private final List<Long> totals = new ArrayList<>(); // published total of each line, or -1
    private final List<String> totalNames = new ArrayList<>();
    private final List<String> cellNames = new ArrayList<>();
    private final Reason[] cellReasons;
    private final List<Reason> totalReasons = new ArrayList<>();
    private long threshold = -1;
    private final long lowest;
    private final long cap;

    private long[] low;
    private long[] high;
    private long[] lineLow;
    private long[] lineHigh;
    private boolean stopWhenAmbiguous;
    private long visited;

    private Reader(int cells, long lowest, long cap) {
        this.cells = new long[cells];
        this.cellReasons = new Reason[cells];
        this.lowest = lowest;
        this.cap = cap;
    }

    static Reader of(SuppressedTable.OneWay table, long lowest, long cap) {
        var reader = new Reader(table.keys().size(), lowest, cap);
        for (int i = 0; i < table.keys().size(); i++) {
            reader.cells[i] = value(table.counts().get(i));
            reader.cellReasons[i] = reason(table.counts().get(i));
            reader.cellNames.add(table.keys().get(i));
        }
        var all = new int[table.keys().size()];
        Arrays.setAll(all, i -> i);
        reader.line(all, table.total(), "Total");
        return reader;
    }

    static Reader of(SuppressedTable.TwoWay table, long lowest, long cap) {
        int rows = table.rowKeys().size();
        int columns = table.columnKeys().size();
        var reader = new Reader(rows * columns, lowest, cap);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                reader.cells[r * columns + c] = value(table.count(r, c));
                reader.cellReasons[r * columns + c] = reason(table.count(r, c));
                reader.cellNames.add(
                        table.rowKeys().get(r) + "/" + table.columnKeys().get(c));
            }
        }
        for (int r = 0; r < rows; r++) {
            var line = new int[columns];
            for (int c = 0; c < columns; c++) {
                line[c] = r * columns + c;
            }
            reader.line(line, table.rowTotals().get(r), table.rowKeys().get(r) + "/Total");
        }
        for (int c = 0; c < columns; c++) {
            var line = new int[rows];
            for (int r = 0; r < rows; r++) {
                line[r] = r * columns + c;
            }
            reader.line(
                    line,
                    table.columnTotals().get(c),
                    "Total/" + table.columnKeys().get(c));
        }
        var all = new int[rows * columns];
        Arrays.setAll(all, i -> i);
        reader.line(all, table.grandTotal(), "Total/Total");
        return reader;
    }

    private static long value(Figure figure) {
        return switch (figure) {
            case Figure.Count count -> count.value();
            case Figure.Suppressed suppressed -> -1;
            default -> throw new IllegalArgumentException("the reader reads unrounded counts: " + figure);
        };
    }

    private static Reason reason(Figure figure) {
        return figure instanceof Figure.Suppressed suppressed ? suppressed.reason() : null;
    }

    /** The reader knows which withheld figures are small (primary) and which are not (secondary). */
    Reader knowingReasons(int threshold) {
        this.threshold = threshold;
        return this;
    }

    private long lowest(Reason reason) {
        return threshold >= 0 && reason == Reason.SECONDARY ? threshold + 1 : lowest;
    }

    private long highest(Reason reason) {
        return threshold >= 0 && reason == Reason.PRIMARY ? threshold : Long.MAX_VALUE;
    }

    private void line(int[] members, Figure total, String name) {
        lines.add(members);
        totals.add(value(total));
        totalReasons.add(reason(total));
        totalNames.add(name);
    }

    /** Every withheld figure (cells by "row/column" or key, totals by "row/Total" ...) and its range. */
    Map<String, Range> ranges() {
        return search(false);
    }

    /** As {@link #ranges}, but stops as soon as every withheld figure is seen to take two values. */
    Map<String, Range> ambiguity() {
        return search(true);
    }

    long tablesTried() {
        return visited;
    }

    private Map<String, Range> search(boolean stopEarly) {
        stopWhenAmbiguous = stopEarly;
        visited = 0;
        low = new long[cells.length];
        high = new long[cells.length];
        Arrays.fill(low, Long.MAX_VALUE);
        Arrays.fill(high, Long.MIN_VALUE);
        lineLow = new long[lines.size()];
        lineHigh = new long[lines.size()];
        Arrays.fill(lineLow, Long.MAX_VALUE);
        Arrays.fill(lineHigh, Long.MIN_VALUE);
        var values = cells.clone();
        fill(0, values);
        var ranges = new LinkedHashMap<String, Range>();
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] < 0) {
                ranges.put(cellNames.get(i), new Range(low[i], high[i]));
            }
        }
        for (int l = 0; l < lines.size(); l++) {
            if (totals.get(l) < 0) {
                ranges.put(totalNames.get(l), new Range(lineLow[l], lineHigh[l]));
            }
        }
        return ranges;
    }

    /** Returns true to stop the search. */
    private boolean fill(int index, long[] values) {
        if (index == cells.length) {
            return record(values);
        }
        if (cells[index] >= 0) {
            return fill(index + 1, values);
        }
        long from = lowest(cellReasons[index]);
        long to = Math.min(cap, highest(cellReasons[index]));
        for (int l = 0; l < lines.size(); l++) {
            var members = lines.get(l);
            if (totals.get(l) < 0 || !contains(members, index)) {
                continue;
            }
            long sum = 0;
            boolean last = true;
            for (int m : members) {
                if (m < index || cells[m] >= 0) {
                    sum += values[m];
                } else if (m > index) {
                    last = false;
                }
            }
            long rest = totals.get(l) - sum;
            to = Math.min(to, rest);
            if (last) {
                // The line's last unknown is its total less the rest.
                from = Math.max(from, rest);
            }
        }
        for (long v = from; v <= to; v++) {
            values[index] = v;
            if (fill(index + 1, values)) {
                return true;
            }
        }
        values[index] = -1;
        return false;
    }

    private boolean record(long[] values) {
        var sums = new long[lines.size()];
        for (int l = 0; l < lines.size(); l++) {
            for (int m : lines.get(l)) {
                sums[l] += values[m];
            }
            long published = totals.get(l);
            var reason = totalReasons.get(l);
            if (published >= 0 ? sums[l] != published : sums[l] < lowest(reason) || sums[l] > highest(reason)) {
                return false;
            }
        }
        visited++;
        boolean allAmbiguous = true;
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] < 0) {
                low[i] = Math.min(low[i], values[i]);
                high[i] = Math.max(high[i], values[i]);
                allAmbiguous &= low[i] < high[i];
            }
        }
        for (int l = 0; l < lines.size(); l++) {
            if (totals.get(l) < 0) {
                lineLow[l] = Math.min(lineLow[l], sums[l]);
                lineHigh[l] = Math.max(lineHigh[l], sums[l]);
                allAmbiguous &= lineLow[l] < lineHigh[l];
            }
        }
        return stopWhenAmbiguous && allAmbiguous;
    }

    private static boolean contains(int[] members, int index) {
        for (int m : members) {
            if (m == index) {
                return true;
            }
        }
        return false;
    }
}
