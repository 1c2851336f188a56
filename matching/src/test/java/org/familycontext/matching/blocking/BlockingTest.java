/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.blocking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.familycontext.matching.TestRecord.named;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.familycontext.matching.MatchField;
import org.familycontext.matching.MatchRecord;
import org.familycontext.matching.blocking.Blocking.RuleReport;
import org.junit.jupiter.api.Test;

class BlockingTest {

    private static final BlockingRule SAME_SURNAME =
            new BlockingRule("same surname", Set.of(MatchField.SURNAME), MatchRecord::surname);
    private static final BlockingRule SAME_BIRTH_DATE =
            new BlockingRule("same date of birth", Set.of(MatchField.BIRTH_DATE), MatchRecord::birthDate);

    private static MatchRecord person(int index, String forename, String surname, String born) {
        return named(forename, surname).born(born).index(index).build();
    }

    /** The pairs as "0-1", smaller index first, in order. */
    private static List<String> pairs(Blocking.Result result) {
        return Arrays.stream(result.pairs())
                .mapToObj(p -> Blocking.first(p) + "-" + Blocking.second(p))
                .toList();
    }

    @Test
    void aPairSharingTwoRulesKeysIsAPairOnceAndEachRuleCountsItsOwnPairs() {
        var records = List.of(
                person(0, "Kate", "Smith", "1990-07-03"),
                person(1, "Kate", "Smith", "1990-07-03"),
                person(2, "John", "Smith", "1985-01-01"),
                person(3, "Ann", "Jones", "1990-07-03"),
                person(4, "Omar", "Ahmed", "2000-01-01"));

        var result = Blocking.pairs(records, List.of(SAME_SURNAME, SAME_BIRTH_DATE), 100);

        // Smith: 0-1, 0-2, 1-2; 3 July 1990: 0-1, 0-3, 1-3
        assertThat(pairs(result)).containsExactly("0-1", "0-2", "0-3", "1-2", "1-3");
        assertThat(result.rules())
                .containsExactly(
                        new RuleReport("same surname", 3, 1, 0), new RuleReport("same date of birth", 3, 1, 0));
    }

    @Test
    void aBlockLargerThanTheLimitIsLeftOutAndReportedAndOneAtTheLimitIsKept() {
        var records = List.of(
                person(0, "Kate", "Smith", "1990-07-03"),
                person(1, "Kate", "Smith", "1990-07-03"),
                person(2, "John", "Smith", "1985-01-01"),
                person(3, "Ann", "Jones", "1970-02-02"));

        var result = Blocking.pairs(records, List.of(SAME_SURNAME, SAME_BIRTH_DATE), 2);

        assertThat(pairs(result)).containsExactly("0-1");
        assertThat(result.rules())
                .containsExactly(
                        new RuleReport("same surname", 0, 0, 1), new RuleReport("same date of birth", 1, 1, 0));
    }

    @Test
    void aRecordWithoutTheKeyIsInNoBlock() {
        var records = List.of(
                person(0, "Kate", null, null),
                person(1, "Kate", null, null),
                person(2, "Kate", "Smith", null),
                person(3, "Kate", "Smith", "1990-07-03"));

        var result = Blocking.pairs(records, List.of(SAME_SURNAME, SAME_BIRTH_DATE), 100);

        assertThat(pairs(result)).containsExactly("2-3");
        assertThat(result.rules())
                .containsExactly(
                        new RuleReport("same surname", 1, 1, 0), new RuleReport("same date of birth", 0, 0, 0));
    }

    @Test
    void aPairIsTheSameWhicheverRecordComesFirstAndKeepsBothIndices() {
        long pair = Blocking.pair(2_000_000_000, 7);

        assertThat(Blocking.pair(7, 2_000_000_000)).isEqualTo(pair);
        assertThat(Blocking.first(pair)).isEqualTo(7);
        assertThat(Blocking.second(pair)).isEqualTo(2_000_000_000);
    }

    @Test
    void noRecordsOrNoRulesMakeNoPairs() {
        assertThat(Blocking.pairs(List.of(), List.of(SAME_SURNAME), 10).pairs()).isEmpty();
        var result = Blocking.pairs(
                List.of(person(0, "Kate", "Smith", null), person(1, "Kate", "Smith", null)), List.of(), 10);
        assertThat(result.pairs()).isEmpty();
        assertThat(result.rules()).isEmpty();
    }
}
