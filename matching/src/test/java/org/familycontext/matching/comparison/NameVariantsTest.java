/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameVariantsTest {

    private final NameVariants variants = NameVariants.bundled();

    @ParameterizedTest(name = "{0} and {1}: {2}")
    @CsvSource({
        // a nickname and its formal name, either way round
        "BILL, WILLIAM, true",
        "WILLIAM, BILL, true",
        "KATE, KATHERINE, true",
        // two nicknames of one formal name (Kathryn, Katy)
        "KATE, KATIE, true",
        "BILL, WILL, true",
        // a formal name is a variant of itself
        "WILLIAM, WILLIAM, true",
        "WILLIAM, KATHERINE, false",
        // lower case is not looked up: callers pass the linker's upper-case names
        "bill, WILLIAM, false",
        "AOIFE, WILLIAM, false",
        // a name not in the list has no variants, not even itself: exactness is the forename comparison's first level
        "AOIFE, AOIFE, false",
    })
    void relatesNamesThatShareAFormalName(String a, String b, boolean related) {
        assertThat(variants.related(a, b)).isEqualTo(related);
    }

    @Test
    void listsEveryVariantOfAName() {
        // Kate is a nickname of Catherine and Kathryn (among others); Cathy is another nickname of Catherine.
        assertThat(variants.variantsOf("KATE")).contains("KATE", "CATHERINE", "KATHRYN", "CATHY", "KATIE");
        assertThat(variants.variantsOf("KATE"))
                .allSatisfy(v -> assertThat(variants.related("KATE", v)).isTrue());
        assertThat(variants.variantsOf("AOIFE")).isEmpty();
    }
}
