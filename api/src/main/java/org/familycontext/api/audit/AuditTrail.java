/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.audit;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

/**
 * Appends events to the audit trail. Each append, in one transaction, takes the next number from the
 * {@code AuditChain} node (which write-locks it until the transaction ends, so appends queue up and the chain never
 * forks), hashes the event together with the hash before it, and creates the event. Nothing here or anywhere else in
 * the application changes or deletes an event.
 */
@Component
public class AuditTrail {

    // Incrementing a property of the node itself locks the node before reading it, so no two appends get one number.
    private static final String NEXT_PLACE = """
            MERGE (c:AuditChain {name: 'audit'})
              ON CREATE SET c.lastSeq = 0, c.lastHash = $genesis
            SET c.lastSeq = c.lastSeq + 1
            RETURN c.lastSeq AS seq, c.lastHash AS previousHash
            """;

    private static final String APPEND = """
            MATCH (c:AuditChain {name: 'audit'})
            CREATE (e:AuditEvent)
            SET e = $event, c.lastHash = $hash
            """;

    private final Driver driver;
    private final Clock clock;

    public AuditTrail(Driver driver, Clock clock) {
        this.driver = driver;
        this.clock = clock;
    }

    /** Records the entry and returns it as stored; throws when it could not be stored (the caller must not answer). */
    public AuditEvent record(AuditEntry entry) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> append(tx, entry));
        }
    }

    private AuditEvent append(TransactionContext tx, AuditEntry entry) {
        var head = tx.run(NEXT_PLACE, Map.of("genesis", AuditHash.GENESIS)).single();
        var properties = entry.properties(
                head.get("seq").asLong(),
                AuditTime.format(clock.instant()),
                head.get("previousHash").asString());
        var hash = AuditHash.of(properties);
        properties.put("hash", hash);
        var stored = new HashMap<String, Object>();
        properties.forEach((key, value) -> {
            if (value != null) {
                stored.put(key, value);
            }
        });
        tx.run(APPEND, Map.of("event", stored, "hash", hash)).consume();
        return AuditEvent.of(properties);
    }
}
