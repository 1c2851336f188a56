/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.analytics.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** How the builder reads ages, ties in force and a person's one home. */
class FamilyGraphTest {

    private final FamilyGraph graph = new FamilyGraph(LocalDate.of(2026, 1, 1));

    @Test
    void agesAreTheYoungestAPartialDateAllows() {
        graph.person("a", "2008-01-02", false, false)
                .person("b", "2008", false, false)
                .person("c", null, false, true)
                .person("d", "not a date", false, false);

        assertThat(graph.age(0)).isEqualTo(17);
        // Born some time in 2008: perhaps still 17 on the first of January 2026.
        assertThat(graph.age(1)).isEqualTo(17);
        assertThat(graph.age(2)).isEqualTo(FamilyGraph.UNKNOWN_AGE);
        assertThat(graph.childRecords(2)).isTrue();
        assertThat(graph.age(3)).isEqualTo(FamilyGraph.UNKNOWN_AGE);
    }

    @Test
    void aTieHoldsUntilTheLastDayItsEndCanMean() {
        graph.person("a", "1980", false, false).person("b", "2010", false, false);
        graph.tie("a", "b", TieType.PARENT_OF, "birth", null)
                .tie("a", "b", TieType.PARENT_OF, "step", "2026-01")
                .tie("a", "b", TieType.PARENT_OF, "foster", "2025-12-31")
                .tie("a", "nobody", TieType.PARENT_OF, "birth", null);

        assertThat(graph.ties()).extracting(Tie::current).containsExactly(true, true, false);
        assertThat(graph.tiesOf(1)).containsExactly(0, 1, 2);
    }

    @Test
    void someoneInTwoHomesLivesInTheLargerThenTheOneMovedIntoLast() {
        graph.person("child", "2015", false, false)
                .person("mum", "1985", false, false)
                .person("lodger", "1990", false, false);
        // The school gives the home by UPRN, the GP by address: two households, the child in both.
        graph.currentStay("by-uprn", "XD1 1AA", 1, "child", null)
                .currentStay("by-address", "XD1 1AA", 2, "child", null)
                .currentStay("by-address", "XD1 1AA", 2, "mum", null)
                .currentStay("old", "XD2 2BB", 1, "lodger", "2010")
                .currentStay("new", "XD3 3CC", 1, "lodger", "2020-05");

        assertThat(graph.home(graph.homeOf(0)).id()).isEqualTo("by-address");
        assertThat(graph.home(graph.homeOf(2)).id()).isEqualTo("new");
        assertThat(graph.homeMembers(graph.homeOf(0))).containsExactly(0, 1);
        assertThat(graph.homeMembers(graph.homeOf(2))).containsExactly(2);
    }

    @Test
    void theDistrictIsThePostcodesOutwardCode() {
        assertThat(FamilyFigures.district("xd2 9uz")).isEqualTo("XD2");
        assertThat(FamilyFigures.district("XD29UZ")).isEqualTo("XD2");
        assertThat(FamilyFigures.district("ZZ99 3VZ")).isNull();
        assertThat(FamilyFigures.district(null)).isNull();
    }
}
