/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.familycontext.model.record.RecordKey;
import org.neo4j.driver.Driver;

/**
 * Writes the pairs that evaluation found wrong, side by side, for whoever tunes the model: records put in one
 * person that the truth says are two people ("false"), and records of one person left in two ("missed"), with the
 * link between them if any. Synthetic data only: the truth exists only for generated councils and checked samples.
 */
public final class ErrorExamples {

    private static final String PAIRS = """
            UNWIND $pairs AS p
            MATCH (a:Record {source: p[0], sourceId: p[1]}), (b:Record {source: p[2], sourceId: p[3]})
            OPTIONAL MATCH (a)-[s:SAME_AS]-(b)
            RETURN p[4] AS kind, a.source AS s1, a.sourceId AS i1, b.source AS s2, b.sourceId AS i2,
                   [a.forename, a.surname, a.birthDate, a.sex, a.nhsNumber, a.upn, a.caseId] AS fa,
                   [b.forename, b.surname, b.birthDate, b.sex, b.nhsNumber, b.upn, b.caseId] AS fb,
                   [(a)-[:LIVED_AT]->(x) | x.postcode][0] AS pa, [(b)-[:LIVED_AT]->(x) | x.postcode][0] AS pb,
                   s.status AS status, s.probability AS probability, s.refusedBecause AS refused
            """;

    private ErrorExamples() {}

    /** Writes up to {@code limit} examples of each kind to a CSV file. */
    public static void write(Driver driver, Truth truth, Map<RecordKey, String> personOf, int limit, Path out)
            throws IOException {
        var byPerson = new HashMap<String, List<RecordKey>>();
        var byEntity = new HashMap<String, List<RecordKey>>();
        personOf.forEach((key, person) -> {
            var entity = truth.entityOf().get(key);
            if (entity != null) {
                byPerson.computeIfAbsent(person, p -> new ArrayList<>()).add(key);
                byEntity.computeIfAbsent(entity, e -> new ArrayList<>()).add(key);
            }
        });
        var pairs = new ArrayList<List<String>>();
        collect(byPerson, k -> truth.entityOf().get(k), "false", limit, pairs);
        collect(byEntity, personOf::get, "missed", limit, pairs);
        var format = CSVFormat.DEFAULT
                .builder()
                .setHeader(
                        "kind",
                        "record1",
                        "record2",
                        "forename1",
                        "forename2",
                        "surname1",
                        "surname2",
                        "birthDate1",
                        "birthDate2",
                        "sex1",
                        "sex2",
                        "nhs1",
                        "nhs2",
                        "upn1",
                        "upn2",
                        "case1",
                        "case2",
                        "postcode1",
                        "postcode2",
                        "linkStatus",
                        "probability",
                        "refusedBecause")
                .get();
        try (var session = driver.session();
                var writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                var printer = format.print(writer)) {
            var rows = session.executeRead(
                    tx -> tx.run(PAIRS, Map.of("pairs", pairs)).list());
            for (var row : rows) {
                var a = row.get("fa").asList(v -> v.isNull() ? "" : v.asString());
                var b = row.get("fb").asList(v -> v.isNull() ? "" : v.asString());
                var cells = new ArrayList<Object>();
                cells.add(row.get("kind").asString());
                cells.add(row.get("s1").asString() + ":" + row.get("i1").asString());
                cells.add(row.get("s2").asString() + ":" + row.get("i2").asString());
                for (int i = 0; i < a.size(); i++) {
                    cells.add(a.get(i));
                    cells.add(b.get(i));
                }
                cells.add(row.get("pa").isNull() ? "" : row.get("pa").asString());
                cells.add(row.get("pb").isNull() ? "" : row.get("pb").asString());
                cells.add(row.get("status").isNull() ? "" : row.get("status").asString());
                cells.add(
                        row.get("probability").isNull()
                                ? ""
                                : row.get("probability").asDouble());
                cells.add(row.get("refused").isNull() ? "" : row.get("refused").asString());
                printer.printRecord(cells);
            }
        }
    }

    /** Pairs inside one group whose other label differs: wrongly together, or wrongly apart. */
    private static void collect(
            Map<String, List<RecordKey>> groups,
            java.util.function.Function<RecordKey, String> label,
            String kind,
            int limit,
            List<List<String>> out) {
        int found = 0;
        for (var group : groups.values()) {
            for (int i = 0; i < group.size() && found < limit; i++) {
                for (int j = i + 1; j < group.size() && found < limit; j++) {
                    var a = group.get(i);
                    var b = group.get(j);
                    if (!label.apply(a).equals(label.apply(b))) {
                        out.add(List.of(a.source(), a.sourceId(), b.source(), b.sourceId(), kind));
                        found++;
                    }
                }
            }
        }
    }
}
