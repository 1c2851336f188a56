/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.cohort;

import java.util.ArrayList;
import java.util.List;
import org.familycontext.analytics.disclosure.PublishedCsv;
import org.familycontext.api.cohort.CohortInputs.CohortFilter;
import org.familycontext.api.cohort.CohortInputs.DisclosureOptions;
import org.familycontext.api.cohort.CohortViews.CareView;
import org.familycontext.api.cohort.CohortViews.CoOccurrenceCellView;
import org.familycontext.api.cohort.CohortViews.CoOccurrenceView;
import org.familycontext.api.cohort.CohortViews.CohortView;
import org.familycontext.api.cohort.CohortViews.FigureView;
import org.familycontext.api.cohort.CohortViews.RelatedFamiliesView;
import org.familycontext.api.cohort.CohortViews.RelatedFamilyGroupView;
import org.familycontext.api.graph.InvalidArgumentException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Family-level cohorts for analysts: counts and breakdowns, every figure through disclosure control. */
@Controller
class CohortController {

    private final CohortCounts counts;
    private final IndicatorDefinitions indicators;
    private final int minimumThreshold;

    CohortController(
            CohortCounts counts,
            IndicatorDefinitions indicators,
            @Value("${family-context.analytics.threshold:5}") int minimumThreshold) {
        this.counts = counts;
        this.indicators = indicators;
        this.minimumThreshold = minimumThreshold;
    }

    @QueryMapping
    CohortView cohort(@Argument CohortFilter filter, @Argument DisclosureOptions disclosure) {
        var publication = Publication.of(disclosure, minimumThreshold);
        var selection = FamilySelection.of(filter);
        var tables = counts.breakdowns(selection);
        var byIndicatorCount = tables.get("indicatorCount");
        long families = byIndicatorCount == null ? 0 : byIndicatorCount.total();
        var published = publication.additive("indicatorCount", byIndicatorCount);
        return new CohortView(
                published.total(),
                published,
                publication.additive("area", tables.get("area")),
                publication.overlapping("service", tables.get("service"), families),
                publication.overlapping("indicator", tables.get("indicator"), families),
                indicators.all(),
                publication.notes());
    }

    @QueryMapping
    CoOccurrenceView serviceCoOccurrence(
            @Argument CohortFilter filter, @Argument Boolean currentOnly, @Argument DisclosureOptions disclosure) {
        var publication = Publication.of(disclosure, minimumThreshold);
        var selection = FamilySelection.of(filter);
        var exact = counts.coOccurrence(selection, currentOnly == null || currentOnly);
        if (exact == null) {
            var families = publication.single(counts.families(selection));
            return new CoOccurrenceView(
                    List.of(),
                    families,
                    List.of(),
                    "service,with service,families,lift\r\nall families,Total," + families.text() + ",[z]\r\n",
                    publication.notes());
        }
        var table = publication.apply(exact);
        var cells = new ArrayList<CoOccurrenceCellView>();
        for (int i = 0; i < table.keys().size(); i++) {
            for (int j = 0; j < table.keys().size(); j++) {
                cells.add(new CoOccurrenceCellView(
                        table.keys().get(i),
                        table.keys().get(j),
                        FigureView.of(table.count(i, j)),
                        FigureView.of(table.lift(i, j))));
            }
        }
        return new CoOccurrenceView(
                table.keys(), FigureView.of(table.families()), cells, PublishedCsv.write(table), table.notes());
    }

    @QueryMapping
    RelatedFamiliesView relatedFamilies(
            @Argument Integer minFamilies, @Argument Integer first, @Argument DisclosureOptions disclosure) {
        if (minFamilies < 2 || minFamilies > 1000) {
            throw new InvalidArgumentException("minFamilies must be between 2 and 1000");
        }
        if (first < 1 || first > 100) {
            throw new InvalidArgumentException("first must be between 1 and 100");
        }
        var publication = Publication.of(disclosure, minimumThreshold);
        var sizes = counts.groupSizes(minFamilies);
        var bySize = publication.additive("familiesInGroup", sizes.groups());
        // The families in groups, with the groups per band, would give a withheld band's count away.
        boolean anyBandWithheld =
                bySize.rows().stream().anyMatch(row -> row.families().withheld() != null);
        var groups = new ArrayList<RelatedFamilyGroupView>();
        // A group is listed on its own only when it holds more families than the threshold.
        var largest =
                counts.largestGroups(Math.max(minFamilies, publication.rules().threshold() + 1), first);
        for (int i = 0; i < largest.size(); i++) {
            var group = largest.get(i);
            groups.add(new RelatedFamilyGroupView(
                    i + 1,
                    publication.single(group[0]),
                    publication.single(group[1]),
                    publication.single(group[2]),
                    publication.single(group[3])));
        }
        return new RelatedFamiliesView(
                publication.single(counts.families(FamilySelection.of(null))),
                anyBandWithheld ? FigureView.suppressed() : publication.single(sizes.families()),
                bySize,
                groups,
                publication.notes());
    }

    @QueryMapping
    CareView careAcrossGenerations(@Argument CohortFilter filter, @Argument DisclosureOptions disclosure) {
        var publication = Publication.of(disclosure, minimumThreshold);
        var tables = counts.care(FamilySelection.of(filter));
        var byArea = publication.additive("area", tables.get(0));
        var withParent = publication.additive("area", tables.get(1));
        return new CareView(byArea.total(), withParent.total(), byArea, withParent, publication.notes());
    }
}
