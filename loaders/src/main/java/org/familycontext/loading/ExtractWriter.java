/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.loading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a batch of mapped rows in one transaction and tells, row by row, whether each was new, changed or
 * unchanged, or could not be written because the record it belongs to is not in the source. Every element it
 * touches is stamped with the run's ID, which is how a snapshot load later finds what the source no longer
 * holds; a record created or changed (its row, or an address of its) is also stamped {@code changedRun}, which is
 * how an incremental linking run finds what to link. Properties are only rewritten when the row's hash differs, so a reload of an unchanged extract is
 * mostly reads.
 */
final class ExtractWriter {

    private static final Logger log = LoggerFactory.getLogger(ExtractWriter.class);

    enum Outcome {
        LOADED,
        UPDATED,
        UNCHANGED,
        NO_SUCH_RECORD
    }

    // A changed record with the address and involvement of its row in one pass (the record looked up once, not
    // once per entity). Rows reach it after LOOK_UP_RECORDS: records that exist and changed, and a key met a
    // second time in one batch, which may be unchanged: then only the record is stamped. The address and
    // involvement carry the row's hash, which is how a snapshot knows they are still there (LoadRuns.markNotSeen).
    private static final String RECORDS = """
            UNWIND $rows AS row
            MERGE (r:Record {source: $source, sourceId: row.id})
            WITH r, row, r.loadHash AS before, coalesce(r.current, true) AS wasCurrent
            WITH r, row, before, wasCurrent, before IS NULL OR before <> row.hash OR NOT wasCurrent AS changed
            SET r.lastSeenRun = $run
            FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
              SET r += row.properties, r.loadHash = row.hash, r.changedRun = $run
              REMOVE r.current)
            FOREACH (ad IN CASE WHEN changed AND row.address IS NOT NULL THEN [row.address] ELSE [] END |
              MERGE (a:Address {key: ad.key})
                ON CREATE SET a.uprn = ad.uprn, a.lines = ad.lines, a.postcode = ad.postcode
              MERGE (r)-[l:LIVED_AT {period: coalesce(ad.fromDate, '')}]->(a)
              SET l.fromDate = ad.fromDate, l.toDate = ad.toDate,
                  l.lines = CASE WHEN ad.lines = a.lines THEN null ELSE ad.lines END,
                  l.loadHash = row.hash, l.lastSeenRun = $run
              REMOVE l.current)
            FOREACH (inv IN CASE WHEN changed AND row.involvement IS NOT NULL THEN [row.involvement] ELSE [] END |
              MERGE (i:ServiceInvolvement {source: $source, sourceId: inv.id})
              MERGE (r)-[:HAS_INVOLVEMENT]->(i)
              SET i += inv.properties, i.loadHash = row.hash, i.lastSeenRun = $run
              REMOVE i.current)
            RETURN row.index AS index, before IS NULL AS created, before = row.hash AND wasCurrent AS same
            """;

    // Every record row is first looked up by its key alone (key and hash sent, not the row). A reload of an
    // unchanged extract is mostly this: rows whose record already holds the row's hash are only stamped as seen.
    private static final String LOOK_UP_RECORDS = """
            UNWIND $rows AS row
            OPTIONAL MATCH (r:Record {source: $source, sourceId: row.id})
            WITH row, r, r IS NOT NULL AND r.loadHash = row.hash AND coalesce(r.current, true) AS same
            FOREACH (_ IN CASE WHEN same THEN [1] ELSE [] END | SET r.lastSeenRun = $run)
            RETURN row.index AS index, r IS NOT NULL AS exists, same
            """;

    // A record the graph does not hold yet is created outright: no record look-up and no search for links
    // that a new record cannot have. Addresses and involvements may be shared, so they are still merged. Every
    // row is loaded, so nothing comes back row by row. What is written is kept lean, since a first load is all
    // this: no `current` (absent means current), and the link's address lines only where they differ from the
    // address's own. On a source's first load its involvements are new as well, so they are created too.
    private static final String NEW_RECORDS = """
            UNWIND $rows AS row
            CREATE (r:Record {source: $source, sourceId: row.id})
            SET r += row.properties, r.loadHash = row.hash, r.lastSeenRun = $run, r.changedRun = $run
            FOREACH (ad IN CASE WHEN row.address IS NOT NULL THEN [row.address] ELSE [] END |
              MERGE (a:Address {key: ad.key})
                ON CREATE SET a.uprn = ad.uprn, a.lines = ad.lines, a.postcode = ad.postcode
              CREATE (r)-[:LIVED_AT {period: coalesce(ad.fromDate, ''), fromDate: ad.fromDate, toDate: ad.toDate,
                  lines: CASE WHEN ad.lines = a.lines THEN null ELSE ad.lines END, loadHash: row.hash,
                  lastSeenRun: $run}]->(a))
            FOREACH (inv IN CASE WHEN row.involvement IS NOT NULL THEN [row.involvement] ELSE [] END |
              MERGE_OR_CREATE (i:ServiceInvolvement {source: $source, sourceId: inv.id})
              CREATE (r)-[:HAS_INVOLVEMENT]->(i)
              SET i += inv.properties, i.loadHash = row.hash, i.lastSeenRun = $run)
            RETURN count(*) AS written
            """;

    private static final String ADDRESSES = """
            UNWIND $rows AS row
            MATCH (r:Record {source: $source, sourceId: row.recordId})
            MERGE (a:Address {key: row.key})
              ON CREATE SET a.uprn = row.uprn, a.lines = row.lines, a.postcode = row.postcode
            MERGE (r)-[l:LIVED_AT {period: coalesce(row.fromDate, '')}]->(a)
            WITH r, l, a, row, l.loadHash AS before
            SET l.lastSeenRun = $run
            REMOVE l.current
            FOREACH (_ IN CASE WHEN before IS NULL OR before <> row.hash THEN [1] ELSE [] END |
              SET l.fromDate = row.fromDate, l.toDate = row.toDate,
                  l.lines = CASE WHEN row.lines = a.lines THEN null ELSE row.lines END, l.loadHash = row.hash,
                  r.changedRun = $run)
            RETURN row.index AS index, before IS NULL AS created, before = row.hash AS same
            """;

    private static final String INVOLVEMENTS = """
            UNWIND $rows AS row
            MATCH (r:Record {source: $source, sourceId: row.recordId})
            MERGE (i:ServiceInvolvement {source: $source, sourceId: row.id})
            MERGE (r)-[:HAS_INVOLVEMENT]->(i)
            WITH i, row, i.loadHash AS before
            SET i.lastSeenRun = $run
            REMOVE i.current
            FOREACH (_ IN CASE WHEN before IS NULL OR before <> row.hash THEN [1] ELSE [] END |
              SET i += row.properties, i.loadHash = row.hash)
            RETURN row.index AS index, before IS NULL AS created, before = row.hash AS same
            """;

    // Ties and address links are keyed by their start as well: a child fostered twice by the same carers, or a
    // family that moved back to an old address, has two periods, so two links.
    private static final String TIES = """
            UNWIND $rows AS row
            MATCH (a:Record {source: $source, sourceId: row.fromId})
            MATCH (b:Record {source: $source, sourceId: row.toId})
            MERGE (a)-[t:%s {source: $source, kind: row.kind, period: coalesce(row.fromDate, '')}]->(b)
            WITH t, row, t.loadHash AS before
            SET t.lastSeenRun = $run
            REMOVE t.current
            FOREACH (_ IN CASE WHEN before IS NULL OR before <> row.hash THEN [1] ELSE [] END |
              SET t.fromDate = row.fromDate, t.toDate = row.toDate, t.inferred = false, t.loadHash = row.hash,
                  t.parentalResponsibility = row.parentalResponsibility)
            RETURN row.index AS index, before IS NULL AS created, before = row.hash AS same
            """;

    private final CypherRunner cypher;

    ExtractWriter(CypherRunner cypher) {
        this.cypher = cypher;
    }

    /**
     * Writes the rows; returns each row's outcome, in the rows' order. A row's outcome is its first entity's
     * (record, else involvement, else tie, else address): the hash covers the whole row, so that entity speaks
     * for it. Rows are told apart by their place in the batch, not their line: rows of an XML file may share one.
     */
    List<Outcome> write(String source, long stamp, List<MappedRow> rows) {
        return write(source, stamp, rows, false);
    }

    /**
     * @param sourceWasEmpty the graph held nothing of this source when the run began (its first load): then
     *     nothing is looked up, every record and involvement is created outright. Should a key come twice in
     *     the extract, in two batches, the second batch fails on the key's uniqueness constraint, is rolled
     *     back, and is written again the careful way.
     */
    List<Outcome> write(String source, long stamp, List<MappedRow> rows, boolean sourceWasEmpty) {
        if (sourceWasEmpty) {
            try {
                return cypher.inWriteTransaction(tx -> new Batch(tx, source, stamp, true).write(rows));
            } catch (RuntimeException e) {
                log.debug("{}: a batch of a first load is written again with look-ups: {}", source, e.toString());
            }
        }
        return cypher.inWriteTransaction(tx -> new Batch(tx, source, stamp, false).write(rows));
    }

    /** One transaction's worth of statements, collecting the rows' outcomes. */
    private static final class Batch {
        private final CypherRunner.Statements tx;
        private final String source;
        private final long stamp;
        private final boolean sourceWasEmpty;
        private final Map<MappedRow, Integer> indexes = new IdentityHashMap<>();
        private Outcome[] outcomes;

        Batch(CypherRunner.Statements tx, String source, long stamp, boolean sourceWasEmpty) {
            this.tx = tx;
            this.source = source;
            this.stamp = stamp;
            this.sourceWasEmpty = sourceWasEmpty;
        }

        List<Outcome> write(List<MappedRow> rows) {
            outcomes = new Outcome[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                indexes.put(rows.get(i), i);
            }
            var fresh = sourceWasEmpty ? firstOfEachKey(rows) : lookUpRecords(rows);
            createRecords(rows, fresh);
            statement(
                    RECORDS,
                    rows,
                    r -> r.record() != null && outcomes[indexes.get(r)] == null,
                    row -> recordParameters(row, false));
            statement(
                    INVOLVEMENTS,
                    rows,
                    r -> r.record() == null && r.involvement() != null,
                    row -> Map.of(
                            "recordId", row.involvement().record().sourceId(),
                            "id", row.involvement().sourceId(),
                            "properties", row.involvement().properties()));
            var byType = new HashMap<String, List<MappedRow>>();
            rows.stream()
                    .filter(r -> r.tie() != null)
                    .forEach(r -> byType.computeIfAbsent(r.tie().type().name(), t -> new ArrayList<>())
                            .add(r));
            byType.forEach((type, typed) -> statement(TIES.formatted(type), typed, r -> true, Batch::tieParameters));
            statement(
                    ADDRESSES,
                    rows,
                    r -> r.record() == null && r.address() != null,
                    row -> addressParameters(row.address()));
            for (int i = 0; i < outcomes.length; i++) {
                if (outcomes[i] == null) {
                    outcomes[i] = Outcome.NO_SUCH_RECORD;
                }
            }
            return Arrays.asList(outcomes);
        }

        /**
         * Stamps the rows whose record is unchanged (their outcome: UNCHANGED) and returns the rows whose record is
         * not in the graph yet, the first of each key only: a key twice in one batch is merged the second time.
         */
        private Set<MappedRow> lookUpRecords(List<MappedRow> rows) {
            var keys = new ArrayList<Map<String, Object>>();
            for (var row : rows) {
                if (row.record() != null) {
                    keys.add(Map.of("id", row.record().sourceId(), "hash", row.hash(), "index", indexes.get(row)));
                }
            }
            var fresh = Collections.newSetFromMap(new IdentityHashMap<MappedRow, Boolean>());
            if (keys.isEmpty()) {
                return fresh;
            }
            var newIds = new HashSet<String>();
            for (var result : tx.run(LOOK_UP_RECORDS, Map.of("rows", keys, "source", source, "run", stamp))) {
                int index = ((Number) result.get("index")).intValue();
                if (Boolean.TRUE.equals(result.get("same"))) {
                    outcomes[index] = Outcome.UNCHANGED;
                } else if (!Boolean.TRUE.equals(result.get("exists"))
                        && newIds.add(rows.get(index).record().sourceId())) {
                    fresh.add(rows.get(index));
                }
            }
            return fresh;
        }

        /** The rows that carry a record, the first of each key only: a key met again is merged. */
        private static Set<MappedRow> firstOfEachKey(List<MappedRow> rows) {
            var first = Collections.newSetFromMap(new IdentityHashMap<MappedRow, Boolean>());
            var ids = new HashSet<String>();
            for (var row : rows) {
                if (row.record() != null && ids.add(row.record().sourceId())) {
                    first.add(row);
                }
            }
            return first;
        }

        private void createRecords(List<MappedRow> rows, Set<MappedRow> fresh) {
            var batch = new ArrayList<Map<String, Object>>();
            for (var row : rows) {
                if (fresh.contains(row)) {
                    var p = recordParameters(row, true);
                    p.put("hash", row.hash());
                    batch.add(p);
                    outcomes[indexes.get(row)] = Outcome.LOADED;
                }
            }
            if (!batch.isEmpty()) {
                tx.run(
                        NEW_RECORDS.replace("MERGE_OR_CREATE", sourceWasEmpty ? "CREATE" : "MERGE"),
                        Map.of("rows", batch, "source", source, "run", stamp));
            }
        }

        private void statement(
                String cypher,
                List<MappedRow> rows,
                Predicate<MappedRow> applies,
                Function<MappedRow, Map<String, Object>> parameters) {
            var batch = new ArrayList<Map<String, Object>>();
            for (var row : rows) {
                if (applies.test(row)) {
                    var p = new HashMap<>(parameters.apply(row));
                    p.put("index", indexes.get(row));
                    p.put("hash", row.hash());
                    batch.add(p);
                }
            }
            if (batch.isEmpty()) {
                return;
            }
            for (var result : tx.run(cypher, Map.of("rows", batch, "source", source, "run", stamp))) {
                var outcome = Boolean.TRUE.equals(result.get("created"))
                        ? Outcome.LOADED
                        : Boolean.TRUE.equals(result.get("same")) ? Outcome.UNCHANGED : Outcome.UPDATED;
                int index = ((Number) result.get("index")).intValue();
                if (outcomes[index] == null) {
                    outcomes[index] = outcome;
                }
            }
        }

        /**
         * @param fresh for a record not in the graph yet, whose empty fields need not be sent: a changed record's
         *     empty fields are sent as nulls, which remove what an earlier extract held
         */
        private static Map<String, Object> recordParameters(MappedRow row, boolean fresh) {
            var p = new HashMap<String, Object>();
            p.put("id", row.record().sourceId());
            p.put(
                    "properties",
                    fresh
                            ? withoutNulls(row.record().properties())
                            : row.record().properties());
            p.put("address", row.address() == null ? null : addressParameters(row.address()));
            p.put(
                    "involvement",
                    row.involvement() == null
                            ? null
                            : Map.of(
                                    "id",
                                    row.involvement().sourceId(),
                                    "properties",
                                    fresh
                                            ? withoutNulls(row.involvement().properties())
                                            : row.involvement().properties()));
            return p;
        }

        private static Map<String, Object> withoutNulls(Map<String, Object> properties) {
            properties.values().removeIf(java.util.Objects::isNull);
            return properties;
        }

        private static Map<String, Object> tieParameters(MappedRow row) {
            var p = new HashMap<String, Object>();
            p.put("fromId", row.tie().from().sourceId());
            p.put("toId", row.tie().to().sourceId());
            p.put("kind", row.tie().kind());
            p.put("fromDate", row.tie().fromDate());
            p.put("toDate", row.tie().toDate());
            p.put("parentalResponsibility", row.tie().parentalResponsibility());
            return p;
        }

        private static Map<String, Object> addressParameters(LivedAtRow a) {
            var p = new HashMap<String, Object>();
            p.put("recordId", a.record().sourceId());
            p.put("key", a.addressKey());
            p.put("uprn", a.uprn());
            p.put("lines", a.lines());
            p.put("postcode", a.postcode());
            p.put("fromDate", a.fromDate());
            p.put("toDate", a.toDate());
            return p;
        }
    }
}
