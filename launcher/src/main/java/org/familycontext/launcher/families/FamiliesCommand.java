/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.families;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.familycontext.analytics.family.FamilyBuilder;
import org.familycontext.analytics.family.FamilyOptions;
import org.familycontext.analytics.indicator.IndicatorSet;
import org.familycontext.launcher.connect.GraphConnection;
import org.familycontext.model.schema.SchemaMigrations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Builds family units and their indicators (docs/analytics.md); prints counts, never a name. */
@Command(
        name = "families",
        mixinStandardHelpOptions = true,
        description = {
            "Builds family units around dependent children (their current parents and carers, those parents'"
                    + " partners, and their household), works out each family's Think Family indicators, and finds"
                    + " related families; replaces the previous build. Run after link and households."
        })
public class FamiliesCommand implements Callable<Integer> {

    @Option(
            names = "--degrees",
            defaultValue = "2",
            description = "1: a child and their current parents and carers; 2: also those parents' current partners"
                    + " (default: ${DEFAULT-VALUE}).")
    int degrees;

    @Option(
            names = "--no-co-residence",
            description = "Do not add the people living in a child's household to the child's family.")
    boolean noCoResidence;

    @Option(
            names = "--age-limit",
            defaultValue = "18",
            description = "A dependent child is younger than this (default: ${DEFAULT-VALUE}).")
    int ageLimit;

    @Option(
            names = "--max-household",
            defaultValue = "12",
            description = "A household with more current members (a hostel, a care home) joins no one"
                    + " (default: ${DEFAULT-VALUE}).")
    int maxHousehold;

    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            description = "The day ages and current ties are read on (default: today).")
    LocalDate asOf;

    @Option(
            names = "--indicators",
            paramLabel = "FILE",
            description = "The council's own indicator rules (YAML, laid out as the bundled"
                    + " analytics/indicators.yaml) instead of the bundled Think Family set.")
    Path indicatorsFile;

    @Mixin
    GraphConnection graph;

    @Override
    public Integer call() {
        FamilyOptions options;
        IndicatorSet indicators;
        var clock = Clock.systemDefaultZone();
        try {
            options = new FamilyOptions(
                    asOf != null ? asOf : LocalDate.now(clock), degrees, !noCoResidence, ageLimit, maxHousehold);
            indicators = indicatorsFile == null ? IndicatorSet.bundled() : IndicatorSet.read(indicatorsFile);
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        try (var open = graph.open()) {
            SchemaMigrations.apply(open.driver());
            var counts = new FamilyBuilder(open.driver(), options, indicators, clock).rebuild();
            System.out.printf(
                    "%,d families (%,d people, %,d children); %,d related-family links in %,d groups of two or more;"
                            + " %,d families of the previous build replaced; %.1f s%n",
                    counts.families(),
                    counts.members(),
                    counts.children(),
                    counts.relatedLinks(),
                    counts.relatedGroups(),
                    counts.familiesRemoved(),
                    counts.seconds());
            if (!counts.indicatorsUnavailable().isEmpty()) {
                System.out.println("No data in this council for: " + String.join(", ", counts.indicatorsUnavailable()));
            }
        }
        return 0;
    }
}
