/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.household;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TieRuleTest {

    @Test
    void aGenerationApartSuggestsAParentOrCarerMostStronglyForGapsOf20To40AndLongOverlaps() {
        assertThat(TieRule.suggest(30, 30, 0, 10).orElseThrow())
                .isEqualTo(new TieRule.Suggestion(TieKind.POSSIBLE_PARENT_OR_CARER, 0.9));
        assertThat(TieRule.parentConfidence(16, 0, 10)).isEqualTo(0.45);
        assertThat(TieRule.parentConfidence(55, 0, 10)).isEqualTo(0.27);
        assertThat(TieRule.parentConfidence(30, 0, 0)).isEqualTo(0.23);
        assertThat(TieRule.parentConfidence(30, 0, 2.5)).isEqualTo(0.56);
        // Both adults when they began living together: often lodgers rather than a parent and child.
        assertThat(TieRule.parentConfidence(30, 25, 10)).isEqualTo(0.54);
    }

    @Test
    void youngPeopleCloseInAgeSuggestSiblings() {
        assertThat(TieRule.suggest(3, 12, 9, 8).orElseThrow())
                .isEqualTo(new TieRule.Suggestion(TieKind.POSSIBLE_SIBLING, 0.85));
        assertThat(TieRule.siblingConfidence(15.9, 8)).isEqualTo(0.43);
        assertThat(TieRule.siblingConfidence(5, 0.1)).isEqualTo(0.23);
    }

    @Test
    void adultsCloseInAgeOrMoreThanTwoGenerationsApartSuggestNothing() {
        assertThat(TieRule.suggest(2, 25, 23, 10)).isEmpty();
        assertThat(TieRule.suggest(56, 60, 4, 10)).isEmpty();
    }
}
