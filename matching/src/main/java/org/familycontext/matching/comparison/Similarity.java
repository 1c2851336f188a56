/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.comparison;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** The string measures the comparisons share. */
final class Similarity {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);

    private Similarity() {}

    /** 1 for the same text, near 1 for a typo, lower as they differ; rewards a shared start. */
    static double jaroWinkler(String a, String b) {
        return JARO_WINKLER.apply(a, b);
    }

    /** Whether one character changed, added, dropped, or two neighbours swapped, turns a into b. */
    static boolean oneEditApart(String a, String b) {
        if (a.length() == b.length()) {
            int first = -1;
            int differences = 0;
            for (int i = 0; i < a.length(); i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    if (differences++ == 0) {
                        first = i;
                    }
                }
            }
            if (differences == 2
                    && first + 1 < a.length()
                    && a.charAt(first) == b.charAt(first + 1)
                    && a.charAt(first + 1) == b.charAt(first)) {
                return true;
            }
            return differences == 1;
        }
        return ONE_EDIT.apply(a, b) == 1;
    }
}
