/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.analytics.family;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.familycontext.analytics.indicator.IndicatorSet;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds family units and their indicators into the graph (docs/analytics.md): {@code (:Family)}, {@code
 * (:Person)-[:IN_FAMILY {role}]->(:Family)}, {@code (:Family)-[:RELATED_FAMILY {via, ties}]->(:Family)} and one
 * {@code (:FamilyBuild {name: 'latest'})} that says how and when, and which indicators had no data.
 *
 * <p>A full rebuild that replaces the previous one: run it after persons are resolved and households formed, one
 * at a time. The graph is read in a few streams and families are worked out in memory, by person number, so a
 * million persons take a few hundred megabytes; the result is written in batches.
 */
public final class FamilyBuilder {

    static final String BUILD_NAME = "latest";

    private static final Logger log = LoggerFactory.getLogger(FamilyBuilder.class);

    private final Driver driver;
    private final FamilyOptions options;
    private final IndicatorSet indicators;
    private final Clock clock;

    public FamilyBuilder(Driver driver, FamilyOptions options, IndicatorSet indicators, Clock clock) {
        this.driver = driver;
        this.options = options;
        this.indicators = indicators;
        this.clock = clock;
    }

    /** With the default family unit and the bundled indicators, as of today. */
    public static Counts rebuild(Driver driver) {
        var clock = Clock.systemDefaultZone();
        return new FamilyBuilder(driver, FamilyOptions.defaults(LocalDate.now(clock)), IndicatorSet.bundled(), clock)
                .rebuild();
    }

    /**
     * @param families families built
     * @param members persons in a family (each in one)
     * @param children dependent children in a family
     * @param relatedLinks pairs of related families
     * @param relatedGroups groups of two or more related families
     * @param familiesRemoved families of the previous build, all replaced
     * @param indicatorsUnavailable indicators no source of this council has data for
     * @param seconds how long the build took
     */
    public record Counts(
            long families,
            long members,
            long children,
            long relatedLinks,
            long relatedGroups,
            long familiesRemoved,
            List<String> indicatorsUnavailable,
            double seconds) {}

    public Counts rebuild() {
        long started = System.nanoTime();
        var builtAt = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
        var read = FamilyGraphReader.read(driver, options, indicators);
        long readDone = System.nanoTime();
        var graph = read.graph();
        var units = new FamilyUnits(graph, read.facts(), options);
        var figures = new FamilyFigures(graph, units, read.facts());
        var families = figures.build(units.form(), builtAt);
        ChildAddresses.fillAreas(driver, graph, units, families);
        var links = RelatedFamilies.find(graph, figures.familyOf());
        int groups = RelatedFamilies.group(families, links);
        long worked = System.nanoTime();
        long removed = FamilyWriter.deleteAll(driver);
        long members = FamilyWriter.writeFamilies(driver, graph, families);
        long related = FamilyWriter.writeRelated(driver, families, links);
        long children = families.stream()
                .mapToLong(f -> ((Number) f.properties().get("children")).longValue())
                .sum();
        double seconds = (System.nanoTime() - started) / 1e9;

        var build = new LinkedHashMap<String, Object>();
        build.put("builtAt", builtAt);
        build.put("asOf", options.asOf().toString());
        build.put("maxDegrees", options.maxDegrees());
        build.put("coResidence", options.coResidence());
        build.put("ageLimit", options.ageLimit());
        build.put("maxHouseholdSize", options.maxHouseholdSize());
        build.put("families", families.size());
        build.put("members", members);
        build.put("children", children);
        build.put("relatedLinks", related);
        build.put("relatedGroups", groups);
        build.put(
                "indicators",
                indicators.indicators().stream().map(i -> i.name()).toList());
        build.put("indicatorsAvailable", read.facts().available());
        build.put("indicatorsUnavailable", read.facts().unavailable());
        build.put("seconds", Math.round(seconds * 10) / 10.0);
        FamilyWriter.writeBuild(driver, build);

        var counts = new Counts(
                families.size(),
                members,
                children,
                related,
                groups,
                removed,
                read.facts().unavailable(),
                seconds);
        log.info(
                "Families: {} built ({} members, {} children), {} related-family links in {} groups of two or more;"
                        + " {} of the previous build replaced; no data for indicators {}; {} s (reading {} s, working out"
                        + " {} s, writing {} s)",
                counts.families(),
                counts.members(),
                counts.children(),
                counts.relatedLinks(),
                counts.relatedGroups(),
                counts.familiesRemoved(),
                counts.indicatorsUnavailable(),
                String.format(Locale.ROOT, "%.1f", seconds),
                String.format(Locale.ROOT, "%.1f", (readDone - started) / 1e9),
                String.format(Locale.ROOT, "%.1f", (worked - readDone) / 1e9),
                String.format(Locale.ROOT, "%.1f", (System.nanoTime() - worked) / 1e9));
        return counts;
    }
}
