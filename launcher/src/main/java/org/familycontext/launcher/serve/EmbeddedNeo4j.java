/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.serve;

import java.nio.file.Path;
import java.time.Duration;
import org.familycontext.loading.CypherRunner;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Neo4j Community database in this process, its store in a folder so that data survives restarts, reachable
 * only over Bolt on 127.0.0.1. The service talks to it through the driver exactly as it would to a server.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    private final DatabaseManagementService service;
    private final int boltPort;

    private EmbeddedNeo4j(DatabaseManagementService service, int boltPort) {
        this.service = service;
        this.boltPort = boltPort;
    }

    /** @param boltPort 0 for any free port */
    public static EmbeddedNeo4j start(Path home, int boltPort) {
        if (boltPort == 0) {
            boltPort = freePort();
        }
        var started = System.nanoTime();
        var service = new DatabaseManagementServiceBuilder(home.toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                // Loopback only, one user: the operating system account that owns the data folder.
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                // Internal setting (may change between Neo4j releases): without it Bolt's Netty waits 5 s on stop.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
                .build();
        log.info(
                "Neo4j started in {} ms, store in {}, Bolt on 127.0.0.1:{}",
                Duration.ofNanos(System.nanoTime() - started).toMillis(),
                home.toAbsolutePath(),
                boltPort);
        return new EmbeddedNeo4j(service, boltPort);
    }

    /** Runs Cypher in this process, without Bolt: for bulk loads (see InProcessCypherRunner). */
    public CypherRunner cypherRunner() {
        return new InProcessCypherRunner(service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME));
    }

    public String boltUri() {
        return "bolt://127.0.0.1:" + boltPort;
    }

    private static int freePort() {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        service.shutdown();
        log.info("Neo4j stopped");
    }
}
