/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.links;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.familycontext.launcher.connect.GraphConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code links export}: every SAME_AS link as a CSV, for checking links outside the tool. */
@Command(
        name = "links",
        mixinStandardHelpOptions = true,
        description = "The SAME_AS links between records.",
        subcommands = {LinksCommand.Export.class})
public class LinksCommand {

    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = {
                "Writes every SAME_AS link as source1, sourceId1, source2, sourceId2, probability, status (AUTO,"
                        + " CANDIDATE, CONFIRMED, REJECTED), with the model version and who decided it."
            })
    static class Export implements Callable<Integer> {

        private static final String LINKS = """
                MATCH (a:Record)-[s:SAME_AS]->(b:Record)
                RETURN a.source AS source1, a.sourceId AS sourceId1, b.source AS source2, b.sourceId AS sourceId2,
                       s.probability AS probability, s.status AS status, s.modelVersion AS modelVersion,
                       s.decidedBy AS decidedBy
                ORDER BY source1, sourceId1, source2, sourceId2
                """;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The CSV file to write.")
        Path out;

        @Mixin
        GraphConnection graph;

        @Override
        public Integer call() throws IOException {
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            var format = CSVFormat.DEFAULT
                    .builder()
                    .setHeader(
                            "source1",
                            "sourceId1",
                            "source2",
                            "sourceId2",
                            "probability",
                            "status",
                            "modelVersion",
                            "decidedBy")
                    .get();
            long count = 0;
            try (var open = graph.open();
                    var session = open.driver().session();
                    var writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                    var printer = format.print(writer)) {
                var result = session.run(LINKS);
                while (result.hasNext()) {
                    var row = result.next();
                    printer.printRecord(
                            row.get("source1").asString(),
                            row.get("sourceId1").asString(),
                            row.get("source2").asString(),
                            row.get("sourceId2").asString(),
                            row.get("probability").isNull()
                                    ? ""
                                    : row.get("probability").asDouble(),
                            row.get("status").asString(),
                            row.get("modelVersion").isNull()
                                    ? ""
                                    : row.get("modelVersion").asString(),
                            row.get("decidedBy").isNull()
                                    ? ""
                                    : row.get("decidedBy").asString());
                    count++;
                }
            }
            System.out.printf("%,d links written to %s%n", count, out);
            return 0;
        }
    }
}
