/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.familycontext.model.testing.InProcessNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DemoCouncilLoaderTest {

    private final DemoCouncilLoader loader = new DemoCouncilLoader(InProcessNeo4j.driver());

    @BeforeEach
    void emptyStore() {
        InProcessNeo4j.clear();
    }

    @Test
    void loadsTheDemoIntoAnEmptyStoreOnce() {
        assertThat(loader.loadIfEmpty()).isTrue();
        var first = counts();
        assertThat(loader.loadIfEmpty()).isFalse();
        assertThat(counts()).isEqualTo(first);

        var demo = DemoCouncil.bundled();
        assertThat(first.get("records")).isEqualTo((long) demo.records().size());
        assertThat(first.get("sources")).isEqualTo((long) demo.sources().size());
        assertThat(first.get("involvements"))
                .isEqualTo((long) demo.involvements().size());
        // 49 records of 22 invented people.
        assertThat(first.get("persons")).isEqualTo(22L);
    }

    @Test
    void loadingTheSameDemoAgainChangesNothing() {
        var demo = DemoCouncil.bundled();
        loader.load(demo);
        var once = counts();
        loader.load(demo);
        assertThat(counts()).isEqualTo(once);
    }

    @Test
    void theFocusChildIsOnePersonAcrossSocialCareSchoolAndGp() {
        loader.load(DemoCouncil.bundled());
        try (var session = InProcessNeo4j.driver().session()) {
            var row = session.run("""
                            MATCH (:Record {source: 'lcs', sourceId: 'C-20119'})-[:PART_OF]->(p:Person)
                            MATCH (r:Record)-[:PART_OF]->(p)
                            RETURN p.forename + ' ' + p.surname AS name, collect(r.source) AS sources
                            """).single();
            assertThat(row.get("name").asString()).isEqualTo("Maisie Thornbury");
            assertThat(row.get("sources").asList(v -> v.asString())).containsExactlyInAnyOrder("lcs", "school", "gp");
        }
    }

    @Test
    void aRecordsNamesAreChosenByMajorityNotByWhicheverLoadedLast() {
        loader.load(DemoCouncil.bundled());
        try (var session = InProcessNeo4j.driver().session()) {
            // Housing knows her as Kate with day and month swapped; two other sources say Catherine, 7 March.
            var p = session.run("MATCH (:Record {source: 'housing', sourceId: 'T-5521'})-[:PART_OF]->(p) RETURN p")
                    .single()
                    .get("p");
            assertThat(p.get("forename").asString()).isEqualTo("Catherine");
            assertThat(p.get("birthDate").asString()).isEqualTo("1990-03-07");
        }
    }

    private static Map<String, Object> counts() {
        try (var session = InProcessNeo4j.driver().session()) {
            return session.run("""
                            RETURN COUNT { (:Record) } AS records, COUNT { (:Person) } AS persons,
                                   COUNT { (:Source) } AS sources, COUNT { (:ServiceInvolvement) } AS involvements,
                                   COUNT { (:Address) } AS addresses, COUNT { ()-[]->() } AS relationships
                            """).single().asMap();
        }
    }
}
