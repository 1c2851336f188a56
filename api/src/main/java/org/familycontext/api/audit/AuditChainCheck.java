/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.audit;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * Checks the audit trail end to end: the events are numbered 1, 2, 3 … with no gaps, each one's previousHash is the
 * hash of the one before, each hash is the hash of the event's own fields, and the chain's head names the newest
 * event. Used by the service ({@code auditChainStatus}) and by {@code ./family-context audit verify}.
 *
 * <p>What it finds: a changed field (the hash no longer matches), a deleted event (a gap, or a head that names a
 * later event), events re-ordered or a hash recomputed after a change (the next previousHash no longer matches). A
 * trail rewritten from the start by someone who can write to the database passes; keeping the newest hash outside
 * the service is what shows that.
 */
public final class AuditChainCheck {

    private static final int PAGE = 5_000;

    private final Driver driver;

    public AuditChainCheck(Driver driver) {
        this.driver = driver;
    }

    public AuditChainStatus check() {
        long events = 0;
        long lastSeq = 0;
        String lastHash = AuditHash.GENESIS;
        Long brokenAt = null;
        String problem = null;
        List<Map<String, Object>> page;
        do {
            page = pageAfter(lastSeq);
            for (var event : page) {
                events++;
                long seq = event.get("seq") instanceof Number n ? n.longValue() : -1;
                String previousHash = event.get("previousHash") instanceof String s ? s : null;
                String hash = event.get("hash") instanceof String s ? s : null;
                if (brokenAt == null) {
                    var why = problemOf(event, seq, lastSeq, lastHash, previousHash, hash);
                    if (why != null) {
                        brokenAt = seq == lastSeq + 1 || seq < 1 ? Math.max(seq, 1) : lastSeq + 1;
                        problem = why;
                    }
                }
                lastSeq = seq;
                lastHash = hash;
            }
        } while (page.size() == PAGE);

        if (brokenAt == null) {
            var headProblem = headProblem(lastSeq, lastHash, events);
            if (headProblem != null) {
                return AuditChainStatus.broken(events, lastSeq, lastHash, lastSeq + 1, headProblem);
            }
            return AuditChainStatus.intact(events, lastSeq, events == 0 ? null : lastHash);
        }
        return AuditChainStatus.broken(events, lastSeq, lastHash, brokenAt, problem);
    }

    private static String problemOf(
            Map<String, Object> event, long seq, long seqBefore, String hashBefore, String previousHash, String hash) {
        if (seq != seqBefore + 1) {
            return seqBefore == 0
                    ? "the trail starts at seq " + seq + ": seq 1 to " + (seq - 1) + " are missing (events deleted)"
                    : "seq " + (seqBefore + 1) + (seq - 1 > seqBefore + 1 ? " to " + (seq - 1) : "") + " missing: seq "
                            + seqBefore + " is followed by seq " + seq + " (events deleted)";
        }
        if (hash == null || !hash.equals(AuditHash.of(event))) {
            return "seq " + seq + ": the hash does not match the event's fields (the event was changed after it was"
                    + " written)";
        }
        if (!hashBefore.equals(previousHash)) {
            return "seq " + seq + ": previousHash is not the hash of "
                    + (seqBefore == 0 ? "the start of the trail" : "seq " + seqBefore)
                    + " (events re-ordered, or an event changed and its hash recomputed)";
        }
        return null;
    }

    /** Deleting the newest events leaves no gap: only the head, updated with every append, shows it. */
    private String headProblem(long lastSeq, String lastHash, long events) {
        try (var session = driver.session()) {
            var heads = session.run("MATCH (c:AuditChain {name: 'audit'}) RETURN c.lastSeq AS seq, c.lastHash AS hash")
                    .list();
            if (heads.isEmpty()) {
                return events == 0 ? null : "the chain's head (the AuditChain node) is missing";
            }
            long headSeq = heads.getFirst().get("seq").asLong(0);
            String headHash = heads.getFirst().get("hash").asString(null);
            if (headSeq > lastSeq) {
                return "seq " + (lastSeq + 1) + (headSeq > lastSeq + 1 ? " to " + headSeq : "")
                        + " missing: the head says the newest event is seq " + headSeq + " (events deleted)";
            }
            if (headSeq < lastSeq || !Objects.equals(headHash, events == 0 ? AuditHash.GENESIS : lastHash)) {
                return "seq " + lastSeq + ": the newest event is not the one the chain's head records (seq " + headSeq
                        + ")";
            }
            return null;
        }
    }

    private List<Map<String, Object>> pageAfter(long seq) {
        try (var session = driver.session()) {
            return session.run("""
                            MATCH (e:AuditEvent) WHERE e.seq > $after
                            RETURN properties(e) AS e ORDER BY e.seq LIMIT $page
                            """, Map.of("after", seq, "page", PAGE)).list(r -> r.get("e")).stream()
                    .map(Value::asMap)
                    .toList();
        }
    }
}
