/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.person;

import static org.familycontext.api.graph.Values.text;

import java.util.Map;

/**
 * An address one source holds for a person, for a period.
 *
 * @param held false once a newer extract of the source no longer holds the address for the record
 */
record AddressPeriodView(
        String lines, String postcode, String uprn, String from, String to, String source, boolean held) {

    static AddressPeriodView of(Map<String, Object> row) {
        return new AddressPeriodView(
                text(row, "lines"),
                text(row, "postcode"),
                text(row, "uprn"),
                text(row, "from"),
                text(row, "to"),
                text(row, "source"),
                !Boolean.FALSE.equals(row.get("held")));
    }

    /** Current while the source holds it without an end date; an address a newer extract dropped is not. */
    public boolean current() {
        return to == null && held;
    }
}
