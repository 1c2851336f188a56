/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.search;

import java.util.Comparator;
import java.util.List;
import org.familycontext.api.person.PersonView;
import org.familycontext.model.PartialDate;

/** A person a search found, with how well and how they matched. */
record RankedPerson(PersonView person, double score, List<SearchMatch> matchedOn) {

    private static final Comparator<RankedPerson> BY_NAME_THEN_ID = Comparator.comparing(
                    (RankedPerson r) -> r.person().surname(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> r.person().forename(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> r.person().id());

    /** Best match first; equal matches by name, then ID, so that pages never overlap. */
    static final Comparator<RankedPerson> BEST_MATCH =
            Comparator.comparingDouble(RankedPerson::score).reversed().thenComparing(BY_NAME_THEN_ID);

    /** The latest date of birth first (an unknown one last), then the best match. */
    static final Comparator<RankedPerson> YOUNGEST_FIRST = Comparator.comparing(
                    RankedPerson::birthDate, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(BEST_MATCH);

    static Comparator<RankedPerson> order(SearchOrder order) {
        return order == SearchOrder.YOUNGEST_FIRST ? YOUNGEST_FIRST : BEST_MATCH;
    }

    private PartialDate birthDate() {
        try {
            return PartialDate.parseIso(person.birthDate()).orElse(null);
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }
}
