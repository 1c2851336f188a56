/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.loading;

import org.familycontext.model.address.AddressKey;
import org.familycontext.model.address.Postcode;
import org.familycontext.model.record.RecordKey;

/** A record's address for a period, as its source holds it. */
public record LivedAtRow(RecordKey record, String uprn, String lines, String postcode, String fromDate, String toDate) {

    String addressKey() {
        return AddressKey.of(uprn, lines, postcode);
    }

    String normalisedPostcode() {
        return Postcode.normalise(postcode).orElse(null);
    }
}
