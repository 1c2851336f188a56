/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.analytics.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a published table as CSV (RFC 4180), one figure per row, so that it loads into a spreadsheet or a chart as it
 * is: the dimensions' keys, then the figure. Withheld figures are {@code [c]}, with {@code [k]} and {@code [z]} as in
 * the Government Analysis Function's "Using symbols and shorthand in tables"; totals have the key {@code Total}. The
 * notes go in a table of their own ({@link #notes}), as the same guidance asks.
 */
public final class PublishedCsv {

    private static final String LINE_END = "\r\n";

    private PublishedCsv() {}

    public static String write(SuppressedTable table) {
        var rows = new ArrayList<List<String>>();
        switch (table) {
            case SuppressedTable.OneWay t -> {
                return write(t, CountTable.TOTAL, t.total());
            }
            case SuppressedTable.TwoWay t -> {
                rows.add(List.of(t.rowDimension(), t.columnDimension(), "count"));
                for (int r = 0; r < t.rowKeys().size(); r++) {
                    for (int c = 0; c < t.columnKeys().size(); c++) {
                        rows.add(List.of(
                                t.rowKeys().get(r),
                                t.columnKeys().get(c),
                                t.count(r, c).csv()));
                    }
                    rows.add(List.of(
                            t.rowKeys().get(r),
                            CountTable.TOTAL,
                            t.rowTotals().get(r).csv()));
                }
                for (int c = 0; c < t.columnKeys().size(); c++) {
                    rows.add(List.of(
                            CountTable.TOTAL,
                            t.columnKeys().get(c),
                            t.columnTotals().get(c).csv()));
                }
                rows.add(List.of(
                        CountTable.TOTAL, CountTable.TOTAL, t.grandTotal().csv()));
            }
            case SuppressedTable.CoOccurrence t -> {
                rows.add(List.of(t.dimension(), "with " + t.dimension(), "families", "lift"));
                for (int i = 0; i < t.keys().size(); i++) {
                    for (int j = i; j < t.keys().size(); j++) {
                        rows.add(List.of(
                                t.keys().get(i),
                                t.keys().get(j),
                                t.count(i, j).csv(),
                                t.lift(i, j).csv()));
                    }
                }
                rows.add(List.of(
                        "all families", CountTable.TOTAL, t.families().csv(), new Figure.NotApplicable().csv()));
            }
        }
        return csv(rows);
    }

    /**
     * A one-way breakdown whose last line is another figure than its rows' sum: the number of families of a
     * breakdown in which a family counts once in each row it belongs to.
     */
    public static String write(SuppressedTable.OneWay table, String totalKey, Figure total) {
        var rows = new ArrayList<List<String>>();
        rows.add(List.of(table.dimension(), "count"));
        for (int i = 0; i < table.keys().size(); i++) {
            rows.add(List.of(table.keys().get(i), table.counts().get(i).csv()));
        }
        rows.add(List.of(totalKey, total.csv()));
        return csv(rows);
    }

    /** The notes of a table, numbered, as a table of their own. */
    public static String notes(SuppressedTable table) {
        var rows = new ArrayList<List<String>>();
        rows.add(List.of("note number", "note text"));
        var notes = table.notes();
        for (int i = 0; i < notes.size(); i++) {
            rows.add(List.of(Integer.toString(i + 1), notes.get(i)));
        }
        return csv(rows);
    }

    private static String csv(List<List<String>> rows) {
        var out = new StringBuilder();
        for (var row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(field(row.get(i)));
            }
            out.append(LINE_END);
        }
        return out.toString();
    }

    private static String field(String text) {
        // A key from the data must not be read by a spreadsheet as a formula (CSV injection).
        var safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
