/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import org.familycontext.model.record.RecordKey;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an incremental run reads: the records created or changed since the last run, the records that could be the
 * same person as one of them, and every record of those records' persons (so that joining a new record to a person
 * is checked against all that person's records). Found through indexes, so a run costs the size of the new extract
 * and its neighbourhood, not of the graph.
 *
 * <p>The neighbourhood query finds, for each new record, every record that shares a key of one of the standard
 * blocking rules with it, and some more (any address it ever had, not only its latest); blocking then runs on
 * these records as on all of them. A test checks that it gives the same links as reading every record.
 */
final class IncrementalInput {

    private static final Logger log = LoggerFactory.getLogger(IncrementalInput.class);

    private static final int BATCH = 1_000;

    // Only sources loaded since can hold records changed since; each is read through the prefix of the record key
    // index (no index on changedRun: kept up through every load, it would slow every load for this one look-up).
    private static final String FRESH = """
            MATCH (l:LoadRun) WHERE l.stamp > $since
            WITH DISTINCT l.source AS source
            MATCH (r:Record) WHERE r.source = source AND r.changedRun > $since
              AND coalesce(r.current, true) AND r.sourceId IS NOT NULL
            RETURN\s""" + MatchRecords.COLUMNS;

    // The new record itself (so that a changed record's person is read whole), then one branch per standard
    // blocking rule (see BlockingRule.standard); the two rules on date of birth and a name sound share one look-up.
    private static final String NEIGHBOURHOOD = """
            UNWIND $fresh AS f
            CALL (f) {
              MATCH (r:Record {source: f.source, sourceId: f.sourceId}) RETURN r
              UNION
              MATCH (r:Record) WHERE r.nhsNumber = f.nhsNumber RETURN r
              UNION
              MATCH (r:Record) WHERE r.upn = f.upn RETURN r
              UNION
              MATCH (r:Record) WHERE r.caseId = f.caseId RETURN r
              UNION
              MATCH (r:Record) WHERE r.birthDate = f.birthDate
                AND (r.surnameSound = f.surnameSound OR r.forenameSound = f.forenameSound)
              RETURN r
              UNION
              MATCH (r:Record) WHERE r.forenameSound = f.forenameSound AND r.surnameSound = f.surnameSound
                AND r.birthDate STARTS WITH f.birthYear
              RETURN r
              UNION
              MATCH (:Address {postcode: f.postcode})<-[:LIVED_AT]-(r:Record)
              WHERE r.forenameSound = f.forenameSound OR r.birthDate = f.birthDate
              RETURN r
            }
            WITH DISTINCT r
            CALL (r) {
              OPTIONAL MATCH (r)-[:PART_OF]->(p:Person)
              OPTIONAL MATCH (p)<-[:PART_OF]-(m:Record)
              RETURN coalesce(m, r) AS member, p.id AS person
            }
            WITH DISTINCT member AS r, person WHERE coalesce(r.current, true) AND r.sourceId IS NOT NULL
            RETURN person,\s""" + MatchRecords.COLUMNS;

    private IncrementalInput() {}

    static LinkInput read(Driver driver, long sinceLoadStamp) {
        long started = System.nanoTime();
        var records = new ArrayList<MatchRecord>();
        var indexOf = new HashMap<RecordKey, Integer>();
        var lookups = new ArrayList<Map<String, Object>>();
        try (var session = driver.session()) {
            session.executeRead(tx -> {
                tx.run(FRESH, Map.of("since", sinceLoadStamp)).forEachRemaining(row -> {
                    var record = MatchRecords.of(records.size(), row);
                    records.add(record);
                    indexOf.put(record.key(), record.index());
                    lookups.add(lookup(record));
                });
                return null;
            });
        }
        var fresh = new BitSet();
        fresh.set(0, records.size());
        // Two readers at once (the look-ups are independent); the rows are placed in the run in batch order.
        var batches = new ArrayList<List<Map<String, Object>>>();
        for (int from = 0; from < lookups.size(); from += BATCH) {
            batches.add(lookups.subList(from, Math.min(lookups.size(), from + BATCH)));
        }
        List<List<Neighbour>> found;
        try (var pool = Executors.newFixedThreadPool(2)) {
            var futures = batches.stream()
                    .map(batch -> pool.submit(() -> neighbours(driver, batch)))
                    .toList();
            found = new ArrayList<>();
            for (var future : futures) {
                found.add(future.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading records", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "reading records failed: " + e.getCause().getMessage(), e.getCause());
        }
        var personOf = new LinkedHashMap<String, List<Integer>>();
        for (var batch : found) {
            for (var neighbour : batch) {
                var key = neighbour.record().key();
                var index = indexOf.get(key);
                if (index == null) {
                    index = records.size();
                    records.add(neighbour.record().withIndex(index));
                    indexOf.put(key, index);
                }
                if (neighbour.person() != null) {
                    var members = personOf.computeIfAbsent(neighbour.person(), p -> new ArrayList<>());
                    if (!members.contains(index)) {
                        members.add(index);
                    }
                }
            }
        }
        // The persons as they stand hold together: they are what the accepted links formed.
        var accepted = new ArrayList<int[]>();
        for (var members : personOf.values()) {
            for (int i = 1; i < members.size(); i++) {
                accepted.add(new int[] {members.get(0), members.get(i)});
            }
        }
        var decided = LinkInput.decided(driver, indexOf);
        log.info(
                "Read {} records new or changed since load {} and {} around them in {} ms",
                fresh.cardinality(),
                sinceLoadStamp,
                records.size() - fresh.cardinality(),
                (System.nanoTime() - started) / 1_000_000);
        return new LinkInput(
                records, indexOf, new Linker.Settled(decided.confirmed(), decided.rejected(), accepted, fresh));
    }

    /** A record around the new ones, with the person it is in (null when in none). */
    private record Neighbour(MatchRecord record, String person) {}

    private static List<Neighbour> neighbours(Driver driver, List<Map<String, Object>> batch) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(NEIGHBOURHOOD, Map.of("fresh", batch))
                    .list(row -> new Neighbour(
                            MatchRecords.of(-1, row),
                            row.get("person").isNull()
                                    ? null
                                    : row.get("person").asString())));
        }
    }

    /** The keys a new record is looked up by: one per blocking rule's fields. */
    private static Map<String, Object> lookup(MatchRecord record) {
        var f = new HashMap<String, Object>();
        f.put("source", record.key().source());
        f.put("sourceId", record.key().sourceId());
        f.put("nhsNumber", record.nhsNumber());
        f.put("upn", record.upn());
        f.put("caseId", record.caseId());
        var date = record.birthDate();
        f.put("birthDate", date != null && date.length() == 10 ? date : null);
        f.put("birthYear", date == null || date.length() < 4 ? null : date.substring(0, 4));
        f.put("forenameSound", record.forenameSound());
        f.put("surnameSound", record.surnameSound());
        f.put("postcode", record.postcode());
        return f;
    }
}
