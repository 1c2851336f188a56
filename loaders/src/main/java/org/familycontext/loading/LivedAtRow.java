/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.loading;

import org.familycontext.model.address.AddressKey;
import org.familycontext.model.address.Postcode;
import org.familycontext.model.record.RecordKey;

/**
 * A record's address for a period, as its source holds it.
 *
 * @param addressKey the key the address is merged on, worked out once: the loader needs it several times a row
 */
public record LivedAtRow(
        RecordKey record,
        String uprn,
        String lines,
        String postcode,
        String fromDate,
        String toDate,
        String addressKey) {

    /** @throws IllegalArgumentException when there is neither a UPRN, nor a first line, nor a postcode */
    public LivedAtRow(RecordKey record, String uprn, String lines, String postcode, String fromDate, String toDate) {
        this(record, uprn, lines, postcode, fromDate, toDate, AddressKey.of(uprn, lines, postcode));
    }

    String normalisedPostcode() {
        return Postcode.normalise(postcode).orElse(null);
    }
}
