/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.serve;

import java.util.ArrayList;
import java.util.Map;
import java.util.function.Function;
import org.familycontext.loading.CypherRunner;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.TransientFailureException;

/**
 * Cypher straight into the Neo4j of this process: the same statements as over Bolt, without encoding every
 * parameter and result row for the wire and decoding it again on the other side of a loopback socket.
 */
public final class InProcessCypherRunner implements CypherRunner {

    private static final int ATTEMPTS = 5;

    private final GraphDatabaseService database;

    InProcessCypherRunner(GraphDatabaseService database) {
        this.database = database;
    }

    @Override
    public <T> T inWriteTransaction(Function<Statements, T> work) {
        for (int attempt = 1; ; attempt++) {
            try (var tx = database.beginTx()) {
                var result = work.apply((cypher, parameters) -> {
                    var rows = new ArrayList<Map<String, Object>>();
                    try (var found = tx.execute(cypher, parameters)) {
                        found.forEachRemaining(rows::add);
                    }
                    return rows;
                });
                tx.commit();
                return result;
            } catch (TransientFailureException e) {
                // A deadlock or a lock wait cut short: the transaction was rolled back, so it can run again.
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(100L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry a write", e);
        }
    }

    @Override
    public String toString() {
        return "in-process";
    }
}
