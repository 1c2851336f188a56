/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.connect;

import java.nio.file.Path;
import org.familycontext.launcher.serve.EmbeddedNeo4j;
import org.familycontext.model.schema.Drivers;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Which graph a batch command works on: the Neo4j of a running {@code serve} (or another, by {@code --neo4j}),
 * or, with {@code --data-dir}, a stopped store opened in this process.
 */
public class GraphConnection {

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "Work straight on the store in this folder (the one serve --data-dir DIR uses) while serve"
                    + " is stopped. Instead of --neo4j.")
    Path dataDir;

    @Mixin
    Neo4jConnection neo4j;

    /** An open driver, and the in-process store behind it when there is one; closing closes both. */
    public record Open(Driver driver, EmbeddedNeo4j store) implements AutoCloseable {
        @Override
        public void close() {
            driver.close();
            if (store != null) {
                store.close();
            }
        }
    }

    public Open open() {
        if (dataDir == null) {
            return new Open(neo4j.open(), null);
        }
        EmbeddedNeo4j store;
        try {
            store = EmbeddedNeo4j.start(dataDir, 0);
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "cannot open the store in " + dataDir + " (is ./family-context serve running on it? Then leave"
                            + " out --data-dir): " + e.getMessage(),
                    e);
        }
        return new Open(Drivers.open(store.boltUri(), AuthTokens.none()), store);
    }
}
