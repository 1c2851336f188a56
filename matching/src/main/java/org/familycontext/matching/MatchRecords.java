/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching;

import java.util.ArrayList;
import java.util.List;
import org.familycontext.model.record.RecordKey;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/** Reads every current record with its latest address, streaming, into the linker's form. */
public final class MatchRecords {

    private static final String READ = """
            MATCH (r:Record) WHERE coalesce(r.current, true) AND r.sourceId IS NOT NULL
            CALL (r) {
              OPTIONAL MATCH (r)-[l:LIVED_AT]->(a:Address) WHERE coalesce(l.current, true)
              RETURN a ORDER BY l.toDate IS NULL DESC, l.fromDate DESC LIMIT 1
            }
            RETURN r.source AS source, r.sourceId AS sourceId, r.forename AS forename, r.surname AS surname,
                   r.previousSurnames AS previousSurnames, r.birthDate AS birthDate, r.sex AS sex,
                   r.nhsNumber AS nhsNumber, r.upn AS upn, r.caseId AS caseId,
                   a.postcode AS postcode, a.uprn AS uprn, a.lines AS lines
            """;

    private MatchRecords() {}

    public static List<MatchRecord> read(Driver driver) {
        var records = new ArrayList<MatchRecord>();
        try (var session = driver.session()) {
            session.executeRead(tx -> {
                tx.run(READ)
                        .forEachRemaining(row -> records.add(MatchRecord.of(
                                records.size(),
                                new RecordKey(
                                        row.get("source").asString(),
                                        row.get("sourceId").asString()),
                                text(row.get("forename")),
                                text(row.get("surname")),
                                row.get("previousSurnames").isNull()
                                        ? List.of()
                                        : row.get("previousSurnames").asList(Value::asString),
                                text(row.get("birthDate")),
                                text(row.get("sex")),
                                text(row.get("postcode")),
                                text(row.get("uprn")),
                                text(row.get("lines")),
                                text(row.get("nhsNumber")),
                                text(row.get("upn")),
                                text(row.get("caseId")))));
                return null;
            });
        }
        return records;
    }

    private static String text(Value value) {
        return value.isNull() ? null : value.asString();
    }
}
