/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import org.familycontext.model.record.RecordKey;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/** Reads records with their latest address, streaming, into the linker's form. */
public final class MatchRecords {

    /** What a query returns for a record bound to {@code r}: the columns {@link #of} reads. */
    static final String COLUMNS = """
            r.source AS source, r.sourceId AS sourceId, r.forename AS forename, r.surname AS surname,
            r.previousSurnames AS previousSurnames, r.birthDate AS birthDate, r.sex AS sex,
            r.nhsNumber AS nhsNumber, r.upn AS upn, r.caseId AS caseId,
            r.forenameSound AS storedForenameSound, r.surnameSound AS storedSurnameSound,
            [(r)-[l:LIVED_AT]->(a:Address) WHERE coalesce(l.current, true)
              | [l.toDate, l.fromDate, a.postcode, a.uprn, coalesce(l.lines, a.lines)]] AS addresses
            """;

    private static final String READ = """
            MATCH (r:Record) WHERE coalesce(r.current, true) AND r.sourceId IS NOT NULL
            RETURN\s""" + COLUMNS;

    private MatchRecords() {}

    /** Every current record. */
    public static List<MatchRecord> read(Driver driver) {
        return read(driver, null);
    }

    /**
     * Every current record, in the order the graph holds them (one reader: reading source by source in two threads
     * was no faster, and changed the order in which links of equal weight are tried).
     *
     * @param soundsToStore when not null, marked with the records whose stored name sounds are missing or out of
     *     date (written by an older version, or by hand)
     */
    public static List<MatchRecord> read(Driver driver, BitSet soundsToStore) {
        var records = new ArrayList<MatchRecord>();
        try (var session = driver.session()) {
            session.executeRead(tx -> {
                tx.run(READ).forEachRemaining(row -> {
                    var record = of(records.size(), row);
                    records.add(record);
                    if (soundsToStore != null && !soundsStored(record, row)) {
                        soundsToStore.set(record.index());
                    }
                });
                return null;
            });
        }
        return records;
    }

    /** A row with {@link #COLUMNS} as the record at this place in a run. */
    static MatchRecord of(int index, org.neo4j.driver.Record row) {
        var address = latest(row.get("addresses"));
        return MatchRecord.of(
                index,
                new RecordKey(row.get("source").asString(), row.get("sourceId").asString()),
                text(row.get("forename")),
                text(row.get("surname")),
                row.get("previousSurnames").isNull()
                        ? List.of()
                        : row.get("previousSurnames").asList(Value::asString),
                text(row.get("birthDate")),
                text(row.get("sex")),
                address == null ? null : text(address.get(2)),
                address == null ? null : text(address.get(3)),
                address == null ? null : text(address.get(4)),
                text(row.get("nhsNumber")),
                text(row.get("upn")),
                text(row.get("caseId")));
    }

    /** The postcode of the record's latest address as the graph holds it, or null. */
    static String storedPostcode(org.neo4j.driver.Record row) {
        var address = latest(row.get("addresses"));
        return address == null ? null : text(address.get(2));
    }

    static boolean soundsStored(MatchRecord record, org.neo4j.driver.Record row) {
        return Objects.equals(record.forenameSound(), text(row.get("storedForenameSound")))
                && Objects.equals(record.surnameSound(), text(row.get("storedSurnameSound")));
    }

    /** The address the record lives at now (no end date), else the one it moved to last. */
    private static Value latest(Value addresses) {
        Value best = null;
        for (var address : addresses.values()) {
            if (best == null || later(address, best)) {
                best = address;
            }
        }
        return best;
    }

    private static boolean later(Value x, Value y) {
        boolean xOpen = x.get(0).isNull();
        boolean yOpen = y.get(0).isNull();
        if (xOpen != yOpen) {
            return xOpen;
        }
        var fromX = text(x.get(1));
        var fromY = text(y.get(1));
        return fromX != null && (fromY == null || fromX.compareTo(fromY) > 0);
    }

    private static String text(Value value) {
        return value.isNull() ? null : value.asString();
    }
}
