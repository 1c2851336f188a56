/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.generator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The generator's only source of chance. Each stream is seeded from the run's seed and a stream name, so
 * that adding draws to one source's noise does not change the families or any other source.
 */
public final class Dice {

    private final RandomGenerator random;

    private Dice(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A stream of its own for {@code name}, fixed by the seed. */
    public static Dice stream(long seed, String name) {
        // String.hashCode is specified by the language, so the mix is the same on every JVM.
        long mixed = seed * 0x9E3779B97F4A7C15L + name.hashCode();
        return new Dice(new SplittableRandom(mixed).nextLong());
    }

    /** True with probability {@code p}. */
    public boolean chance(double p) {
        return p > 0 && random.nextDouble() < p;
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    public int between(int low, int high) {
        return high <= low ? low : low + random.nextInt(high - low + 1);
    }

    public double nextDouble() {
        return random.nextDouble();
    }

    public <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    @SafeVarargs
    public final <T> T pick(T... items) {
        return items[random.nextInt(items.length)];
    }

    /** An index drawn with the given relative weights. */
    public int weighted(double... weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A day from {@code from} to {@code to}, both included; {@code from} when the range is empty. */
    public LocalDate dateBetween(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
    }

    /** A day between {@code years} (fractional) after {@code from}, give or take {@code spread} years. */
    public LocalDate yearsAfter(LocalDate from, double years, double spread) {
        double y = years + (random.nextDouble() * 2 - 1) * spread;
        return from.plusDays(Math.round(y * 365.25));
    }
}
