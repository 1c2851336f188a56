/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.familycontext.matching.review.MatchContribution;
import org.familycontext.matching.review.MatchLink;
import org.familycontext.model.record.RecordKey;
import org.junit.jupiter.api.Test;

class JoinReasonTest {

    private static final RecordKey RECORD = new RecordKey("lcs", "C-1");

    @Test
    void aModelLinkGivesItsProbabilityAndStrongestEvidence() {
        var link = link(
                "AUTO",
                0.9984,
                List.of(
                        new MatchContribution("prior", "prior", -9.1),
                        new MatchContribution("forename", "exact", 4.2),
                        new MatchContribution("postcode", "different", -1.5),
                        new MatchContribution("NHS number", "exact", 12.0),
                        new MatchContribution("date of birth", "exact", 7.5),
                        new MatchContribution("surname", "exact", 3.9)));
        assertThat(JoinReason.of(List.of(link)))
                .isEqualTo("Joined by the matching model to the gp record G-7 (probability 99.8%): "
                        + "NHS number exact, date of birth exact, forename exact.");
    }

    @Test
    void rejectedAndWaitingLinksAreNoReasonToBeInThePerson() {
        assertThat(JoinReason.of(List.of(link("REJECTED", 0.9, List.of()), link("CANDIDATE", 0.85, List.of()))))
                .isEqualTo("Joined to no other record: the only record of this person.");
    }

    private static MatchLink link(String status, Double probability, List<MatchContribution> explanation) {
        return new MatchLink(
                RECORD,
                new RecordKey("gp", "G-7"),
                status,
                probability,
                null,
                "m1",
                null,
                explanation,
                null,
                null,
                null);
    }
}
