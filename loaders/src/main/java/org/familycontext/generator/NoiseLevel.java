/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.generator;

/**
 * How much the sources disagree with the truth. Every noise rate is multiplied by {@link #factor()}, so NONE
 * gives sources that agree exactly with the truth (useful to test a loader) and HIGH doubles every mistake.
 */
public enum NoiseLevel {
    NONE(0.0),
    LOW(0.5),
    DEFAULT(1.0),
    HIGH(2.0);

    private final double factor;

    NoiseLevel(double factor) {
        this.factor = factor;
    }

    public double factor() {
        return factor;
    }
}
