/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.familycontext.model.testing.InProcessNeo4j;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The chain check against a real Neo4j: an untouched trail passes, and each kind of tampering someone with access
 * to the database might try is found at the right place. Starts and leaves the trail empty, since the database is
 * shared with the other tests.
 */
class AuditChainCheckTest {

    private final AuditTrail trail =
            new AuditTrail(InProcessNeo4j.driver(), Clock.fixed(Instant.parse("2026-03-02T10:15:30Z"), ZoneOffset.UTC));
    private final AuditChainCheck check = new AuditChainCheck(InProcessNeo4j.driver());

    @BeforeEach
    @AfterEach
    void emptyTheTrail() {
        run("MATCH (n) WHERE n:AuditEvent OR n:AuditChain DETACH DELETE n", Map.of());
    }

    @Test
    void anEmptyTrailIsIntact() {
        assertThat(check.check()).isEqualTo(new AuditChainStatus(true, 0, 0, null, null, null));
    }

    @Test
    void anUntouchedTrailIsIntactAndNamesItsNewestHash() {
        var events = appendFive();
        var status = check.check();
        assertThat(status.intact()).isTrue();
        assertThat(status.events()).isEqualTo(5);
        assertThat(status.lastSeq()).isEqualTo(5);
        assertThat(status.lastHash()).isEqualTo(events.getLast().hash());
        assertThat(events).extracting(AuditEvent::seq).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(events.getFirst().previousHash()).isEqualTo(AuditHash.GENESIS);
        assertThat(events.get(3).previousHash()).isEqualTo(events.get(2).hash());
    }

    @Test
    void aChangedFieldIsFoundAtItsEvent() {
        appendFive();
        run("MATCH (e:AuditEvent {seq: 3}) SET e.purpose = 'QUALITY_ASSURANCE'", Map.of());
        var status = check.check();
        assertThat(status.intact()).isFalse();
        assertThat(status.firstBrokenSeq()).isEqualTo(3);
        assertThat(status.problem()).contains("seq 3").contains("hash does not match");
        assertThat(status.events()).isEqualTo(5);
    }

    @Test
    void aPersonRemovedFromAnEventIsFound() {
        appendFive();
        run("MATCH (e:AuditEvent {seq: 2}) SET e.personIds = ['P1']", Map.of());
        assertThat(check.check().firstBrokenSeq()).isEqualTo(2);
    }

    @Test
    void aDeletedEventIsFoundAsAGap() {
        appendFive();
        run("MATCH (e:AuditEvent {seq: 3}) DELETE e", Map.of());
        var status = check.check();
        assertThat(status.intact()).isFalse();
        assertThat(status.firstBrokenSeq()).isEqualTo(3);
        assertThat(status.problem()).contains("seq 3 missing").contains("events deleted");
        assertThat(status.events()).isEqualTo(4);
    }

    @Test
    void deletedNewestEventsAreFoundThroughTheHead() {
        appendFive();
        run("MATCH (e:AuditEvent) WHERE e.seq >= 4 DELETE e", Map.of());
        var status = check.check();
        assertThat(status.intact()).isFalse();
        assertThat(status.firstBrokenSeq()).isEqualTo(4);
        assertThat(status.problem()).contains("seq 4 to 5 missing");
    }

    @Test
    void aChangedEventWithItsHashRecomputedIsFoundAtTheNextEvent() {
        appendFive();
        try (var session = InProcessNeo4j.driver().session()) {
            var forged = new java.util.HashMap<>(session.run("MATCH (e:AuditEvent {seq: 3}) RETURN properties(e) AS e")
                    .single()
                    .get("e")
                    .asMap());
            forged.put("personIds", List.of());
            forged.put("hash", AuditHash.of(forged));
            session.run("MATCH (e:AuditEvent {seq: 3}) SET e = $forged", Map.of("forged", forged))
                    .consume();
        }
        var status = check.check();
        assertThat(status.intact()).isFalse();
        assertThat(status.firstBrokenSeq()).isEqualTo(4);
        assertThat(status.problem()).contains("seq 4: previousHash is not the hash of seq 3");
    }

    @Test
    void reorderedEventsAreFound() {
        appendFive();
        run("""
                MATCH (a:AuditEvent {seq: 2}), (b:AuditEvent {seq: 3})
                SET a.seq = -2, b.seq = -3
                WITH a, b
                SET a.seq = 3, b.seq = 2
                """, Map.of());
        var status = check.check();
        assertThat(status.intact()).isFalse();
        assertThat(status.firstBrokenSeq()).isEqualTo(2);
    }

    @Test
    void concurrentAppendsFormOneChainWithNoGaps() throws Exception {
        try (var pool = Executors.newFixedThreadPool(6)) {
            List<Future<AuditEvent>> appends = IntStream.range(0, 60)
                    .mapToObj(i -> pool.submit(() -> trail.record(entry("user-" + (i % 6), "P" + i))))
                    .toList();
            for (var append : appends) {
                append.get();
            }
        }
        var status = check.check();
        assertThat(status.intact()).as(status.problem()).isTrue();
        assertThat(status.events()).isEqualTo(60);
        assertThat(status.lastSeq()).isEqualTo(60);
    }

    private List<AuditEvent> appendFive() {
        return IntStream.rangeClosed(1, 5)
                .mapToObj(i -> trail.record(entry("a.worker", "P" + i)))
                .toList();
    }

    private static AuditEntry entry(String user, String personId) {
        return new AuditEntry(
                new Accessor(user, List.of("social_worker"), "Assessment Team North"),
                List.of(AuditAction.PERSON_VIEW),
                "CHILD_AND_FAMILY_ASSESSMENT",
                null,
                "query($id: ID!) { person(id: $id, purpose: CHILD_AND_FAMILY_ASSESSMENT) { name } }",
                "{\"id\":\"" + personId + "\"}",
                List.of(personId),
                List.of(personId),
                List.of(),
                AuditOutcome.OK);
    }

    private static void run(String cypher, Map<String, Object> parameters) {
        try (var session = InProcessNeo4j.driver().session()) {
            session.run(cypher, parameters).consume();
        }
    }
}
