/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.cohort;

import java.util.ArrayList;
import java.util.List;
import org.familycontext.analytics.disclosure.CountTable;
import org.familycontext.analytics.disclosure.Figure;
import org.familycontext.analytics.disclosure.PublishedCsv;
import org.familycontext.analytics.disclosure.Reason;
import org.familycontext.analytics.disclosure.Rounding;
import org.familycontext.analytics.disclosure.SuppressedTable;
import org.familycontext.analytics.disclosure.Suppression;
import org.familycontext.api.cohort.CohortInputs.DisclosureOptions;
import org.familycontext.api.cohort.CohortViews.BreakdownRowView;
import org.familycontext.api.cohort.CohortViews.BreakdownView;
import org.familycontext.api.cohort.CohortViews.FigureView;
import org.familycontext.api.graph.InvalidArgumentException;

/**
 * Disclosure control as an analyst asked for it, within the council's rules: the threshold may be raised above the
 * configured minimum, never lowered; counts may be rounded to 5 or 10. Every figure a cohort query answers goes
 * through here.
 */
record Publication(Suppression rules) {

    /** The last line of a breakdown whose rows overlap: the families, each counted once. */
    private static final String ALL_FAMILIES = "all families (each counted once)";

    static Publication of(DisclosureOptions options, int minimumThreshold) {
        int threshold = minimumThreshold;
        var rounding = Rounding.NONE;
        if (options != null && options.threshold() != null) {
            if (options.threshold() < minimumThreshold || options.threshold() > 100) {
                throw new InvalidArgumentException(
                        "disclosure.threshold: between " + minimumThreshold + " (this council's minimum) and 100");
            }
            threshold = options.threshold();
        }
        if (options != null && options.roundTo() != null) {
            if (!List.of(1, 5, 10).contains(options.roundTo())) {
                throw new InvalidArgumentException("disclosure.roundTo: 1, 5 or 10");
            }
            rounding = Rounding.toNearest(options.roundTo());
        }
        return new Publication(Suppression.standard().withThreshold(threshold).roundedTo(rounding));
    }

    /** One count published on its own, with nothing it adds up to: withheld when small, else rounded. */
    FigureView single(long count) {
        return FigureView.of(figure(count));
    }

    private Figure figure(long count) {
        boolean small = count >= 1 && count <= rules.threshold() || (count == 0 && rules.suppressZeros());
        return small ? Figure.suppressed(Reason.PRIMARY) : rules.rounding().apply(count);
    }

    /** A breakdown with its total, protected so that no withheld row can be worked out from the total. */
    BreakdownView additive(String dimension, CountTable.OneWay counts) {
        if (counts == null) {
            return empty(dimension, CountTable.TOTAL, single(0));
        }
        var table = rules.apply(counts);
        return view(table, FigureView.of(table.total()), PublishedCsv.write(table));
    }

    /**
     * A breakdown whose rows do not add up to anything published (a family counts once for each service it has):
     * its total is the number of families, published on its own.
     */
    BreakdownView overlapping(String dimension, CountTable.OneWay counts, long families) {
        var familiesFigure = figure(families);
        if (counts == null) {
            return empty(dimension, ALL_FAMILIES, FigureView.of(familiesFigure));
        }
        var table = rules.apply(counts);
        // The rows' sum counts a family once per row: the CSV's last line is the number of families instead.
        return view(table, FigureView.of(familiesFigure), PublishedCsv.write(table, ALL_FAMILIES, familiesFigure));
    }

    SuppressedTable.CoOccurrence apply(CountTable.CoOccurrence counts) {
        return rules.apply(counts);
    }

    /** What the marks and the rounding mean under these rules, to publish with any table. */
    List<String> notes() {
        return rules.apply(new CountTable.OneWay("any", List.of("any"), List.of(0L)))
                .notes();
    }

    /** A breakdown with no rows: nothing matched (a count of no one gives nothing away). */
    private static BreakdownView empty(String dimension, String totalKey, FigureView total) {
        return new BreakdownView(
                dimension, List.of(), total, dimension + ",count\r\n" + totalKey + "," + total.text() + "\r\n");
    }

    private static BreakdownView view(SuppressedTable.OneWay table, FigureView total, String csv) {
        var rows = new ArrayList<BreakdownRowView>();
        for (int i = 0; i < table.keys().size(); i++) {
            rows.add(new BreakdownRowView(
                    table.keys().get(i), FigureView.of(table.counts().get(i))));
        }
        return new BreakdownView(table.dimension(), rows, total, csv);
    }
}
