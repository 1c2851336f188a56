/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.loading;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Driver;

/**
 * Where a load's Cypher runs: over Bolt to any Neo4j (a {@link Driver}), or straight into a Neo4j in this
 * process, which spares encoding and decoding every row twice (docs/loading.md, "Loading into a stopped store").
 * The statements are the same either way.
 */
public interface CypherRunner {

    /** Runs the work in one write transaction, again when Neo4j says its failure was transient (a deadlock). */
    <T> T inWriteTransaction(Function<Statements, T> work);

    /** Statements inside one transaction. */
    interface Statements {

        /** Runs one statement; returns its rows with plain Java values (Long, Boolean, String, List, Map). */
        List<Map<String, Object>> run(String cypher, Map<String, Object> parameters);
    }

    static CypherRunner over(Driver driver) {
        return new DriverCypherRunner(driver);
    }
}
