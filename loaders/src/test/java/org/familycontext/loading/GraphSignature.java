/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.loading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Driver;

/**
 * Everything loads put in the graph, as sorted text, so that two graphs can be compared for equality. Leaves
 * out the bookkeeping that differs between runs by design: which run last saw an element, the runs and their
 * counter.
 */
public final class GraphSignature {

    private GraphSignature() {}

    public static List<String> of(Driver driver) {
        var lines = new ArrayList<String>();
        try (var session = driver.session()) {
            session.run("""
                    MATCH (n) WHERE NOT n:__Neo4jMigration AND NOT n:LoadRun AND NOT n:LoadRunSequence AND NOT n:Source
                    RETURN labels(n) AS labels, properties(n) AS p
                    """)
                    .forEachRemaining(r -> lines.add(r.get("labels").asList().toString()
                            + text(r.get("p").asMap())));
            session.run("""
                    MATCH (a)-[rel]->(b) WHERE NOT a:LoadRun AND NOT a:__Neo4jMigration
                    RETURN type(rel) AS type, properties(rel) AS p, properties(a) AS a, properties(b) AS b
                    """)
                    .forEachRemaining(r -> lines.add(text(r.get("a").asMap()) + "-["
                            + r.get("type").asString() + text(r.get("p").asMap()) + "]->"
                            + text(r.get("b").asMap())));
        }
        lines.sort(null);
        return lines;
    }

    private static String text(Map<String, Object> properties) {
        var sorted = new TreeMap<>(properties);
        // Run stamps differ between a killed-and-rerun load and a clean one by design.
        sorted.remove("lastSeenRun");
        sorted.remove("changedRun");
        return sorted.toString();
    }
}
