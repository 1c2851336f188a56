/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.model.schema;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

/** The one way this project opens a Neo4j driver outside Spring. */
public final class Drivers {

    private Drivers() {}

    /**
     * A driver that logs through SLF4J. The driver's default (System.Logger) formats every Bolt message,
     * parameters included, before the logger drops it: that cost a third of a loader's time.
     */
    public static Driver open(String uri, AuthToken auth) {
        return GraphDatabase.driver(
                uri, auth, Config.builder().withLogging(Logging.slf4j()).build());
    }
}
