/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.connect;

import org.familycontext.model.schema.Drivers;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import picocli.CommandLine.Option;

/**
 * Which Neo4j a batch command talks to. By default the one {@code serve} runs on this machine; the password of
 * another comes from the environment, never from the command line (it would show in the process list).
 */
public class Neo4jConnection {

    @Option(
            names = "--neo4j",
            defaultValue = "bolt://127.0.0.1:7687",
            description = "Neo4j to use (bolt:// or neo4j://; default: ${DEFAULT-VALUE}, the one serve runs).")
    String uri;

    @Option(
            names = "--neo4j-user",
            description = "User for that Neo4j; its password is read from FAMILY_CONTEXT_NEO4J_PASSWORD.")
    String user;

    public Driver open() {
        var auth = user == null
                ? AuthTokens.none()
                : AuthTokens.basic(user, System.getenv().getOrDefault("FAMILY_CONTEXT_NEO4J_PASSWORD", ""));
        var driver = Drivers.open(uri, auth);
        try {
            driver.verifyConnectivity();
        } catch (RuntimeException e) {
            driver.close();
            throw new IllegalStateException(
                    "cannot reach Neo4j at " + uri + " (is ./family-context serve running, or is --neo4j right?): "
                            + e.getMessage(),
                    e);
        }
        return driver;
    }
}
