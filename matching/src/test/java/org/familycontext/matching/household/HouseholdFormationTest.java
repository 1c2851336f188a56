/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HouseholdFormationTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 1, 1);

    private static Stay stay(String person, String from, String to) {
        return Stay.of(new Residence(person, "1980-01-01", null, from, to, true, null), TODAY)
                .orElseThrow();
    }

    @Test
    void aPersonWhoLeftAndCameBackWhileOthersStayedIsOneMemberWithTwoStays() {
        var households = HouseholdFormation.form(
                "uprn:1",
                List.of(
                        stay("mum", "2000-01-01", null),
                        stay("son", "2000-01-01", "2004-09-01"),
                        stay("son", "2008-06-01", null)));

        assertThat(households).hasSize(1);
        var household = households.getFirst();
        assertThat(household.persons()).isEqualTo(2);
        assertThat(household.stays())
                .extracting(Stay::person, Stay::fromText, Stay::toText)
                .containsExactly(
                        tuple("mum", "2000-01-01", null),
                        tuple("son", "2000-01-01", "2004-09-01"),
                        tuple("son", "2008-06-01", null));
    }

    @Test
    void aPersonsRecordsThatMeetOrOverlapAreOneStay() {
        var households = HouseholdFormation.form(
                "uprn:1",
                List.of(
                        stay("dad", "2001-01-01", "2003-01-01"),
                        stay("dad", "2002-06", "2005"),
                        stay("dad", "2005-12-31", "2007-02-01")));

        assertThat(households.getFirst().stays())
                .extracting(Stay::fromText, Stay::toText)
                .containsExactly(tuple("2001-01-01", "2007-02-01"));
    }

    @Test
    void aChainOfOverlapsIsOneHouseholdAndItsIdIsTheAddressAndItsFirstDay() {
        // a and c never met, but each lived with b.
        var households = HouseholdFormation.form(
                "uprn:1",
                List.of(
                        stay("c", "2005-01-01", "2010-01-01"),
                        stay("a", "1995-01-01", "2001-01-01"),
                        stay("b", "2000-01-01", "2006-01-01")));

        assertThat(households).hasSize(1);
        assertThat(households.getFirst().id()).isEqualTo(HouseholdFormation.id("uprn:1", "1995-01-01"));
        assertThat(households.getFirst().from()).isEqualTo("1995-01-01");
        assertThat(households.getFirst().to()).isEqualTo("2010-01-01");
    }

    @Test
    void householdsAtOneAddressAtDifferentTimesHaveDifferentIds() {
        var households = HouseholdFormation.form(
                "uprn:1", List.of(stay("a", null, "1999-01-01"), stay("b", "2000-01-01", null)));

        assertThat(households)
                .extracting(FormedHousehold::from, FormedHousehold::to)
                .containsExactly(tuple(null, "1999-01-01"), tuple("2000-01-01", null));
        assertThat(households.get(0).id()).isNotEqualTo(households.get(1).id());
    }

    @Test
    void aHomeIsAUprnOrAFirstLineWithAPostcode() {
        assertThat(HouseholdBuilder.identifiesOneHome("uprn:10001")).isTrue();
        assertThat(HouseholdBuilder.identifiesOneHome("addr:12 HIGH STREET|XD1 1AA"))
                .isTrue();
        assertThat(HouseholdBuilder.identifiesOneHome("addr:|XD1 1AA")).isFalse();
        assertThat(HouseholdBuilder.identifiesOneHome("addr:12 HIGH STREET|")).isFalse();
    }
}
