/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.familycontext.api.person.PersonView;
import org.familycontext.matching.comparison.NameVariants;
import org.familycontext.model.record.Sex;
import org.junit.jupiter.api.Test;

class SearchRankingTest {

    private static final LocalDate BORN = LocalDate.of(1990, 3, 7);

    @Test
    void anExactNameWithTheDateOfBirthRanksAboveAnythingLess() {
        var ranking = new SearchRanking(TypedName.of("Catherine Smith"), BORN, NameVariants.bundled());
        var exact = ranking.rank(person("a", "1990-03-07"), List.of(hit("Catherine", "Smith", "1990-03-07")));
        var nickname = ranking.rank(person("b", "1990-03-07"), List.of(hit("Kate", "Smith", "1990-03-07")));
        var yearOnly = ranking.rank(person("c", "1990"), List.of(hit("Catherine", "Smith", "1990")));
        var noDate = ranking.rank(person("d", null), List.of(hit("Catherine", "Smith", null)));
        assertThat(exact.orElseThrow().matchedOn()).containsExactly(SearchMatch.NAME, SearchMatch.DATE_OF_BIRTH);
        assertThat(nickname.orElseThrow().matchedOn())
                .containsExactly(SearchMatch.NAME, SearchMatch.NICKNAME, SearchMatch.DATE_OF_BIRTH);
        assertThat(List.of(exact, nickname, yearOnly, noDate))
                .extracting(r -> r.orElseThrow().score())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder())
                .doesNotHaveDuplicates();
    }

    @Test
    void aKnownDifferentDateOfBirthLeavesThePersonOut() {
        var ranking = new SearchRanking(TypedName.of("Catherine Smith"), BORN, NameVariants.bundled());
        assertThat(ranking.rank(person("a", "1990-07-03"), List.of(hit("Catherine", "Smith", "1990-07-03"))))
                .isEmpty();
        // One source with the typed date is enough, whatever the others hold.
        assertThat(ranking.rank(
                        person("a", "1990-07-03"),
                        List.of(hit("Catherine", "Smith", "1990-07-03"), hit("Cathy", "Smith", "1990-03-07"))))
                .isPresent();
    }

    @Test
    void aRecordMatchingNoWordIsNoMatch() {
        var ranking = new SearchRanking(TypedName.of("Catherine Smith"), BORN, NameVariants.bundled());
        assertThat(ranking.rank(person("a", "1990-03-07"), List.of(hit("Ahmed", "Khan", "1990-03-07"))))
                .isEmpty();
    }

    @Test
    void soundsSpellingAndStartsAreTold() {
        var ranking = new SearchRanking(TypedName.of("Smyth Shornbury Thorn"), null, NameVariants.bundled());
        var ranked = ranking.rank(person("a", null), List.of(hit("Thornton", "Smith Thornbury", null)));
        assertThat(ranked.orElseThrow().matchedOn())
                .containsExactly(SearchMatch.SOUNDS_LIKE, SearchMatch.SIMILAR_SPELLING, SearchMatch.START_OF_NAME);
    }

    private static PersonView person(String id, String birthDate) {
        return new PersonView(id, "x", "y", birthDate, Sex.UNKNOWN, null);
    }

    private static Map<String, Object> hit(String forename, String surname, String birthDate) {
        var hit = new HashMap<String, Object>();
        hit.put("forename", forename);
        hit.put("surname", surname);
        hit.put("birthDate", birthDate);
        return hit;
    }
}
