/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.family;

import static org.familycontext.api.graph.Values.integer;
import static org.familycontext.api.graph.Values.maps;
import static org.familycontext.api.graph.Values.text;

import java.util.List;
import java.util.Map;
import org.familycontext.api.person.PersonView;

/** People who lived together at one address, when, and who they were (one member entry per stay). */
record HouseholdView(
        String id,
        String addressLines,
        String postcode,
        String uprn,
        String from,
        String to,
        List<HouseholdMemberView> members,
        int memberCount) {

    /** One person's stay in a household. */
    record HouseholdMemberView(PersonView person, String from, String to) {

        public boolean current() {
            return to == null;
        }
    }

    @SuppressWarnings("unchecked")
    static HouseholdView of(Map<String, Object> row) {
        var members = maps(row, "members").stream()
                .map(m -> new HouseholdMemberView(
                        PersonView.of((Map<String, Object>) m.get("person")), text(m, "from"), text(m, "to")))
                .toList();
        var people = integer(row, "people");
        return new HouseholdView(
                text(row, "id"),
                text(row, "lines"),
                text(row, "postcode"),
                text(row, "uprn"),
                text(row, "from"),
                text(row, "to"),
                members,
                people == null ? members.size() : people);
    }

    public boolean current() {
        return to == null;
    }
}
