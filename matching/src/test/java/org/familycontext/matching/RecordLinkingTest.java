/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.familycontext.model.testing.InProcessNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/**
 * A whole linking run against a real Neo4j: links written with their explanations, persons formed, reviewers'
 * decisions kept over a re-run, contradictions refused, and an incremental run that links only what is new.
 */
class RecordLinkingTest {

    private final Driver driver = InProcessNeo4j.driver();
    private final RecordLinking linking = new RecordLinking(driver, LinkOptions.defaults());

    @BeforeEach
    void aSmallTown() {
        InProcessNeo4j.clear();
        var rows = new ArrayList<Map<String, Object>>();
        // 60 families of four: two parents, two children; each person seen by the GP, some by the school and
        // housing too, written a little differently there.
        for (int f = 0; f < 60; f++) {
            var surname = SURNAMES.get(f % SURNAMES.size()) + (f >= SURNAMES.size() ? "e" : "");
            var postcode = "XD" + (1 + f % 9) + " " + (f % 10) + "AB";
            var street = (10 + f) + " Acacia Road";
            person(
                    rows,
                    f,
                    0,
                    FORENAMES.get(f % FORENAMES.size()),
                    surname,
                    (1970 + f % 15) + "-03-0" + (1 + f % 9),
                    "FEMALE",
                    postcode,
                    street);
            person(
                    rows,
                    f,
                    1,
                    MALE.get(f % MALE.size()),
                    surname,
                    (1968 + f % 15) + "-07-1" + (f % 9),
                    "MALE",
                    postcode,
                    street);
            person(
                    rows,
                    f,
                    2,
                    CHILDREN.get(f % CHILDREN.size()),
                    surname,
                    (2010 + f % 8) + "-11-2" + (f % 8),
                    "FEMALE",
                    postcode,
                    street);
            person(
                    rows,
                    f,
                    3,
                    BOYS.get(f % BOYS.size()),
                    surname,
                    (2012 + f % 8) + "-01-1" + (f % 9),
                    "MALE",
                    postcode,
                    street);
        }
        write(rows, 1);
    }

    @Test
    void linksTheSamePersonAcrossSourcesAndExplainsEachLink() {
        var outcome = linking.run(null, false);

        assertThat(outcome.counts().get("persons")).isEqualTo(240L);
        assertThat(personOf("gp", "G0-2")).isEqualTo(personOf("school", "S0-2")).isEqualTo(personOf("housing", "H0-2"));
        assertThat(personOf("gp", "G0-2")).isNotEqualTo(personOf("gp", "G0-3"));
        var link = single("""
                MATCH (:Record {source: 'gp', sourceId: 'G0-2'})-[s:SAME_AS]-(:Record {source: 'school', sourceId: 'S0-2'})
                MATCH (m:MatchModel {version: s.modelVersion})
                RETURN s.status AS status, s.matchWeight AS weight, s.weights AS weights,
                       [i IN s.steps | m.stepComparisons[i]] AS names, s.modelVersion AS model
                """);
        assertThat(link.get("status")).isEqualTo("AUTO");
        assertThat((List<?>) link.get("names")).first().isEqualTo("prior");
        double sum = ((List<?>) link.get("weights"))
                .stream().mapToDouble(w -> ((Number) w).doubleValue()).sum();
        assertThat(sum).isCloseTo((Double) link.get("weight"), org.assertj.core.data.Offset.offset(0.1));
        assertThat(link.get("model")).isEqualTo(outcome.model().version());
    }

    @Test
    void aReviewersRejectionSurvivesTheNextRunAndKeepsTheRecordsApart() {
        linking.run(null, false);
        run("""
                MATCH (a:Record {source: 'gp', sourceId: 'G1-0'})-[s:SAME_AS]-(b:Record {source: 'housing', sourceId: 'H1-0'})
                SET s.status = 'REJECTED', s.decidedBy = 'a.reviewer', s.decidedAt = '2026-12-03T10:00:00Z',
                    s.decisionReason = 'different people: checked with housing'
                """);

        linking.run(null, false);

        assertThat(personOf("gp", "G1-0")).isNotEqualTo(personOf("housing", "H1-0"));
        var link = single("""
                MATCH (:Record {source: 'gp', sourceId: 'G1-0'})-[s:SAME_AS]-(:Record {source: 'housing', sourceId: 'H1-0'})
                RETURN s.status AS status, s.decidedBy AS by
                """);
        assertThat(link).containsEntry("status", "REJECTED").containsEntry("by", "a.reviewer");
    }

    @Test
    void aLinkToARecordWithAnotherNhsNumberIsRefusedAndQueued() {
        // The housing record of family 2's mother holds her daughter's NHS number, mistyped into the wrong row.
        run("MATCH (r:Record {source: 'housing', sourceId: 'H2-0'}) SET r.nhsNumber = '9990000001'");
        run("MATCH (r:Record {source: 'gp', sourceId: 'G2-0'}) SET r.nhsNumber = '9990000002'");

        linking.run(null, false);

        assertThat(personOf("gp", "G2-0")).isNotEqualTo(personOf("housing", "H2-0"));
        var statuses = driver.session().run("""
                        MATCH (:Record {source: 'housing', sourceId: 'H2-0'})-[s:SAME_AS]-(:Record {source: 'gp', sourceId: 'G2-0'})
                        RETURN s.status AS status""").list(r -> r.get("status").asString());
        assertThat(statuses).allMatch(s -> s.equals("CANDIDATE"));
    }

    @Test
    void anIncrementalRunLinksOnlyWhatWasLoadedSinceAndKeepsTheRest() {
        var full = linking.run(null, false);
        long autoBefore = count("MATCH ()-[s:SAME_AS {status: 'AUTO'}]->() RETURN count(s) AS n");
        var rows = new ArrayList<Map<String, Object>>();
        rows.add(row("police", "P5-1", MALE.get(5), SURNAMES.get(5).toUpperCase(), "1973-07-15", "MALE"));
        write(rows, 2);

        var incremental = linking.run(full.model(), true);

        assertThat(incremental.counts().get("linkedRecords")).isEqualTo(1L);
        assertThat(personOf("police", "P5-1")).isEqualTo(personOf("gp", "G5-1"));
        assertThat(count("MATCH ()-[s:SAME_AS {status: 'AUTO'}]->() RETURN count(s) AS n"))
                .isGreaterThan(autoBefore);
        assertThat(incremental.counts().get("persons")).isEqualTo(240L);
    }

    @Test
    void aFullRunStoresTheNameSoundsAndTermFrequenciesThatAnIncrementalRunLooksUpBy() {
        linking.run(null, false);

        assertThat(count("MATCH (r:Record) WHERE r.surnameSound IS NULL RETURN count(r) AS n"))
                .isZero();
        assertThat(single("MATCH (r:Record {source: 'gp', sourceId: 'G0-0'}) RETURN r.surnameSound AS s"))
                .containsEntry("s", MatchRecord.nameSound(SURNAMES.get(0)));
        assertThat(count("MATCH (t:TermFrequencies) RETURN count(t) AS n")).isEqualTo(3);
        assertThat(count("SHOW INDEXES YIELD name WHERE name = 'record_name_sounds' RETURN count(*) AS n"))
                .isEqualTo(1);
    }

    @Test
    void theNeighbourhoodOfTheNewRecordsHoldsEveryPairThatBlockingOverAllRecordsWouldMake() {
        run("MATCH (r:Record {source: 'gp', sourceId: 'G9-1'}) SET r.nhsNumber = '9990000009'");
        linking.run(null, false);
        var rows = new ArrayList<Map<String, Object>>();
        // as known, by each blocking rule: same NHS number under another name; names swapped at the same address
        // and date of birth; a mistyped date of birth; a new date of birth at the same postcode; a stranger
        rows.add(row("police", "P9-1", "Bill", "Unknown", "1999-01-01", "MALE"));
        rows.getLast().put("nhsNumber", "9990000009");
        rows.add(address(
                row("ycs", "Y7-0", SURNAMES.get(7), FORENAMES.get(7 % FORENAMES.size()), "1977-03-08", "FEMALE"),
                "XD8 7AB",
                "17 Acacia Road"));
        rows.add(row("yos", "Y3-2", CHILDREN.get(3), SURNAMES.get(3), "2013-12-23", "FEMALE"));
        rows.add(address(row("das", "D4-1", MALE.get(4), "Unknown", "1950-01-01", "MALE"), "XD5 4AB", "1 Elm St"));
        rows.add(row("das", "D-stranger", "Xanthe", "Quixley", "1931-05-05", "FEMALE"));
        write(rows, 2);

        var around = LinkInput.readAround(driver, 1);
        var all = LinkInput.read(driver, 1L, null);

        assertThat(around.settled().fresh().cardinality()).isEqualTo(5);
        assertThat(around.records()).hasSizeLessThan(all.records().size() / 4);
        var fromAround = keyPairs(around);
        assertThat(fromAround).isEqualTo(keyPairs(all));
        for (var fresh : List.of("P9-1", "Y7-0", "Y3-2", "D4-1")) {
            assertThat(fromAround).anyMatch(pair -> pair.contains(fresh));
        }
        assertThat(fromAround).noneMatch(pair -> pair.contains("D-stranger"));
    }

    private static java.util.Set<String> keyPairs(LinkInput input) {
        var pairs = new java.util.TreeSet<String>();
        var blocking = org.familycontext.matching.blocking.Blocking.pairs(
                input.records(),
                org.familycontext.matching.blocking.BlockingRule.standard(),
                LinkOptions.defaults().maxBlock(),
                input.settled().fresh());
        for (long pair : blocking.pairs()) {
            var a = input.records()
                    .get(org.familycontext.matching.blocking.Blocking.first(pair))
                    .key();
            var b = input.records()
                    .get(org.familycontext.matching.blocking.Blocking.second(pair))
                    .key();
            var x = a.source() + ":" + a.sourceId();
            var y = b.source() + ":" + b.sourceId();
            pairs.add(x.compareTo(y) < 0 ? x + " " + y : y + " " + x);
        }
        return pairs;
    }

    @Test
    void anIncrementalRunBeforeAnyFullRunIsRefused() {
        var model = linking.run(null, false).model();
        InProcessNeo4j.clear();
        assertThatThrownBy(() -> linking.run(model, true)).isInstanceOf(RecordLinking.NothingLinkedYet.class);
    }

    private static final List<String> SURNAMES = List.of(
            "Okonkwo",
            "Smith",
            "Patel",
            "Jones",
            "Williams",
            "Nowak",
            "Brown",
            "Khan",
            "Taylor",
            "Evans",
            "Murphy",
            "Walker",
            "Hughes",
            "Edwards",
            "Green",
            "Hall",
            "Wood",
            "Clarke",
            "Lewis",
            "Harris");
    private static final List<String> FORENAMES =
            List.of("Catherine", "Amira", "Joanne", "Priya", "Sarah", "Agnieszka");
    private static final List<String> MALE = List.of("William", "Tomasz", "David", "Imran", "Michael", "Robert", "Ade");
    private static final List<String> CHILDREN = List.of("Matilda", "Ava", "Zara", "Lily", "Grace");
    private static final List<String> BOYS = List.of("Archie", "Noah", "Leo", "Musa", "Oscar", "Jacob");

    /** One person as the GP, and for most also the school or housing, hold them. */
    private static void person(
            List<Map<String, Object>> rows,
            int family,
            int member,
            String forename,
            String surname,
            String birthDate,
            String sex,
            String postcode,
            String street) {
        var id = family + "-" + member;
        rows.add(address(row("gp", "G" + id, forename, surname, birthDate, sex), postcode, street));
        if (member >= 2) {
            var school = row("school", "S" + id, forename, surname, birthDate, sex);
            rows.add(address(school, postcode, street.replace("Road", "Rd")));
        }
        if (member == 0 || (member == 2 && family % 2 == 0)) {
            rows.add(address(
                    row("housing", "H" + id, forename, surname.toUpperCase(), birthDate, sex), postcode, street));
        }
    }

    private static Map<String, Object> row(
            String source, String sourceId, String forename, String surname, String birthDate, String sex) {
        var row = new java.util.HashMap<String, Object>();
        row.put("source", source);
        row.put("sourceId", sourceId);
        row.put("forename", forename);
        row.put("surname", surname);
        row.put("birthDate", birthDate);
        row.put("sex", sex);
        return row;
    }

    private static Map<String, Object> address(Map<String, Object> row, String postcode, String street) {
        row.put("postcode", postcode);
        row.put("lines", street);
        return row;
    }

    /** Writes records as one load per source with this stamp would (LoadRun nodes included). */
    private void write(List<Map<String, Object>> rows, long stamp) {
        run("""
                UNWIND $rows AS row
                WITH DISTINCT row.source AS source
                MERGE (l:LoadRun {id: source + '-' + $stamp}) SET l.stamp = $stamp, l.source = source
                """, Map.of("rows", rows, "stamp", stamp));
        run("""
                MERGE (c:LoadRunSequence {name: 'load runs'}) SET c.last = $stamp
                WITH c
                UNWIND $rows AS row
                MERGE (r:Record {source: row.source, sourceId: row.sourceId})
                SET r.forename = row.forename, r.surname = row.surname, r.birthDate = row.birthDate, r.sex = row.sex,
                    r.lastSeenRun = $stamp, r.changedRun = $stamp, r.nhsNumber = row.nhsNumber
                WITH r, row WHERE row.postcode IS NOT NULL
                MERGE (a:Address {key: 'addr:' + toUpper(row.lines) + '|' + row.postcode})
                SET a.postcode = row.postcode, a.lines = row.lines
                MERGE (r)-[:LIVED_AT]->(a)
                """, Map.of("rows", rows, "stamp", stamp));
    }

    private void run(String cypher) {
        run(cypher, Map.of());
    }

    private void run(String cypher, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(cypher, parameters).consume());
        }
    }

    private Map<String, Object> single(String cypher) {
        try (var session = driver.session()) {
            return session.run(cypher).single().asMap();
        }
    }

    private long count(String cypher) {
        try (var session = driver.session()) {
            return session.run(cypher).single().get("n").asLong();
        }
    }

    private String personOf(String source, String sourceId) {
        try (var session = driver.session()) {
            return session.run(
                            "MATCH (:Record {source: $s, sourceId: $i})-[:PART_OF]->(p:Person) RETURN p.id AS id",
                            Map.of("s", source, "i", sourceId))
                    .single()
                    .get("id")
                    .asString();
        }
    }
}
