/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.familycontext.generator.CouncilGenerator;
import org.familycontext.generator.GeneratorOptions;
import picocli.CommandLine.Option;

/** Which council a benchmark runs on: one given by --extracts, or one generated (and kept) in the work folder. */
class BenchCouncil {

    @Option(
            names = "--people",
            defaultValue = "100000",
            description = "People in the generated council (default: ${DEFAULT-VALUE}).")
    int people;

    @Option(names = "--seed", defaultValue = "1", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--extracts", description = "Use this generated council instead of generating one.")
    Path extracts;

    /** The council's folder, generated into the work folder first unless given or generated before. */
    Path folder(Path workDir) {
        if (extracts != null) {
            return extracts;
        }
        var council = workDir.resolve("council-" + people + "-" + seed);
        if (!Files.exists(council.resolve("truth"))) {
            var started = System.nanoTime();
            CouncilGenerator.generate(new GeneratorOptions(people, seed, council, LocalDate.of(2026, 11, 20)));
            System.out.printf("Generated %,d people in %.1f s%n", people, (System.nanoTime() - started) / 1e9);
        }
        return council;
    }
}
