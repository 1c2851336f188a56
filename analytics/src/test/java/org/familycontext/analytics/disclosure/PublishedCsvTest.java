/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.analytics.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PublishedCsvTest {

    @Test
    void aOneWayTableIsAKeyAndACountPerRowWithItsTotalLast() {
        var published = Suppression.standard().apply(Tables.oneWay(4, 60, 70, 90));

        assertThat(PublishedCsv.write(published))
                .isEqualTo("indicator count,count\r\n0,[c]\r\n1,[c]\r\n2,70\r\n3,90\r\nTotal,224\r\n");
    }

    @Test
    void aTwoWayTableIsOneRowPerFigureTotalsIncluded() {
        var published = Suppression.standard().apply(Tables.twoWay(new long[] {2, 10}, new long[] {12, 30}));

        assertThat(PublishedCsv.write(published).split("\r\n"))
                .containsExactly(
                        "area,indicator count,count",
                        "area A,0,[c]",
                        "area A,1,[c]",
                        "area A,Total,12",
                        "area B,0,[c]",
                        "area B,1,[c]",
                        "area B,Total,42",
                        "Total,0,14",
                        "Total,1,40",
                        "Total,Total,54");
    }

    @Test
    void aCoOccurrenceMatrixIsOnePairPerRowWithItsLift() {
        var table = new CountTable.CoOccurrence(
                "service", List.of("housing", "youth justice"), 100, List.of(List.of(40L, 30L), List.of(30L, 50L)));

        assertThat(PublishedCsv.write(Suppression.standard().apply(table)).split("\r\n"))
                .containsExactly(
                        "service,with service,families,lift",
                        "housing,housing,40,[z]",
                        "housing,youth justice,30,1.50",
                        "youth justice,youth justice,50,[z]",
                        "all families,Total,100,[z]");
    }

    @Test
    void keysAreQuotedAndNeverReadAsFormulas() {
        var table = new CountTable.OneWay("area", List.of("North, \"old\" town", "=HYPERLINK(1)"), List.of(10L, 20L));

        assertThat(PublishedCsv.write(Suppression.standard().apply(table)))
                .contains("\"North, \"\"old\"\" town\",10\r\n")
                .contains("'=HYPERLINK(1),20\r\n");
    }

    @Test
    void theNotesAreATableOfTheirOwn() {
        var published = Suppression.standard().roundedTo(Rounding.toNearest(5)).apply(Tables.oneWay(6, 6));

        assertThat(PublishedCsv.notes(published))
                .startsWith("note number,note text\r\n1,\"[c] = confidential: a count from 1 to 5,")
                .contains("\r\n2,\"Counts are rounded to the nearest 5.");
    }

    @Test
    void aWithheldValueAppearsNowhereInThePublishedTable() {
        // 4 is withheld, and 60 with it; nothing else published is 4 or 60.
        var published = Suppression.standard().apply(Tables.oneWay(4, 60, 70, 90));

        for (var text : List.of(published.toString(), PublishedCsv.write(published), PublishedCsv.notes(published))) {
            assertThat(text).doesNotContainPattern("\\b4\\b").doesNotContainPattern("\\b60\\b");
        }
        // Nor does the CSV say which figure is small.
        assertThat(PublishedCsv.write(published)).doesNotContainIgnoringCase("primary");
    }
}
