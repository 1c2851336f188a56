/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.person;

import static org.familycontext.api.graph.Values.text;

import java.util.Map;

/** An address one source holds for a person, for a period. */
record AddressPeriodView(String lines, String postcode, String uprn, String from, String to, String source) {

    static AddressPeriodView of(Map<String, Object> row) {
        return new AddressPeriodView(
                text(row, "lines"),
                text(row, "postcode"),
                text(row, "uprn"),
                text(row, "from"),
                text(row, "to"),
                text(row, "source"));
    }

    public boolean current() {
        return to == null;
    }
}
