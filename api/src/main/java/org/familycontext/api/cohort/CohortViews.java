/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.cohort;

import java.util.List;
import org.familycontext.analytics.disclosure.Figure;

/** What the cohort queries answer: published figures only, never an exact small count. */
final class CohortViews {

    private CohortViews() {}

    record FigureView(Double value, String withheld, String text) {

        static FigureView suppressed() {
            return of(Figure.suppressed(org.familycontext.analytics.disclosure.Reason.SECONDARY));
        }

        static FigureView of(Figure figure) {
            return switch (figure) {
                case Figure.Count count -> new FigureView((double) count.value(), null, figure.csv());
                case Figure.Ratio ratio -> new FigureView(ratio.value().doubleValue(), null, figure.csv());
                case Figure.Suppressed suppressed -> new FigureView(null, "SUPPRESSED", figure.csv());
                case Figure.RoundedToZero zero -> new FigureView(null, "ROUNDED_TO_ZERO", figure.csv());
                case Figure.NotApplicable none -> new FigureView(null, "NOT_APPLICABLE", figure.csv());
            };
        }
    }

    record BreakdownRowView(String key, FigureView families) {}

    record BreakdownView(String dimension, List<BreakdownRowView> rows, FigureView total, String csv) {}

    record IndicatorView(String name, String description, boolean available) {}

    record CohortView(
            FigureView families,
            BreakdownView byIndicatorCount,
            BreakdownView byArea,
            BreakdownView byService,
            BreakdownView byIndicator,
            List<IndicatorView> indicators,
            List<String> notes) {}

    record CoOccurrenceCellView(String row, String column, FigureView families, FigureView lift) {}

    record CoOccurrenceView(
            List<String> services,
            FigureView families,
            List<CoOccurrenceCellView> cells,
            String csv,
            List<String> notes) {}

    record RelatedFamilyGroupView(
            int rank, FigureView families, FigureView people, FigureView openCases, FigureView childrenInCare) {}

    record RelatedFamiliesView(
            FigureView families,
            FigureView familiesInGroups,
            BreakdownView bySize,
            List<RelatedFamilyGroupView> largestGroups,
            List<String> notes) {}

    record CareView(
            FigureView childrenInCare,
            FigureView withParentInCare,
            BreakdownView byArea,
            BreakdownView withParentInCareByArea,
            List<String> notes) {}
}
