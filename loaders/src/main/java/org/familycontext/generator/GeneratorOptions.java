/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.generator;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What to generate.
 *
 * @param people how many people the council has, counting everyone in the truth (also relatives who live
 *     elsewhere and those who have died)
 * @param seed the same seed and options always give byte-identical output
 * @param outDir folder to write into; created when missing
 * @param asOf the day the extracts are taken; a fixed default keeps the output independent of the clock
 * @param noise how much the sources disagree with the truth
 */
public record GeneratorOptions(int people, long seed, Path outDir, LocalDate asOf, NoiseLevel noise) {

    public static final int MIN_PEOPLE = 500;
    public static final int MAX_PEOPLE = 5_000_000;
    public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 11, 20);

    public GeneratorOptions {
        Objects.requireNonNull(outDir, "outDir");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(noise, "noise");
        if (people < MIN_PEOPLE || people > MAX_PEOPLE) {
            throw new IllegalArgumentException("--people must be between " + MIN_PEOPLE + " and " + MAX_PEOPLE
                    + " (was " + people + "): fewer leave too few families for every kind of family and noise, "
                    + "more than the NHS test number range and the invented postcode area can hold");
        }
        if (asOf.getYear() < 2000 || asOf.getYear() > 2100) {
            throw new IllegalArgumentException("--as-of must be a date between 2000 and 2100 (was " + asOf + ")");
        }
    }

    public GeneratorOptions(int people, long seed, Path outDir, LocalDate asOf) {
        this(people, seed, outDir, asOf, NoiseLevel.DEFAULT);
    }
}
