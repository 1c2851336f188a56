/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.familycontext.model.testing.InProcessNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

class HouseholdBuilderTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 1, 1);

    private final Driver driver = InProcessNeo4j.driver();
    private final Council council = new Council(driver);

    @BeforeEach
    void emptyStore() {
        InProcessNeo4j.clear();
    }

    private HouseholdBuilder.Counts rebuild() {
        return new HouseholdBuilder(driver, TODAY).rebuild();
    }

    /** Two adults since 2009, a child born there in 2010 (no start date: since birth), another moving in 2013. */
    private void familyOfFour() {
        council.person("mum", "1980-05-01")
                .person("dad", "1982")
                .person("ann", "2010-03-10")
                .person("ben", "2013-06")
                .livedAt("mum", "uprn:100", "2009-01-01", null)
                .livedAt("dad", "uprn:100", "2009-01-01", null)
                .livedAt("ann", "uprn:100", null, null)
                .livedAt("ben", "uprn:100", "2013-06", null);
    }

    @Test
    void twoAdultsAndTwoChildrenLivingTogetherAreOneHouseholdWithParentAndSiblingInferences() {
        familyOfFour();

        var counts = rebuild();

        assertThat(counts.households()).isEqualTo(1);
        assertThat(counts.memberships()).isEqualTo(4);
        var household = single("""
                MATCH (h:Household)-[:AT]->(a:Address)
                RETURN h.id AS id, h.from AS from, h.to AS to, a.key AS address,
                       COUNT { (h)<-[:MEMBER_OF]-(:Person) } AS members
                """);
        assertThat(household.get("id").asString()).isEqualTo(HouseholdFormation.id("uprn:100", "2009-01-01"));
        assertThat(household.get("from").asString()).isEqualTo("2009-01-01");
        assertThat(household.get("to").isNull()).isTrue();
        assertThat(household.get("members").asLong()).isEqualTo(4);
        assertThat(
                        rows(
                                        "MATCH (p:Person)-[m:MEMBER_OF]->(:Household) RETURN p.id AS id, m.from AS from, m.to AS to")
                                .stream()
                                .map(r -> tuple(
                                        r.get("id").asString(),
                                        r.get("from").asString(null),
                                        r.get("to").asString(null))))
                .containsExactlyInAnyOrder(
                        tuple("mum", "2009-01-01", null),
                        tuple("dad", "2009-01-01", null),
                        tuple("ann", null, null),
                        tuple("ben", "2013-06", null));

        var ties = ties();
        assertThat(ties)
                .containsOnlyKeys(
                        "mum->ann possible_parent_or_carer",
                        "mum->ben possible_parent_or_carer",
                        "dad->ann possible_parent_or_carer",
                        "dad->ben possible_parent_or_carer",
                        "ann->ben possible_sibling");
        assertThat(counts.inferredTies()).isEqualTo(5);
        // Gap of about 30 years, a child, over ten years together: as sure as co-residence gets.
        assertThat(ties.get("mum->ann possible_parent_or_carer")
                        .get("confidence")
                        .asDouble())
                .isEqualTo(0.9);
        assertThat(ties.get("ann->ben possible_sibling").get("confidence").asDouble())
                .isEqualTo(0.85);
        // ann's records give no start: she has lived there since birth as far as anyone knows, not for sure.
        assertThat(ties.get("mum->ann possible_parent_or_carer").get("fromDate").isNull())
                .isTrue();
        var tie = ties.get("mum->ben possible_parent_or_carer");
        assertThat(tie.get("inferred").asBoolean()).isTrue();
        assertThat(tie.get("source").asString()).isEqualTo("inferred");
        assertThat(tie.get("basis").asString()).isEqualTo("co-residence and age gap");
        assertThat(tie.get("fromDate").asString()).isEqualTo("2013-06-01");
        assertThat(tie.get("toDate").isNull()).isTrue();
        assertThat(tie.get("households").asList())
                .containsExactly(household.get("id").asString());
        assertThat(tie.get("ageGapYears").asDouble()).isEqualTo(33.1);
        // The adults are close in age but were over 25: no guess about them.
        assertThat(ties).doesNotContainKey("mum->dad possible_sibling");
    }

    @Test
    void aRecordedTieBetweenTheirRecordsSuppressesTheGuess() {
        familyOfFour();
        council.recordedParentOf("mum", "ann").recordedParentOf("mum", "ben");

        var counts = rebuild();

        // mum's children are recorded; ann and ben share a recorded parent, so are recorded siblings already.
        assertThat(ties().keySet())
                .containsExactlyInAnyOrder("dad->ann possible_parent_or_carer", "dad->ben possible_parent_or_carer");
        assertThat(counts.inferredTies()).isEqualTo(2);
        assertThat(counts.tiesSuppressed()).isEqualTo(3);
    }

    @Test
    void aTieRecordedAfterTheGuessReplacesIt() {
        familyOfFour();
        rebuild();

        council.recordedParentOf("dad", "ben");
        var counts = rebuild();

        assertThat(ties())
                .doesNotContainKey("dad->ben possible_parent_or_carer")
                .hasSize(4);
        assertThat(counts.inferredTiesRemoved()).isEqualTo(1);
        assertThat(counts.inferredTiesWritten()).isZero();
    }

    @Test
    void aPersonWhoMovedOutBeforeAnotherMovedInMakesTwoHouseholds() {
        council.person("first", "1950-01-01")
                .person("next", "1990-01-01")
                .livedAt("first", "uprn:200", "2000-01-01", "2005-06-30")
                .livedAt("next", "uprn:200", "2005-06-30", null);

        var counts = rebuild();

        assertThat(counts.households()).isEqualTo(2);
        assertThat(counts.inferredTies()).isZero();
        assertThat(rows("MATCH (h:Household) RETURN h.from AS from, h.to AS to").stream()
                        .map(r -> tuple(r.get("from").asString(), r.get("to").asString(null))))
                .containsExactlyInAnyOrder(tuple("2000-01-01", "2005-06-30"), tuple("2005-06-30", null));
    }

    @Test
    void rebuildingAgainChangesNothingAndRemovesWhatNoLongerResults() {
        familyOfFour();
        council.person("first", "1950-01-01")
                .person("next", "1990-01-01")
                .livedAt("first", "uprn:200", "2000-01-01", "2005-06-30")
                .livedAt("next", "uprn:200", "2006-01-01", null);
        var first = rebuild();
        var ids = strings("MATCH (h:Household) RETURN h.id AS id ORDER BY id");
        var ties = ties().keySet();

        var second = rebuild();

        assertThat(strings("MATCH (h:Household) RETURN h.id AS id ORDER BY id")).isEqualTo(ids);
        assertThat(second.households()).isEqualTo(first.households()).isEqualTo(3);
        assertThat(second.memberships()).isEqualTo(first.memberships()).isEqualTo(6);
        assertThat(second.inferredTies()).isEqualTo(first.inferredTies());
        assertThat(second.householdsWritten()).isZero();
        assertThat(second.householdsRemoved()).isZero();
        assertThat(second.inferredTiesWritten()).isZero();
        assertThat(second.inferredTiesRemoved()).isZero();
        assertThat(ties().keySet()).isEqualTo(ties);
        assertThat(count("MATCH ()-[t:INFERRED_TIE]->() RETURN count(t)")).isEqualTo(5);
        assertThat(count("MATCH ()-[m:MEMBER_OF]->() RETURN count(m)")).isEqualTo(6);

        // A source now says "next" came in 2004, while "first" was still there: one household, begun when
        // "first" came (so keeping the ID "first" had alone), replaces the two.
        var firstsHousehold = HouseholdFormation.id("uprn:200", "2000-01-01");
        council.livedAt("next", "uprn:200", "2004-01-01", "2006-01-01");
        var third = rebuild();

        assertThat(third.households()).isEqualTo(2);
        assertThat(third.householdsRemoved()).isEqualTo(1);
        assertThat(third.householdsWritten()).isEqualTo(1);
        assertThat(strings("MATCH (h:Household)<-[:MEMBER_OF]-(:Person {id: 'next'}) RETURN h.id AS id"))
                .containsExactly(firstsHousehold);
        assertThat(count("MATCH (h:Household)-[:AT]->(:Address {key: 'uprn:200'}) RETURN count(h)"))
                .isEqualTo(1);
        assertThat(ties().keySet()).contains("first->next possible_parent_or_carer");
    }

    @Test
    void partialDatesAreReadAtTheirWidest() {
        council.person("a", "1960")
                .person("b", "1961")
                .person("c", "1962")
                .person("d", "1963")
                // Left during 1995, the other came during 1995: they may have overlapped, so one household.
                .livedAt("a", "uprn:300", "1990", "1995")
                .livedAt("b", "uprn:300", "1995", "1999-12")
                // Left in March 1995, the other came in April: never together.
                .livedAt("c", "uprn:400", "1990-01", "1995-03")
                .livedAt("d", "uprn:400", "1995-04", null);

        rebuild();

        assertThat(rows("""
                        MATCH (h:Household)-[:AT]->(a:Address)
                        RETURN a.key AS address, h.from AS from, h.to AS to,
                               COUNT { (h)<-[:MEMBER_OF]-() } AS members
                        """).stream()
                        .map(r -> tuple(
                                r.get("address").asString(),
                                r.get("from").asString(),
                                r.get("to").asString(null),
                                r.get("members").asLong())))
                .containsExactlyInAnyOrder(
                        tuple("uprn:300", "1990", "1999-12", 2L),
                        tuple("uprn:400", "1990-01", "1995-03", 1L),
                        tuple("uprn:400", "1995-04", null, 1L));
    }

    @Test
    void anAddressNoSourceHoldsAnyMoreEndsOnTheLastLoadThatHeldIt() {
        council.loadRun(7, "2020-02-03T10:15:30Z")
                .person("gone", "1970-01-01")
                .person("still", "2005-01-01")
                .livedAt("gone", "uprn:500", "2010-01-01", null, false, 7L)
                .livedAt("still", "uprn:500", "2015-01-01", null);

        rebuild();

        assertThat(strings("MATCH (:Person {id: 'gone'})-[m:MEMBER_OF]->() RETURN m.to AS to"))
                .containsExactly("2020-02-03");
        var tie = ties().get("gone->still possible_parent_or_carer");
        assertThat(tie.get("toDate").asString()).isEqualTo("2020-02-03");
        assertThat(tie.get("overlapYears").asDouble()).isEqualTo(5.1);
    }

    @Test
    void aPostcodeAloneIsNoHome() {
        council.person("x", "1980-01-01")
                .person("y", "2010-01-01")
                .livedAt("x", "addr:|XD1 1AA", "2010-01-01", null)
                .livedAt("y", "addr:|XD1 1AA", "2010-01-01", null);

        var counts = rebuild();

        assertThat(counts.households()).isZero();
        assertThat(counts.addressesSkipped()).isEqualTo(1);
        assertThat(counts.inferredTies()).isZero();
    }

    /** Inferred ties by "from->to kind". */
    private Map<String, Record> ties() {
        var out = new java.util.HashMap<String, Record>();
        for (var r : rows("""
                MATCH (a:Person)-[t:INFERRED_TIE]->(b:Person)
                RETURN a.id + '->' + b.id + ' ' + t.kind AS key, t.confidence AS confidence, t.inferred AS inferred,
                       t.source AS source, t.basis AS basis, t.fromDate AS fromDate, t.toDate AS toDate,
                       t.households AS households, t.ageGapYears AS ageGapYears, t.overlapYears AS overlapYears
                """)) {
            assertThat(out.put(r.get("key").asString(), r))
                    .as("one tie per pair and kind")
                    .isNull();
        }
        return out;
    }

    private Record single(String cypher) {
        var all = rows(cypher);
        assertThat(all).hasSize(1);
        return all.getFirst();
    }

    private List<Record> rows(String cypher) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher).list());
        }
    }

    private List<String> strings(String cypher) {
        return rows(cypher).stream().map(r -> r.get(0).asString()).toList();
    }

    private long count(String cypher) {
        return single(cypher).get(0).asLong();
    }
}
