/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * The data-quality report for data managers: per source, how complete each field is, what the last load
 * rejected or left out (by field and reason), duplicates inside the source, and facts that conflict with other
 * sources' records of the same person, and the problems users reported on its facts (open, sent to the source,
 * corrected, not a problem). Counts only: it names no one, so it can be shared with the system's owner.
 */
public final class QualityReport {

    static final List<String> FIELDS =
            List.of("forename", "surname", "birthDate", "sex", "nhsNumber", "upn", "caseId", "address");

    private static final String COMPLETENESS = """
            MATCH (r:Record) WHERE r.source = $source AND r.sourceId IS NOT NULL AND coalesce(r.current, true)
            RETURN count(r) AS records,
                   count(r.forename) AS forename, count(r.surname) AS surname,
                   count(CASE WHEN size(coalesce(r.birthDate, '')) = 10 THEN 1 END) AS birthDate,
                   count(CASE WHEN r.sex IN ['FEMALE', 'MALE', 'OTHER'] THEN 1 END) AS sex,
                   count(r.nhsNumber) AS nhsNumber, count(r.upn) AS upn, count(r.caseId) AS caseId,
                   count(CASE WHEN EXISTS { (r)-[:LIVED_AT]->() } THEN 1 END) AS address
            """;

    private static final String DUPLICATES = """
            MATCH (r:Record) WHERE r.source = $source AND r.sourceId IS NOT NULL AND coalesce(r.current, true)
              AND r.birthDate IS NOT NULL
            WITH toLower(coalesce(r.forename, '')) + '|' + toLower(coalesce(r.surname, '')) + '|' + r.birthDate AS k,
                 count(*) AS n
            WHERE n > 1
            RETURN count(k) AS groups, coalesce(sum(n), 0) AS records
            """;

    private static final String CONFLICTS = """
            MATCH (r:Record) WHERE r.source = $source AND r.sourceId IS NOT NULL AND coalesce(r.current, true)
            MATCH (r)-[:PART_OF]->(:Person)<-[:PART_OF]-(o:Record) WHERE o.source <> r.source
            WITH r, collect(o) AS others
            RETURN count(CASE WHEN size(coalesce(r.birthDate, '')) = 10 AND any(o IN others WHERE
                          size(coalesce(o.birthDate, '')) = 10 AND o.birthDate <> r.birthDate) THEN 1 END) AS birthDate,
                   count(CASE WHEN r.sex IN ['FEMALE', 'MALE'] AND any(o IN others WHERE
                          o.sex IN ['FEMALE', 'MALE'] AND o.sex <> r.sex) THEN 1 END) AS sex,
                   count(CASE WHEN r.nhsNumber IS NOT NULL AND any(o IN others WHERE
                          o.nhsNumber IS NOT NULL AND o.nhsNumber <> r.nhsNumber) THEN 1 END) AS nhsNumber
            """;

    /** Where a problem reported by a user stands (DataProblem.status), in the report's order. */
    public static final List<String> REPORT_STATUSES = List.of("OPEN", "SENT_TO_SOURCE", "CORRECTED", "NOT_A_PROBLEM");

    private static final String REPORTED = """
            MATCH (p:DataProblem {source: $source})
            RETURN p.status AS status, count(p) AS n
            """;

    private final Driver driver;

    public QualityReport(Driver driver) {
        this.driver = driver;
    }

    public List<SourceQuality> compute() {
        var result = new ArrayList<SourceQuality>();
        try (var session = driver.session()) {
            var sources = session.run("""
                    MATCH (s:Source)
                    OPTIONAL MATCH (s)<-[:OF]-(run:LoadRun {status: 'completed'})
                    WITH s, run ORDER BY run.finishedAt DESC
                    RETURN s.name AS name, head(collect(run.rejectReport)) AS report ORDER BY name
                    """).list();
            for (var s : sources) {
                var name = s.get("name").asString();
                var params = Map.<String, Object>of("source", name);
                var complete = session.run(COMPLETENESS, params).single();
                var completeness = new LinkedHashMap<String, Long>();
                FIELDS.forEach(f -> completeness.put(f, complete.get(f).asLong()));
                var duplicates = session.run(DUPLICATES, params).single();
                var conflict = session.run(CONFLICTS, params).single();
                var conflicts = new LinkedHashMap<String, Long>();
                for (var f : List.of("birthDate", "sex", "nhsNumber")) {
                    conflicts.put(f, conflict.get(f).asLong());
                }
                result.add(new SourceQuality(
                        name,
                        complete.get("records").asLong(),
                        completeness,
                        problems(
                                s.get("report").isNull()
                                        ? null
                                        : Path.of(s.get("report").asString())),
                        duplicates.get("groups").asLong(),
                        duplicates.get("records").asLong(),
                        conflicts,
                        reported(session, params)));
            }
        }
        return result;
    }

    private static Map<String, Long> reported(Session session, Map<String, Object> params) {
        var counts = new LinkedHashMap<String, Long>();
        REPORT_STATUSES.forEach(status -> counts.put(status, 0L));
        session.run(REPORTED, params).forEachRemaining(row -> {
            var status = row.get("status").asString("");
            if (counts.containsKey(status)) {
                counts.put(status, row.get("n").asLong());
            }
        });
        return counts;
    }

    /** A report status as the report words it: SENT_TO_SOURCE is "sent to source". */
    public static String inWords(String status) {
        return status.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Counts the last load's reject report by "field: reason", without the values that made them. */
    static Map<String, Long> problems(Path report) {
        var counts = new TreeMap<String, Long>();
        if (report == null || !Files.isRegularFile(report)) {
            return counts;
        }
        try (var reader = Files.newBufferedReader(report)) {
            for (var row : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)) {
                var reason = row.get("reason").replaceAll("'[^']*'", "'…'").replaceAll("\\d{4}-\\d{2}(-\\d{2})?", "…");
                counts.merge(row.get("field") + ": " + reason + " (" + row.get("action") + ")", 1L, Long::sum);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }

    /** Writes the report as CSV: source, measure, field, count, percent. */
    public static void writeCsv(List<SourceQuality> sources, Writer out) throws IOException {
        try (var csv = CSVFormat.DEFAULT
                .builder()
                .setHeader("source", "measure", "field", "count", "percent")
                .get()
                .print(out)) {
            for (var s : sources) {
                csv.printRecord(s.source(), "records", "", s.records(), "");
                for (var f : FIELDS) {
                    csv.printRecord(
                            s.source(), "complete", f, s.completeness().get(f), "%.1f".formatted(s.percentComplete(f)));
                }
                for (var p : s.problemsByField().entrySet()) {
                    csv.printRecord(s.source(), "last load", p.getKey(), p.getValue(), "");
                }
                csv.printRecord(s.source(), "duplicate groups", "name and date of birth", s.duplicateGroups(), "");
                for (var c : s.conflicts().entrySet()) {
                    csv.printRecord(s.source(), "conflicts with other sources", c.getKey(), c.getValue(), "");
                }
                for (var r : s.reportedByUsers().entrySet()) {
                    csv.printRecord(s.source(), "problems reported by users", inWords(r.getKey()), r.getValue(), "");
                }
            }
        }
    }
}
