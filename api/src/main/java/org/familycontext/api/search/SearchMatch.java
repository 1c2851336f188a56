/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.search;

/**
 * How a search result matched what was typed, strongest first (see search.graphqls). The weights rank results:
 * a name as typed counts for more than one that only sounds like it.
 */
enum SearchMatch {
    IDENTIFIER(1.0),
    NAME(1.0),
    OTHER_NAME(0.9),
    NICKNAME(0.8),
    SOUNDS_LIKE(0.7),
    SIMILAR_SPELLING(0.6),
    START_OF_NAME(0.5),
    DATE_OF_BIRTH(1.0);

    private final double weight;

    SearchMatch(double weight) {
        this.weight = weight;
    }

    double weight() {
        return weight;
    }
}
