/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.familycontext.matching.MatchRecord;
import org.familycontext.matching.comparison.NameVariants;
import org.junit.jupiter.api.Test;

class TypedNameTest {

    private final NameVariants variants = NameVariants.bundled();

    @Test
    void onlyLettersAndInnerApostrophesSurvive() {
        assertThat(TypedName.of("  Seán O’Brien-Smith ) OR *:* ").words())
                .containsExactly("sean", "o'brien", "smith", "or");
        assertThat(TypedName.of("J *:* 1990").isEmpty()).isTrue();
    }

    @Test
    void eachWordIsLookedUpExactlyWithinEditsAsAStartAndByItsNicknames() {
        var query = TypedName.of("Kate Thornbury").luceneQuery(variants);
        assertThat(query)
                .startsWith("(kate^4 OR kate~1 OR kate* OR ")
                .contains("catherine^2", "kathryn^2")
                .endsWith("(thornbury^4 OR thornbury~2 OR thornbury*)");
    }

    @Test
    void soundPairsTakeTheFirstWordOrItsNicknamesAsForenameEitherWayRound() {
        var pairs = TypedName.of("Kate Smyth").soundPairs(variants);
        var smith = MatchRecord.nameSound("Smith");
        assertThat(pairs)
                .contains(List.of(MatchRecord.nameSound("Catherine"), smith))
                .contains(List.of(MatchRecord.nameSound("Kate"), smith))
                .contains(List.of(MatchRecord.nameSound("Smyth"), MatchRecord.nameSound("Kate")));
        assertThat(TypedName.of("Thornbury").soundPairs(variants)).isEmpty();
    }
}
