/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StayTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 1, 1);

    private static Stay read(String birth, String death, String from, String to, boolean current, LocalDate lastSeen) {
        return Stay.of(new Residence("p", birth, death, from, to, current, lastSeen), TODAY)
                .orElseThrow();
    }

    @Test
    void aPartialStartIsItsFirstDayAndAPartialEndItsLast() {
        var stay = read(null, null, "1990", "1995-02", true, null);

        assertThat(stay.from()).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(stay.to()).isEqualTo(LocalDate.of(1995, 2, 28));
        assertThat(stay.fromText()).isEqualTo("1990");
        assertThat(stay.toText()).isEqualTo("1995-02");
        assertThat(stay.open()).isFalse();
    }

    @Test
    void noEndOnACurrentAddressIsStillThereAndNoStartIsSinceBirth() {
        var stay = read("2010-05", null, null, null, true, null);

        assertThat(stay.from()).isEqualTo(LocalDate.of(2010, 5, 1));
        assertThat(stay.fromText()).isNull();
        assertThat(stay.to()).isEqualTo(TODAY);
        assertThat(stay.open()).isTrue();
        assertThat(stay.birth()).isEqualTo(LocalDate.of(2010, 5, 16));
    }

    @Test
    void withNeitherStartNorBirthTheStayBeganBeforeAnyOther() {
        assertThat(read(null, null, null, "2001", true, null).from()).isEqualTo(Stay.OPEN_START);
    }

    @Test
    void anAddressNoLongerHeldWithoutAnEndEndsWhenLastSeenOrWhenItBegan() {
        assertThat(read(null, null, "2010-01-01", null, false, LocalDate.of(2020, 2, 3))
                        .to())
                .isEqualTo(LocalDate.of(2020, 2, 3));
        var onlyBegan = read(null, null, "2010-03", null, false, null);
        assertThat(onlyBegan.to()).isEqualTo(LocalDate.of(2010, 3, 31));
        assertThat(onlyBegan.open()).isFalse();
        assertThat(Stay.of(new Residence("p", null, null, null, null, false, null), TODAY))
                .isEmpty();
    }

    @Test
    void deathEndsAStay() {
        var stay = read("1930", "2015-06", "1960", null, true, null);

        assertThat(stay.to()).isEqualTo(LocalDate.of(2015, 6, 30));
        assertThat(stay.toText()).isEqualTo("2015-06");
        assertThat(stay.open()).isFalse();
    }

    @Test
    void datesInTheWrongOrderAreReadTheOtherWayRound() {
        var stay = read(null, null, "2005-03-01", "2003-01-01", true, null);

        assertThat(stay.from()).isEqualTo(LocalDate.of(2003, 1, 1));
        assertThat(stay.to()).isEqualTo(LocalDate.of(2005, 3, 1));
        assertThat(stay.fromText()).isEqualTo("2003-01-01");
    }

    @Test
    void aMovingDayIsNoOverlapButOneSharedNightIs() {
        var out = read(null, null, "2000-01-01", "2005-06-30", true, null);
        var in = read(null, null, "2005-06-30", null, true, null);
        var inTheNightBefore = read(null, null, "2005-06-29", null, true, null);

        assertThat(out.overlaps(in)).isFalse();
        assertThat(out.overlaps(inTheNightBefore)).isTrue();
        assertThat(out.nightsWith(inTheNightBefore)).isEqualTo(1);
    }

    @Test
    void aDateThatIsNotADateIsUnknown() {
        assertThat(read(null, null, "sometime", null, true, null).fromText()).isNull();
    }
}
