/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.generate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.familycontext.generator.CouncilGenerator;
import org.familycontext.generator.GeneratorOptions;
import org.familycontext.generator.NoiseLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Writes a synthetic council: extracts of fifteen source systems, each with its manifest, and the",
            "ground truth beside them (truth/records.csv for evaluate --truth). Everything is invented.",
            "The same options always give byte-identical files."
        })
public class GenerateCommand implements Callable<Integer> {

    @Option(
            names = "--people",
            defaultValue = "2000",
            description = "People in the council, " + GeneratorOptions.MIN_PEOPLE + " to " + GeneratorOptions.MAX_PEOPLE
                    + " (default: ${DEFAULT-VALUE}).")
    int people;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, description = "Folder to write into; created when missing.")
    Path out;

    @Option(
            names = "--as-of",
            defaultValue = "2026-11-20",
            description = "Date the extracts are taken, yyyy-MM-dd (default: ${DEFAULT-VALUE}; fixed, not today, "
                    + "so that output does not depend on the day it is run).")
    LocalDate asOf;

    @Option(
            names = "--noise",
            defaultValue = "DEFAULT",
            description =
                    "How much the sources disagree with the truth: none, low, default, high " + "(default: default).")
    NoiseLevel noise;

    @Override
    public Integer call() {
        GeneratorOptions options;
        try {
            options = new GeneratorOptions(people, seed, out, asOf, noise);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        long started = System.nanoTime();
        var summary = CouncilGenerator.generate(options);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "Wrote %,d people in %,d families: %,d records in %d sources, %,.1f MB in %s (%.1f s)%n",
                summary.people(),
                summary.families(),
                summary.records(),
                summary.recordsBySource().size(),
                summary.bytesWritten() / 1e6,
                summary.outDir(),
                seconds);
        summary.recordsBySource().forEach((source, records) -> System.out.printf("  %-10s %,10d%n", source, records));
        return 0;
    }
}
