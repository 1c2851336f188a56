/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.household;

import java.util.Optional;

/**
 * What two persons' living together and their age gap suggest, and how strongly (docs/graph-model.md,
 * "Inferred ties"). An age gap of 16 to 55 years suggests a possible parent or carer; two persons both under 25
 * when a source first puts them there together, less than 16 years apart, possible siblings. The confidence never exceeds 0.9:
 * living together shows no tie for certain (lodgers, a partner's children, friends).
 */
final class TieRule {

    static final double PARENT_MIN_GAP = 16;
    static final double PARENT_MAX_GAP = 55;
    static final double SIBLING_MAX_AGE = 25;
    private static final double ADULT = 18;

    private TieRule() {}

    /**
     * @param gap the age gap in years
     * @param olderAge the older person's age in years on the first day a source puts both there
     */
    static Optional<TieKind> kind(double gap, double olderAge) {
        if (gap >= PARENT_MIN_GAP && gap <= PARENT_MAX_GAP) {
            return Optional.of(TieKind.POSSIBLE_PARENT_OR_CARER);
        }
        if (gap < PARENT_MIN_GAP && olderAge < SIBLING_MAX_AGE) {
            return Optional.of(TieKind.POSSIBLE_SIBLING);
        }
        return Optional.empty();
    }

    /**
     * 0.9 × gap × time × childhood: the gap factor is 1 for 20 to 40 years, rising from 0.5 at 16 and falling to 0.3
     * at 55; the time factor rises from 0.25 to 1 over the first five years together; childhood is 1 when the
     * younger was under 18 on the first day a source puts both there, else 0.6 (adults sharing a home with a generation
     * between them are often not parent and child).
     */
    static double parentConfidence(double gap, double youngerAge, double overlapYears) {
        double gapFactor = gap < 20 ? between(gap, 16, 20, 0.5, 1.0) : gap <= 40 ? 1.0 : between(gap, 40, 55, 1.0, 0.3);
        double childhood = youngerAge < ADULT ? 1.0 : 0.6;
        return rounded(0.9 * gapFactor * timeFactor(overlapYears) * childhood);
    }

    /**
     * 0.85 × gap × time × parent: the gap factor is 1 up to 10 years and falls to 0.5 at 16; the time factor as
     * above; parent is 1 when they live with someone who could be the parent of both, else 0.4.
     */
    static double siblingConfidence(double gap, double overlapYears, boolean livingWithAPossibleParent) {
        double gapFactor = gap <= 10 ? 1.0 : between(gap, 10, 16, 1.0, 0.5);
        return rounded(0.85 * gapFactor * timeFactor(overlapYears) * (livingWithAPossibleParent ? 1.0 : 0.4));
    }

    static double timeFactor(double overlapYears) {
        return 0.25 + 0.75 * Math.min(1.0, Math.max(0.0, overlapYears) / 5.0);
    }

    private static double between(double x, double x0, double x1, double y0, double y1) {
        return y0 + (y1 - y0) * (x - x0) / (x1 - x0);
    }

    private static double rounded(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
