/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.household;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TieRuleTest {

    @Test
    void aGenerationApartSuggestsAParentOrCarerMostStronglyForGapsOf20To40AndLongOverlaps() {
        assertThat(TieRule.kind(30, 30)).contains(TieKind.POSSIBLE_PARENT_OR_CARER);
        assertThat(TieRule.parentConfidence(30, 0, 10)).isEqualTo(0.9);
        assertThat(TieRule.parentConfidence(16, 0, 10)).isEqualTo(0.45);
        assertThat(TieRule.parentConfidence(55, 0, 10)).isEqualTo(0.27);
        assertThat(TieRule.parentConfidence(30, 0, 0)).isEqualTo(0.23);
        assertThat(TieRule.parentConfidence(30, 0, 2.5)).isEqualTo(0.56);
        // Both adults when they began living together: often lodgers rather than a parent and child.
        assertThat(TieRule.parentConfidence(30, 25, 10)).isEqualTo(0.54);
    }

    @Test
    void youngPeopleCloseInAgeSuggestSiblings() {
        assertThat(TieRule.kind(3, 12)).contains(TieKind.POSSIBLE_SIBLING);
        assertThat(TieRule.siblingConfidence(3, 8, true)).isEqualTo(0.85);
        assertThat(TieRule.siblingConfidence(15.9, 8, true)).isEqualTo(0.43);
        assertThat(TieRule.siblingConfidence(5, 0.1, true)).isEqualTo(0.23);
        // Nobody they live with could be a parent of both: as often a young couple.
        assertThat(TieRule.siblingConfidence(3, 8, false)).isEqualTo(0.34);
    }

    @Test
    void adultsCloseInAgeOrMoreThanTwoGenerationsApartSuggestNothing() {
        assertThat(TieRule.kind(2, 25)).isEmpty();
        assertThat(TieRule.kind(56, 60)).isEmpty();
    }
}
