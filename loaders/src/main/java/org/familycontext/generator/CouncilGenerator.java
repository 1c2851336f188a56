/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.familycontext.generator.family.Family;
import org.familycontext.generator.family.FamilyBuilder;
import org.familycontext.generator.family.FamilyBuilder.Scenario;
import org.familycontext.generator.family.FosterCarers;
import org.familycontext.generator.family.HouseholdIds;
import org.familycontext.generator.involvement.ServicePlanner;
import org.familycontext.generator.noise.Nicknames;
import org.familycontext.generator.noise.Noise;
import org.familycontext.generator.sources.AdultSocialCareSource;
import org.familycontext.generator.sources.CtfSource;
import org.familycontext.generator.sources.DrugAndAlcoholSource;
import org.familycontext.generator.sources.EarlyHelpSource;
import org.familycontext.generator.sources.GpSource;
import org.familycontext.generator.sources.HealthVisitingSource;
import org.familycontext.generator.sources.HousingSource;
import org.familycontext.generator.sources.LcsSource;
import org.familycontext.generator.sources.MentalHealthSource;
import org.familycontext.generator.sources.PoliceSource;
import org.familycontext.generator.sources.ProbationSource;
import org.familycontext.generator.sources.SchoolSource;
import org.familycontext.generator.sources.Source;
import org.familycontext.generator.sources.SourceContext;
import org.familycontext.generator.sources.Ssda903Source;
import org.familycontext.generator.sources.YoungCarersSource;
import org.familycontext.generator.sources.YouthJusticeSource;
import org.familycontext.generator.truth.TruthWriter;
import org.familycontext.generator.world.AddressBook;
import org.familycontext.generator.world.Directory;
import org.familycontext.generator.world.Identifiers;
import org.familycontext.generator.world.NameBank;

/**
 * Writes a synthetic council: the extracts of fifteen source systems, each with its manifest, and the ground
 * truth beside them. Families are generated and written one at a time, so memory stays flat however many
 * people are asked for; the same options always give byte-identical output.
 *
 * <pre>
 * var summary = CouncilGenerator.generate(new GeneratorOptions(2_000, 1, Path.of("out"), LocalDate.of(2026, 11, 20)));
 * </pre>
 */
public final class CouncilGenerator {

    /** The families every council has, built to order first; the rest are drawn at random. */
    private static final List<Scenario> SCENARIOS = List.of(
            Scenario.FOSTERED_TURNING_18,
            Scenario.SPECIAL_GUARDIANSHIP,
            Scenario.SEPARATED_PARENT_ELSEWHERE,
            Scenario.TWINS);

    private final GeneratorOptions options;
    private final TruthWriter truth;
    private final List<Source> sources;
    private final FamilyBuilder builder;
    private final ServicePlanner services;
    private int remaining;
    private int families;
    private int networks;

    private CouncilGenerator(GeneratorOptions options) {
        this.options = options;
        var seed = options.seed();
        var asOf = options.asOf();
        createFolder(options.outDir());
        truth = new TruthWriter(options.outDir());
        var addresses = new AddressBook(seed);
        addresses.listener(truth::address);
        var names = NameBank.bundled();
        var households = new HouseholdIds();
        var directory = new Directory(options.people(), seed, names, addresses, households);
        var identifiers = new Identifiers(seed);
        var fosterCarers = new FosterCarers(options.people(), Dice.stream(seed, "foster-carers"));
        fosterCarers.recruiter(this::recruitFosterCarers);
        builder = new FamilyBuilder(
                asOf,
                Dice.stream(seed, "families"),
                names,
                addresses,
                identifiers,
                households,
                directory,
                fosterCarers);
        services = new ServicePlanner(asOf, Dice.stream(seed, "services"), directory, identifiers);
        var ctx =
                new SourceContext(asOf, seed, options.outDir(), new Noise(options.noise(), Nicknames.bundled()), truth);
        var lcs = new LcsSource(ctx);
        sources = List.of(
                lcs,
                new Ssda903Source(ctx, lcs),
                new SchoolSource(ctx),
                new CtfSource(ctx, directory.secondarySchools().getFirst()),
                new HousingSource(ctx),
                new PoliceSource(ctx),
                new AdultSocialCareSource(ctx),
                new GpSource(ctx),
                new HealthVisitingSource(ctx),
                new MentalHealthSource(ctx),
                new DrugAndAlcoholSource(ctx),
                new YouthJusticeSource(ctx),
                new EarlyHelpSource(ctx),
                new YoungCarersSource(ctx),
                new ProbationSource(ctx));
        remaining = options.people();
    }

    public static GenerationSummary generate(GeneratorOptions options) {
        return new CouncilGenerator(options).run();
    }

    private GenerationSummary run() {
        while (remaining > 0) {
            // A whole network must fit in what is left; the last few people live alone.
            Family family;
            if (remaining >= FamilyBuilder.MAX_PEOPLE) {
                // Counted apart from families: foster households recruited on the way are families too.
                var scenario = networks < SCENARIOS.size() ? SCENARIOS.get(networks) : Scenario.NONE;
                networks++;
                family = builder.network(families, scenario);
            } else {
                family = builder.single(families);
            }
            services.plan(family);
            emit(family);
        }
        sources.forEach(Source::close);
        truth.close();
        writeReadme();
        var records = new TreeMap<String, Long>();
        for (var source : sources) {
            records.put(source.name(), source.records());
        }
        return new GenerationSummary(options.people(), families, records, size(options.outDir()), options.outDir());
    }

    /** A new foster household, written before the family whose child it takes in; null when out of people. */
    private FosterCarers.FosterHome recruitFosterCarers(LocalDate approvedBy) {
        if (remaining < FamilyBuilder.MAX_PEOPLE + 2) {
            return null;
        }
        var family = builder.fosterHousehold(families, approvedBy);
        var home = FamilyBuilder.fosterHome(family, approvedBy);
        services.fosterCarers(family, home.approved());
        emit(family);
        return home;
    }

    private void emit(Family family) {
        if (family.size() > FamilyBuilder.MAX_PEOPLE || family.size() > remaining) {
            throw new IllegalStateException(
                    "family " + family.index() + " has " + family.size() + " people, " + remaining + " left");
        }
        remaining -= family.size();
        families++;
        truth.family(family);
        for (var source : sources) {
            source.write(family);
        }
    }

    private void writeReadme() {
        var text = """
                # Demoton Borough Council: a synthetic council

                Everything here is invented by the Family Context generator. No record describes a real person:
                names are drawn at random from lists of common names, NHS numbers come from the 999 test range,
                unique pupil numbers carry local-authority code 999, telephone numbers are Ofcom's drama ranges
                (01632 960xxx, 07700 900xxx), e-mail addresses end in .example, and the postcode areas XD (the
                council) and XE (its neighbour) are not UK postcode areas.

                Generated with:

                    family-context generate --people %d --seed %d --as-of %s --out <folder>

                (noise level %s). The same options give byte-identical files.

                - One folder per source system, each with its extract files and `<name>.manifest.yaml`
                  (see docs/loading.md): `./family-context load */*.manifest.yaml`.
                - `truth/records.csv` (`source,sourceId,entityId`): the true person behind every record, duplicates
                  within a source included; `evaluate --truth truth/records.csv` scores a matching run against it.
                - `truth/people.csv`, `truth/relationships.csv` (`from,to,type,fromDate,toDate`, types as in
                  docs/data-schema.md), `truth/households.csv` (`entityId,householdId,uprn,from,to`) and
                  `truth/addresses.csv`: the people, their family ties and where they lived, with dates.

                %d people in %d families. Sources disagree with the truth as real ones do: nicknames, typing
                slips, day and month swapped, missing or partial dates of birth, old surnames, stale addresses,
                missing postcodes and ZZ99 pseudo-postcodes, mistyped or missing identifiers, and the same person
                twice within one source.
                """.formatted(
                        options.people(),
                        options.seed(),
                        options.asOf(),
                        options.noise().name().toLowerCase(java.util.Locale.ROOT),
                        options.people(),
                        families);
        try {
            Files.writeString(options.outDir().resolve("README.md"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void createFolder(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
        }
    }

    private static long size(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(p -> {
                        try {
                            return Files.size(p);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
