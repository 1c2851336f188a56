/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.model.testing;

import org.familycontext.model.schema.Drivers;
import org.familycontext.model.schema.SchemaMigrations;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * One real Neo4j per test JVM (neo4j-harness, Bolt only), with the schema migrations applied. Starting Neo4j
 * takes seconds, so test classes share it and clean up with {@link #clear()} instead of starting their own.
 */
public final class InProcessNeo4j {

    private static Neo4j neo4j;
    private static Driver driver;

    private InProcessNeo4j() {}

    public static synchronized Neo4j instance() {
        if (neo4j == null) {
            neo4j = Neo4jBuilders.newInProcessBuilder()
                    .withDisabledServer()
                    .withConfig(
                            org.neo4j.configuration.GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period,
                            java.time.Duration.ZERO)
                    .build();
            driver = Drivers.open(neo4j.boltURI().toString(), AuthTokens.none());
            SchemaMigrations.apply(driver);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                driver.close();
                neo4j.close();
            }));
        }
        return neo4j;
    }

    public static String boltUri() {
        return instance().boltURI().toString();
    }

    public static Driver driver() {
        instance();
        return driver;
    }

    /** Deletes all data but keeps the schema (constraints, indexes, migration history). */
    public static void clear() {
        try (var session = driver().session()) {
            session.run("MATCH (n) WHERE NOT n:__Neo4jMigration CALL (n) { DETACH DELETE n } IN TRANSACTIONS")
                    .consume();
        }
    }
}
