/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.familycontext.loading.GraphWriter;
import org.familycontext.loading.RecordRow;
import org.familycontext.model.person.MatchStatus;
import org.familycontext.model.person.SameAsLink;
import org.familycontext.model.record.RecordKey;
import org.familycontext.model.testing.InProcessNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PersonResolverTest {

    private final GraphWriter writer = new GraphWriter(InProcessNeo4j.driver(), 2, Clock.systemUTC());
    private final PersonResolver resolver = new PersonResolver(InProcessNeo4j.driver());

    @BeforeEach
    void fourRecords() {
        InProcessNeo4j.clear();
        writer.writeRecords(List.of(record("a", "1"), record("b", "2"), record("c", "3"), record("d", "4")));
    }

    @Test
    void onlyAcceptedLinksJoinRecords() {
        writer.writeSameAs(List.of(
                link("a:1", "b:2", MatchStatus.AUTO),
                link("b:2", "c:3", MatchStatus.REJECTED),
                link("c:3", "d:4", MatchStatus.CANDIDATE)));

        assertThat(resolver.resolveAll()).isEqualTo(3);
        assertThat(personOf("a:1")).isEqualTo(personOf("b:2")).isNotEqualTo(personOf("c:3"));
        assertThat(personOf("c:3")).isNotEqualTo(personOf("d:4"));
    }

    @Test
    void personIdsStayTheSameAcrossRunsAndFollowTheCluster() {
        writer.writeSameAs(List.of(link("a:1", "b:2", MatchStatus.CONFIRMED)));
        resolver.resolveAll();
        var before = personOf("a:1");

        resolver.resolveAll();
        assertThat(personOf("a:1")).isEqualTo(before);

        writer.writeSameAs(List.of(link("b:2", "c:3", MatchStatus.AUTO)));
        assertThat(resolver.resolveAll()).isEqualTo(2);
        assertThat(personOf("c:3")).isEqualTo(before);
        try (var session = InProcessNeo4j.driver().session()) {
            assertThat(session.run("MATCH (p:Person) RETURN count(p) AS n")
                            .single()
                            .get("n")
                            .asLong())
                    .isEqualTo(2);
        }
    }

    private static String personOf(String key) {
        var k = RecordKey.parse(key);
        try (var session = InProcessNeo4j.driver().session()) {
            return session.run(
                            "MATCH (:Record {source: $s, sourceId: $id})-[:PART_OF]->(p:Person) RETURN p.id AS id",
                            java.util.Map.of("s", k.source(), "id", k.sourceId()))
                    .single()
                    .get("id")
                    .asString();
        }
    }

    private static RecordRow record(String source, String id) {
        return new RecordRow(
                source,
                id,
                "Alex",
                null,
                "Example",
                null,
                null,
                "2000-01-01",
                "UNKNOWN",
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private static SameAsLink link(String a, String b, MatchStatus status) {
        return new SameAsLink(RecordKey.parse(a), RecordKey.parse(b), 12.0, 0.99, status, "test", null, null, null);
    }
}
