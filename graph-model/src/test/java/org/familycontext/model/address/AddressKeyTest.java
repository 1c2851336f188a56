/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.model.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AddressKeyTest {

    @Test
    void theUprnIsTheKeyWhenKnown() {
        assertThat(AddressKey.of("100023336956", "1 Any Street", "AB1 2CD")).isEqualTo("uprn:100023336956");
    }

    @Test
    void spellingsOfOneAddressShareAKey() {
        assertThat(AddressKey.of(null, "12 High St., Flat 2", "ab12cd"))
                .isEqualTo(AddressKey.of("", "12 HIGH STREET", "AB1 2CD"))
                .isEqualTo("addr:12 HIGH STREET|AB1 2CD");
    }

    @Test
    void pseudoPostcodesAreMissingNotAgreement() {
        assertThat(Postcode.normalise("ZZ99 3VZ")).isEmpty();
        assertThat(Postcode.normalise("not a postcode")).isEmpty();
        assertThat(Postcode.normalise(" sw1a1aa ")).contains("SW1A 1AA");
    }

    @Test
    void anAddressNeedsSomethingToFindItBy() {
        assertThatThrownBy(() -> AddressKey.of(null, " ", "ZZ99 3VZ")).isInstanceOf(IllegalArgumentException.class);
    }
}
