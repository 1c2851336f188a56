/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.generator.sources;

import java.nio.file.Path;
import java.time.LocalDate;
import org.familycontext.generator.noise.Noise;
import org.familycontext.generator.truth.TruthWriter;

/** What every source writer shares: the day of the extract, the run's seed, the noise and the truth. */
public record SourceContext(LocalDate asOf, long seed, Path outDir, Noise noise, TruthWriter truth) {}
