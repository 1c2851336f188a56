/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.bench;

import org.familycontext.api.FamilyContextApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service as {@code serve} runs it (the local profile, against the in-process Neo4j by its Bolt URI), on a free
 * port, with {@link ServerTiming} added so that the benchmark can read the server's own time for each request.
 */
final class BenchService implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private BenchService(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static BenchService start(String boltUri) {
        // As arguments, not default properties: those rank below application.yaml and would lose to it.
        var context = new SpringApplicationBuilder(FamilyContextApplication.class, ServerTiming.class)
                .profiles("local")
                .registerShutdownHook(false)
                .run(
                        "--server.port=0",
                        "--spring.neo4j.uri=" + boltUri,
                        "--spring.main.banner-mode=off",
                        // A small council lacks some relationship types; Neo4j's notice of each, logged with its
                        // query on every request, would be timed as the service's work.
                        "--logging.level.org.springframework.data.neo4j.cypher.unrecognized=ERROR");
        return new BenchService(context);
    }

    /** Where the GraphQL endpoint listens, on loopback. */
    String graphQlUrl() {
        return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port") + "/graphql";
    }

    @Override
    public void close() {
        context.close();
    }
}
