/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.quality;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.familycontext.launcher.connect.Neo4jConnection;
import org.familycontext.quality.QualityReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "quality",
        mixinStandardHelpOptions = true,
        description = {
            "Data-quality report per source for data managers: completeness per field, what the last load rejected,",
            "duplicates inside the source, facts that conflict with other sources, and the problems users reported",
            "on its facts (open, sent to source, corrected, not a problem). Counts only, no names."
        })
public class QualityCommand implements Callable<Integer> {

    @Option(names = "--out", description = "Also write the report as CSV to this file.")
    Path out;

    @Mixin
    Neo4jConnection neo4j;

    @Override
    public Integer call() throws IOException {
        try (var driver = neo4j.open()) {
            var sources = new QualityReport(driver).compute();
            for (var s : sources) {
                System.out.printf("%n%s: %,d current records%n", s.source(), s.records());
                s.completeness()
                        .forEach((field, n) -> System.out.printf(
                                "  %-10s %,9d  %5.1f%% complete%n", field, n, s.percentComplete(field)));
                s.problemsByField().forEach((problem, n) -> System.out.printf("  last load: %,d x %s%n", n, problem));
                System.out.printf(
                        "  duplicates inside the source: %,d group(s), %,d record(s)%n",
                        s.duplicateGroups(), s.recordsInDuplicateGroups());
                s.conflicts().forEach((field, n) -> {
                    if (n > 0) {
                        System.out.printf("  %s conflicts with another source: %,d record(s)%n", field, n);
                    }
                });
                System.out.println("  Problems reported by users:");
                s.reportedByUsers()
                        .forEach(
                                (status, n) -> System.out.printf("    %-15s %,9d%n", QualityReport.inWords(status), n));
            }
            if (out != null) {
                try (var writer = new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8)) {
                    QualityReport.writeCsv(sources, writer);
                }
                System.out.println("\nWritten to " + out);
            }
            return 0;
        }
    }
}
