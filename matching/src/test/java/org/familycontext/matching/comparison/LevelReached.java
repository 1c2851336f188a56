/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import org.familycontext.matching.MatchRecord;
import org.familycontext.matching.TestRecord;

/**
 * The name of the level a pair reaches, or "MISSING", checked both ways round: a comparison that depended on
 * which record came first would score a pair differently from one run to the next.
 */
final class LevelReached {

    static final String MISSING = "MISSING";

    private LevelReached() {}

    static String of(Comparison comparison, TestRecord a, TestRecord b) {
        return of(comparison, a.build(), b.build());
    }

    static String of(Comparison comparison, MatchRecord a, MatchRecord b) {
        int level = comparison.compare(a, b);
        assertThat(comparison.compare(b, a))
                .as("%s of %s and %s both ways round", comparison.name(), a, b)
                .isEqualTo(level);
        return level == Comparison.MISSING ? MISSING : comparison.levels().get(level);
    }
}
