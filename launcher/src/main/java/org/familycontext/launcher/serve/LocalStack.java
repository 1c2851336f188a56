/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.serve;

import java.nio.file.Path;
import org.familycontext.api.FamilyContextApplication;
import org.familycontext.demo.GeneratedDemoCouncil;
import org.familycontext.model.schema.Drivers;
import org.familycontext.model.schema.SchemaMigrations;
import org.neo4j.driver.AuthTokens;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Everything {@code serve} runs: Neo4j (in-process unless a URI names another), the schema, the demo council on
 * an empty store, then the service. The service starts last so that it never answers from a half-loaded store.
 */
public final class LocalStack implements AutoCloseable {

    /**
     * @param neo4jUri an external Neo4j to use instead of the in-process one; null for in-process
     */
    public record Options(Path dataDir, int port, int boltPort, boolean loadDemo, String neo4jUri) {}

    private final EmbeddedNeo4j embedded;
    private final ConfigurableApplicationContext service;
    private final boolean demoLoaded;

    private LocalStack(EmbeddedNeo4j embedded, ConfigurableApplicationContext service, boolean demoLoaded) {
        this.embedded = embedded;
        this.service = service;
        this.demoLoaded = demoLoaded;
    }

    public static LocalStack start(Options options) {
        var embedded = options.neo4jUri() == null ? EmbeddedNeo4j.start(options.dataDir(), options.boltPort()) : null;
        var uri = embedded == null ? options.neo4jUri() : embedded.boltUri();
        try {
            boolean demoLoaded = false;
            if (embedded != null) {
                try (var driver = Drivers.open(uri, AuthTokens.none())) {
                    SchemaMigrations.apply(driver);
                    demoLoaded = options.loadDemo()
                            && new GeneratedDemoCouncil(
                                            driver, options.dataDir().resolve("demo-council"))
                                    .loadIfEmpty();
                }
            }
            // As arguments, not default properties: those rank below application.yaml and would lose to it.
            var service = new SpringApplicationBuilder(FamilyContextApplication.class)
                    .profiles("local")
                    .registerShutdownHook(false)
                    .run("--server.port=" + options.port(), "--spring.neo4j.uri=" + uri);
            return new LocalStack(embedded, service, demoLoaded);
        } catch (RuntimeException e) {
            if (embedded != null) {
                embedded.close();
            }
            throw e;
        }
    }

    /** The HTTP port the service listens on (the one asked for, or the one chosen when 0 was asked). */
    public int port() {
        return Integer.parseInt(service.getEnvironment().getProperty("local.server.port", "-1"));
    }

    public boolean demoLoaded() {
        return demoLoaded;
    }

    /** Stops the service first: its driver must close before the database it talks to. */
    @Override
    public void close() {
        service.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
