/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.model;

import java.util.Random;
import org.familycontext.matching.comparison.Comparison;

/**
 * Comparison vectors drawn from a known model: each pair is a match with the given share, and then reaches each
 * comparison's level with the chances m (a match) or u (not), independently, as Fellegi-Sunter assumes; a
 * comparison is missing with its own chance, whatever the pair is.
 */
record SyntheticPairs(double matchShare, double[][] m, double[][] u, double[] missing) {

    Patterns draw(int pairs, Random random) {
        var patterns = new Patterns();
        var levels = new int[m.length];
        for (int i = 0; i < pairs; i++) {
            boolean match = random.nextDouble() < matchShare;
            for (int c = 0; c < m.length; c++) {
                levels[c] = random.nextDouble() < missing[c]
                        ? Comparison.MISSING
                        : pick(match ? m[c] : u[c], random.nextDouble());
            }
            patterns.add(Patterns.pack(levels));
        }
        return patterns;
    }

    private static int pick(double[] shares, double draw) {
        double cumulative = 0;
        for (int l = 0; l < shares.length; l++) {
            cumulative += shares[l];
            if (draw < cumulative) {
                return l;
            }
        }
        return shares.length - 1;
    }
}
