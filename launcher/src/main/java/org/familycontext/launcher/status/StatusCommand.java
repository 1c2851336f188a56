/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.status;

import java.util.concurrent.Callable;
import org.familycontext.launcher.connect.Neo4jConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description = "Per source: when it was loaded, how current its data is, what it holds, and its last load.")
public class StatusCommand implements Callable<Integer> {

    private static final String STATUS = """
            MATCH (s:Source)
            OPTIONAL MATCH (s)<-[:OF]-(run:LoadRun)
            WITH s, run ORDER BY run.startedAt DESC
            WITH s, head(collect(run)) AS last
            CALL (s) {
              MATCH (r:Record) WHERE r.source = s.name AND r.sourceId IS NOT NULL
              RETURN count(r) AS records, count(CASE WHEN r.current THEN 1 END) AS current
            }
            CALL (s) {
              MATCH (i:ServiceInvolvement) WHERE i.source = s.name AND i.sourceId IS NOT NULL
              RETURN count(i) AS involvements
            }
            RETURN s.name AS name, s.service AS service, s.dataCurrentAsOf AS asOf, s.loadedAt AS loadedAt,
                   records, current, involvements, last.status AS status, last.read AS read, last.loaded AS loaded,
                   last.updated AS updated, last.unchanged AS unchanged, last.rejected AS rejected
            ORDER BY name
            """;

    @Mixin
    Neo4jConnection neo4j;

    @Override
    public Integer call() {
        try (var driver = neo4j.open();
                var session = driver.session()) {
            var rows = session.run(STATUS).list();
            if (rows.isEmpty()) {
                System.out.println("No source has been loaded.");
                return 0;
            }
            System.out.printf(
                    "%-22s %-22s %-11s %-20s %9s %9s %12s  %s%n",
                    "source", "service", "current as", "loaded at", "records", "current", "involvements", "last load");
            for (var r : rows) {
                var last = r.get("status").isNull()
                        ? "-"
                        : "%s: read %,d = loaded %,d + updated %,d + unchanged %,d + rejected %,d"
                                .formatted(
                                        r.get("status").asString(),
                                        r.get("read").asLong(0),
                                        r.get("loaded").asLong(0),
                                        r.get("updated").asLong(0),
                                        r.get("unchanged").asLong(0),
                                        r.get("rejected").asLong(0));
                System.out.printf(
                        "%-22s %-22s %-11s %-20.19s %,9d %,9d %,12d  %s%n",
                        r.get("name").asString(),
                        r.get("service").asString("-"),
                        r.get("asOf").asString("-"),
                        r.get("loadedAt").asString("-"),
                        r.get("records").asLong(),
                        r.get("current").asLong(),
                        r.get("involvements").asLong(),
                        last);
            }
            return 0;
        }
    }
}
