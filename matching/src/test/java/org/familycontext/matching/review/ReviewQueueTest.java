/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.familycontext.matching.LinkOptions;
import org.junit.jupiter.api.Test;

class ReviewQueueTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void aChildsPairThatWouldJoinAnotherFamilyComesFirstAndCertainPairsLast() {
        var graph = new ReviewGraph()
                // A child known to two services, each recording a different mother: the riskiest join.
                .record("lcs:C1", "Ava", "Stone", "2015-02-01")
                .record("school:S1", "Ava", "Stone", "2015-02-01")
                .record("lcs:M1", "Jo", "Stone", "1985-01-01")
                .record("school:M2", "Kim", "Reed", "1990-01-01")
                .parentOf("lcs:M1", "lcs:C1")
                .parentOf("school:M2", "school:S1")
                .link("lcs:C1", "school:S1", "CANDIDATE", 0.895)
                // Adults, as uncertain, also with different families.
                .record("gp:A1", "Sam", "Hart", "1970-05-05")
                .record("housing:A2", "Sam", "Hart", "1970-05-05")
                .record("gp:K1", "Lee", "Hart", "1995-01-01")
                .parentOf("gp:A1", "gp:K1")
                .link("gp:A1", "housing:A2", "CANDIDATE", 0.895)
                // Adults, as uncertain, no family on either side.
                .record("gp:B1", "Ola", "Ward", "1960-01-01")
                .record("housing:B2", "Ola", "Ward", "1960-01-01")
                .link("gp:B1", "housing:B2", "CANDIDATE", 0.895)
                // Adults at the edge of the band.
                .record("gp:D1", "Ray", "Moss", "1950-01-01")
                .record("housing:D2", "Ray", "Moss", "1950-01-01")
                .link("gp:D1", "housing:D2", "CANDIDATE", 0.80)
                // Not waiting: linked automatically, and a candidate a person has already decided.
                .record("gp:E1", "Ann", "Cole", "1955-01-01")
                .record("housing:E2", "Ann", "Cole", "1955-01-01")
                .link("gp:E1", "housing:E2", "AUTO", 0.999)
                .record("gp:F1", "Bo", "Lund", "1956-01-01")
                .record("housing:F2", "Bo", "Lund", "1956-01-01")
                .link("gp:F1", "housing:F2", "CANDIDATE", 0.895)
                .resolve();
        graph.run(
                "MATCH (:Record {sourceId: 'F1'})-[s:SAME_AS]->() SET s.decidedBy = 'a.reviewer'", java.util.Map.of());

        var queue = new ReviewQueue(graph.driver, LinkOptions.defaults(), CLOCK);
        var all = queue.ranked();

        assertThat(all)
                .extracting(ReviewCandidate::id)
                .containsExactly("lcs:C1|school:S1", "gp:A1|housing:A2", "gp:B1|housing:B2", "gp:D1|housing:D2");
        var child = all.getFirst();
        assertThat(child.priority().score()).isEqualTo(1.0);
        assertThat(child.priority().child()).isTrue();
        assertThat(child.priority().newFamily()).isEqualTo(2);
        assertThat(child.priority().reason()).contains("child under 18").contains("bring 2 relative(s)");
        assertThat(all.get(1).priority().score()).isEqualTo(0.75);
        assertThat(all.get(1).priority().newFamily()).isEqualTo(1);
        assertThat(all.get(2).priority().reason()).contains("no new relatives");
        assertThat(all.get(3).priority().score()).isZero();
        assertThat(child.explanation())
                .containsExactly(
                        new MatchContribution("prior", "share of candidate pairs that match", -6.5),
                        new MatchContribution("surname", "exact", 10.0));
        assertThat(child.first().forename()).isEqualTo("Ava");
        assertThat(child.modelVersion()).isEqualTo("fs-test");

        var page = queue.page(2, 1);
        assertThat(page.candidates())
                .extracting(ReviewCandidate::id)
                .containsExactly("gp:A1|housing:A2", "gp:B1|housing:B2");
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.hasMore()).isTrue();
        assertThat(queue.page(10, 4).candidates()).isEmpty();
        assertThatThrownBy(() -> queue.page(0, 0)).hasMessageContaining("limit");
    }

    @Test
    void aChildIsAnyoneWhoMayStillBeUnder18() {
        var today = LocalDate.of(2025, 6, 1);
        assertThat(ReviewQueue.isChild("2007-06-02", today)).isTrue();
        assertThat(ReviewQueue.isChild("2007-06-01", today)).isFalse();
        // Born some time in 2007: may still be 17.
        assertThat(ReviewQueue.isChild("2007", today)).isTrue();
        assertThat(ReviewQueue.isChild(null, today)).isFalse();
        assertThat(ReviewQueue.isChild("not a date", today)).isFalse();
    }

    @Test
    void uncertaintyIsHighestInTheMiddleOfTheReviewBand() {
        assertThat(ReviewPriority.of(0.895, 0.80, 0.99, false, 0, false, null).uncertainty())
                .isEqualTo(1.0);
        assertThat(ReviewPriority.of(0.99, 0.80, 0.99, false, 0, false, null).uncertainty())
                .isZero();
        assertThat(ReviewPriority.of(0.9995, 0.80, 0.99, false, 0, false, "different NHS numbers")
                        .reason())
                .contains("refused: different NHS numbers");
        assertThat(ReviewPriority.of(0.8475, 0.80, 0.99, false, 0, false, null).uncertainty())
                .isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
    }
}
