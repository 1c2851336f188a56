/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.loading;

import java.util.function.Function;
import org.neo4j.driver.Driver;

/** Cypher over Bolt; the driver retries transient failures. */
final class DriverCypherRunner implements CypherRunner {

    private final Driver driver;

    DriverCypherRunner(Driver driver) {
        this.driver = driver;
    }

    @Override
    public <T> T inWriteTransaction(Function<Statements, T> work) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> work.apply(
                    (cypher, parameters) -> tx.run(cypher, parameters).list(org.neo4j.driver.Record::asMap)));
        }
    }

    @Override
    public String toString() {
        return "Bolt";
    }
}
