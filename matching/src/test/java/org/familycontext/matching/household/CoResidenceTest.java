/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoResidenceTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 1, 1);

    private final List<Stay> stays = new ArrayList<>();

    private CoResidenceTest at(String person, String birth, String from, String to) {
        stays.add(Stay.of(new Residence(person, birth, null, from, to, true, null), TODAY)
                .orElseThrow());
        return this;
    }

    private List<InferredTie> ties() {
        var coResidence = new CoResidence();
        HouseholdFormation.form("uprn:1", stays).forEach(coResidence::add);
        return coResidence.ties();
    }

    @Test
    void aYoungCoupleWithAChildAreNotTakenForSiblings() {
        at("amy", "1980-01-01", "2000-01-01", null)
                .at("bob", "1979-06-01", "2000-01-01", null)
                .at("cat", "2001-02-01", null, null);

        assertThat(ties())
                .extracting(InferredTie::from, InferredTie::to, InferredTie::kind)
                .containsExactlyInAnyOrder(
                        tuple("amy", "cat", TieKind.POSSIBLE_PARENT_OR_CARER),
                        tuple("bob", "cat", TieKind.POSSIBLE_PARENT_OR_CARER));
    }

    @Test
    void agesAreTakenWhenASourceFirstPutsBothThereNotAtTheWidestReading() {
        // No start dates: read as "since birth", but all that is known is that both live there now, aged 44 and 45.
        at("amy", "1980-01-01", null, null).at("bob", "1979-06-01", null, null);
        assertThat(ties()).isEmpty();

        stays.clear();
        at("dan", "2008-01-01", null, null).at("eve", "2011-06-01", null, null);
        assertThat(ties()).singleElement().satisfies(tie -> {
            assertThat(tie.kind()).isEqualTo(TieKind.POSSIBLE_SIBLING);
            assertThat(tie.fromDate()).isNull();
            assertThat(tie.overlapYears()).isEqualTo(13.6);
        });
    }

    @Test
    void aPairCountsTheTimeTheySharedInEveryHome() {
        var coResidence = new CoResidence();
        HouseholdFormation.form(
                        "uprn:1",
                        List.of(
                                stay("mum", "1980-01-01", "2010-01-01", "2012-01-01"),
                                stay("kid", "2009-01-01", "2010-01-01", "2012-01-01")))
                .forEach(coResidence::add);
        HouseholdFormation.form(
                        "uprn:2",
                        List.of(
                                stay("mum", "1980-01-01", "2012-01-01", null),
                                stay("kid", "2009-01-01", "2012-01-01", "2013-01-01")))
                .forEach(coResidence::add);

        var tie = coResidence.ties().getFirst();

        assertThat(tie.households()).hasSize(2);
        assertThat(tie.overlapYears()).isEqualTo(3.0);
        assertThat(tie.fromDate()).isEqualTo(LocalDate.of(2010, 1, 1));
        assertThat(tie.toDate()).isEqualTo(LocalDate.of(2013, 1, 1));
        assertThat(tie.confidence()).isEqualTo(TieRule.parentConfidence(29, 1, 3.0));
    }

    @Test
    void nobodyIsGuessedAboutInAHouseholdTooLargeToBeAFamily() {
        for (int i = 0; i <= CoResidence.MAX_PERSONS_FOR_INFERENCE; i++) {
            at("resident" + i, (1950 + 5 * i) + "-01-01", "2010-01-01", null);
        }
        assertThat(ties()).isEmpty();
    }

    private static Stay stay(String person, String birth, String from, String to) {
        return Stay.of(new Residence(person, birth, null, from, to, true, null), TODAY)
                .orElseThrow();
    }
}
