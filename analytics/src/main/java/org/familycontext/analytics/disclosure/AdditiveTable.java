/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.analytics.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A one- or two-way table with its totals, laid out as a circulation: every figure, count or total, is the flow on
 * one edge, and every line of the table is a node, where what comes in (the total) equals what goes out (its counts).
 * A two-way table has a node per row, a node per column and two for the grand total: a count runs from its row to its
 * column, a column total from its column to the grand total, the grand total on to the row totals' node, and a row
 * total from there back to its row. A one-way table is two nodes, its counts one way and its total back.
 *
 * <p>Holds exact counts: internal to the package, never published.
 */
final class AdditiveTable {

    private final long[] values;
    private final boolean[] totals;
    private final int[] from;
    private final int[] to;
    private final int nodes;
    private final int rows;
    private final int columns;
    private final List<List<Integer>> lines = new ArrayList<>();

    private AdditiveTable(int entries, int nodes, int rows, int columns) {
        this.values = new long[entries];
        this.totals = new boolean[entries];
        this.from = new int[entries];
        this.to = new int[entries];
        this.nodes = nodes;
        this.rows = rows;
        this.columns = columns;
    }

    static AdditiveTable oneWay(List<Long> counts) {
        int k = counts.size();
        var table = new AdditiveTable(k + 1, 2, 1, k);
        long total = 0;
        for (int c = 0; c < k; c++) {
            table.set(c, counts.get(c), false, 0, 1);
            total += counts.get(c);
        }
        table.set(k, total, true, 1, 0);
        return table.withLines();
    }

    static AdditiveTable twoWay(List<List<Long>> counts) {
        int rows = counts.size();
        int columns = counts.getFirst().size();
        var table = new AdditiveTable(rows * columns + rows + columns + 1, rows + columns + 2, rows, columns);
        int grandIn = rows + columns;
        int grandOut = grandIn + 1;
        var rowTotals = new long[rows];
        var columnTotals = new long[columns];
        long grand = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                long count = counts.get(r).get(c);
                table.set(table.cell(r, c), count, false, r, rows + c);
                rowTotals[r] += count;
                columnTotals[c] += count;
                grand += count;
            }
        }
        for (int r = 0; r < rows; r++) {
            table.set(table.rowTotal(r), rowTotals[r], true, grandOut, r);
        }
        for (int c = 0; c < columns; c++) {
            table.set(table.columnTotal(c), columnTotals[c], true, rows + c, grandIn);
        }
        table.set(table.grandTotal(), grand, true, grandIn, grandOut);
        return table.withLines();
    }

    private void set(int entry, long value, boolean total, int fromNode, int toNode) {
        values[entry] = value;
        totals[entry] = total;
        from[entry] = fromNode;
        to[entry] = toNode;
    }

    private AdditiveTable withLines() {
        for (int node = 0; node < nodes; node++) {
            int n = node;
            lines.add(IntStream.range(0, values.length)
                    .filter(e -> from[e] == n || to[e] == n)
                    .boxed()
                    .toList());
        }
        return this;
    }

    int cell(int row, int column) {
        return row * columns + column;
    }

    int rowTotal(int row) {
        return rows * columns + row;
    }

    int columnTotal(int column) {
        return rows * columns + rows + column;
    }

    int grandTotal() {
        return values.length - 1;
    }

    int entries() {
        return values.length;
    }

    int nodes() {
        return nodes;
    }

    long value(int entry) {
        return values[entry];
    }

    int from(int entry) {
        return from[entry];
    }

    int to(int entry) {
        return to[entry];
    }

    /**
     * Why each figure is withheld ({@code null}: published). Small figures first; then, until nothing changes, a
     * second figure in every line with only one withheld, and one more wherever a reader could still work out a
     * withheld figure exactly. Each further figure is a published count that is not zero: the smallest, but first one
     * that completes two lines at once; in the last step, the smallest that frees the exposed figure. A total is taken
     * only when no count will do. Ties go to the first in the table, so the same table always gives the same result.
     */
    Reason[] suppress(Suppression rules) {
        var reasons = new Reason[values.length];
        var withheld = new boolean[values.length];
        for (int e = 0; e < values.length; e++) {
            if (rules.isSmall(values[e])) {
                reasons[e] = Reason.PRIMARY;
                withheld[e] = true;
            }
        }
        completeLines(reasons, withheld);
        var intruder = new Intruder(this, rules.suppressZeros() ? 0 : 1);
        // Withholding more only widens what a reader cannot rule out, so a figure once found safe stays safe.
        for (int e = 0; e < values.length; ) {
            if (withheld[e] && intruder.canTellExactly(e, withheld)) {
                withholdOneMore(e, reasons, withheld, intruder);
                completeLines(reasons, withheld);
            } else {
                e++;
            }
        }
        return reasons;
    }

    /** No line with exactly one withheld figure: it would be its total less the others. */
    private void completeLines(Reason[] reasons, boolean[] withheld) {
        boolean changed;
        do {
            changed = false;
            for (var line : lines) {
                if (withheldIn(line, withheld) == 1) {
                    var pick = partner(line, withheld, false);
                    if (pick.isEmpty()) {
                        pick = partner(line, withheld, true);
                    }
                    if (pick.isPresent()) {
                        reasons[pick.getAsInt()] = Reason.SECONDARY;
                        withheld[pick.getAsInt()] = true;
                        changed = true;
                    }
                }
            }
        } while (changed);
    }

    /**
     * The smallest published non-zero count (or total) of the line, but first one whose other line also has only one
     * withheld figure: it completes two lines at once.
     */
    private OptionalInt partner(List<Integer> line, boolean[] withheld, boolean total) {
        var candidates = candidates(line.stream().mapToInt(Integer::intValue), withheld)
                .filter(e -> totals[e] == total)
                .toArray();
        var closing = IntStream.of(candidates)
                .filter(c -> otherLines(c, line).anyMatch(other -> withheldIn(other, withheld) == 1))
                .findFirst();
        return closing.isPresent() ? closing : IntStream.of(candidates).findFirst();
    }

    private static long withheldIn(List<Integer> line, boolean[] withheld) {
        return line.stream().filter(e -> withheld[e]).count();
    }

    private Stream<List<Integer>> otherLines(int entry, List<Integer> line) {
        return Stream.of(lines.get(from[entry]), lines.get(to[entry])).filter(other -> other != line);
    }

    private void withholdOneMore(int exposed, Reason[] reasons, boolean[] withheld, Intruder intruder) {
        var candidates = candidates(IntStream.range(0, values.length), withheld).toArray();
        for (int c : candidates) {
            withheld[c] = true;
            if (!intruder.canTellExactly(exposed, withheld)) {
                reasons[c] = Reason.SECONDARY;
                return;
            }
            withheld[c] = false;
        }
        // No one figure is enough (it may join two groups of withheld figures that nothing else links): take the
        // smallest in one of its own lines, and look again.
        var next = IntStream.of(candidates)
                .filter(c -> meets(c, exposed))
                .findFirst()
                .orElse(candidates.length > 0 ? candidates[0] : -1);
        if (next < 0) {
            // With every non-zero figure withheld, each can rise by one with its totals: never reached.
            throw new IllegalStateException("nothing left to withhold, and a withheld figure is still exposed");
        }
        reasons[next] = Reason.SECONDARY;
        withheld[next] = true;
    }

    private IntStream candidates(IntStream entries, boolean[] withheld) {
        return entries.filter(e -> !withheld[e] && values[e] > 0)
                .boxed()
                .sorted(Comparator.<Integer, Boolean>comparing(e -> totals[e])
                        .thenComparingLong(e -> values[e])
                        .thenComparingInt(e -> e))
                .mapToInt(Integer::intValue);
    }

    private boolean meets(int a, int b) {
        return from[a] == from[b] || from[a] == to[b] || to[a] == from[b] || to[a] == to[b];
    }
}
