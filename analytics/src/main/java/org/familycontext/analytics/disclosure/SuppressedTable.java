/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.analytics.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as it may be published: every figure a number or a mark ({@link Figure}), and no trace of a withheld value
 * (its {@code toString} included). {@link #notes()} says in words what the marks and the rounding mean.
 */
public sealed interface SuppressedTable {

    /** The rules the table was published under. */
    Suppression rules();

    /** Plain-English notes to publish with the table (what the marks mean, how it is rounded). */
    default List<String> notes() {
        var rules = rules();
        var notes = new ArrayList<String>();
        notes.add("[c] = confidential: a count " + rules.smallCounts()
                + ", or a figure withheld so that such a count cannot be worked out from the others.");
        if (rules.rounding().rounds()) {
            notes.add("Counts are rounded to the nearest " + rules.rounding().base()
                    + ". Each total is rounded from its own exact value, so a total may differ from the sum of the"
                    + " rounded counts shown.");
            if (rules.rounding().apply(rules.threshold() + 1L) instanceof Figure.RoundedToZero) {
                notes.add("[k] = a count that is not zero but rounds to zero.");
            }
        }
        if (this instanceof CoOccurrence) {
            notes.add("A count of families with two services is also withheld when the families with one of the"
                    + " services but not the other, or with neither, number " + rules.smallCounts() + ".");
            notes.add("Lift = families with both services x families in the cohort / (families with the first service"
                    + " x families with the second), worked out from the published counts; 1 means the two go together"
                    + " no more often than by chance.");
            notes.add("[z] = not applicable: the lift of a service with itself, or with a service no family has.");
        }
        return List.copyOf(notes);
    }

    /** A published one-way breakdown and its total. */
    record OneWay(String dimension, List<String> keys, List<Figure> counts, Figure total, Suppression rules)
            implements SuppressedTable {
        public OneWay {
            keys = List.copyOf(keys);
            counts = List.copyOf(counts);
        }
    }

    /** A published two-way table with its row totals, column totals and grand total. */
    record TwoWay(
            String rowDimension,
            String columnDimension,
            List<String> rowKeys,
            List<String> columnKeys,
            List<List<Figure>> counts,
            List<Figure> rowTotals,
            List<Figure> columnTotals,
            Figure grandTotal,
            Suppression rules)
            implements SuppressedTable {
        public TwoWay {
            rowKeys = List.copyOf(rowKeys);
            columnKeys = List.copyOf(columnKeys);
            counts = counts.stream().map(List::copyOf).toList();
            rowTotals = List.copyOf(rowTotals);
            columnTotals = List.copyOf(columnTotals);
        }

        public Figure count(int row, int column) {
            return counts.get(row).get(column);
        }
    }

    /**
     * A published co-occurrence matrix: {@code count(i, j)} families with both services, {@code count(i, i)} families
     * with service i, {@code lift(i, j)} how much more often than by chance the two go together.
     */
    record CoOccurrence(
            String dimension,
            List<String> keys,
            Figure families,
            List<List<Figure>> counts,
            List<List<Figure>> lifts,
            Suppression rules)
            implements SuppressedTable {
        public CoOccurrence {
            keys = List.copyOf(keys);
            counts = counts.stream().map(List::copyOf).toList();
            lifts = lifts.stream().map(List::copyOf).toList();
        }

        public Figure count(int i, int j) {
            return counts.get(i).get(j);
        }

        public Figure lift(int i, int j) {
            return lifts.get(i).get(j);
        }
    }
}
