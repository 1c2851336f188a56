/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.household;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-forms every household from the persons' addresses and dates, and the ties their living together suggests
 * (docs/graph-model.md, "Households" and "Inferred ties"). A full recompute: households that no longer result are
 * removed, and every inferred tie is made again. Run it after persons are resolved; records that belong to no
 * person yet are left out.
 *
 * <p>Addresses are read one at a time with their residents (a stream, never the whole graph at once), and
 * households are written in batches as they form; a household the data still say the same about is left as it is.
 */
public final class HouseholdBuilder {

    private static final Logger log = LoggerFactory.getLogger(HouseholdBuilder.class);

    static final int BATCH = 5_000;

    private static final String READ_LOAD_RUNS =
            "MATCH (r:LoadRun) WHERE r.stamp IS NOT NULL RETURN r.stamp AS stamp, r.startedAt AS startedAt";

    private static final String READ_RESIDENCES = """
            MATCH (a:Address)
            CALL (a) {
              MATCH (a)<-[l:LIVED_AT]-(:Record)-[:PART_OF]->(p:Person)
              RETURN collect([p.id, p.birthDate, p.deathDate, l.fromDate, l.toDate, coalesce(l.current, true),
                              l.lastSeenRun]) AS residences
            }
            WITH a, residences WHERE size(residences) > 0
            RETURN a.key AS key, residences
            """;

    // A household the data still say the same about (same hash, all its members there) is not written again.
    private static final String WRITE_HOUSEHOLDS = """
            UNWIND $rows AS row
            MERGE (h:Household {id: row.id})
            WITH h, row
            WHERE h.buildHash IS NULL OR h.buildHash <> row.hash
               OR COUNT { (h)<-[:MEMBER_OF]-(:Person) } <> size(row.members)
            SET h.from = row.from, h.to = row.to, h.buildHash = row.hash
            WITH h, row
            CALL (h) { MATCH (h)<-[m:MEMBER_OF]-() DELETE m }
            CALL (h) { MATCH (h)-[at:AT]->() DELETE at }
            CALL (h, row) { MATCH (a:Address {key: row.address}) CREATE (h)-[:AT]->(a) }
            CALL (h, row) {
              UNWIND row.members AS m
              MATCH (p:Person {id: m.person})
              CREATE (p)-[:MEMBER_OF {from: m.from, to: m.to}]->(h)
            }
            RETURN count(*) AS changed
            """;

    private static final String READ_HOUSEHOLD_IDS = "MATCH (h:Household) RETURN h.id AS id";

    private static final String REMOVE_HOUSEHOLDS =
            "UNWIND $ids AS id MATCH (h:Household {id: id}) DETACH DELETE h RETURN count(*) AS removed";

    // A pair with a tie a source recorded (or a person recorded between the persons) needs no guess; nor do two
    // children a source records with the same parent, who are siblings already. A pair's tie that is already as
    // inferred is left alone; any other tie between them is replaced (or, when recorded, removed).
    private static final String WRITE_INFERRED_TIES = """
            UNWIND $rows AS row
            MATCH (a:Person {id: row.from})
            MATCH (b:Person {id: row.to})
            OPTIONAL MATCH (a)-[old:INFERRED_TIE]-(b)
            WITH a, b, row, collect(old) AS olds
            WITH a, b, row, olds,
                 EXISTS {
                   (a)<-[:PART_OF]-(:Record)-[:PARENT_OF|PARTNER_OF|SIBLING_OF|RELATIVE_OF|SIGNIFICANT_OTHER_OF]-(:Record)
                     -[:PART_OF]->(b) }
                 OR EXISTS { (a)-[t]-(b) WHERE type(t) <> 'INFERRED_TIE' }
                 OR (row.properties.kind = 'possible_sibling' AND EXISTS {
                   (a)<-[:PART_OF]-(:Record)<-[:PARENT_OF]-(:Record)-[:PART_OF]->(parent:Person)
                   WHERE EXISTS { (parent)<-[:PART_OF]-(:Record)-[:PARENT_OF]->(:Record)-[:PART_OF]->(b) } }) AS recorded
            WITH a, b, row, olds, recorded,
                 NOT recorded AND size(olds) = 1 AND olds[0].buildHash = row.hash AND startNode(olds[0]) = a AS same
            FOREACH (old IN CASE WHEN same THEN [] ELSE olds END | DELETE old)
            FOREACH (_ IN CASE WHEN recorded OR same THEN [] ELSE [1] END |
              CREATE (a)-[t:INFERRED_TIE]->(b)
              SET t = row.properties, t.buildHash = row.hash)
            RETURN count(CASE WHEN NOT recorded THEN 1 END) AS present,
                   count(CASE WHEN NOT recorded AND NOT same THEN 1 END) AS written,
                   sum(CASE WHEN recorded THEN size(olds) ELSE 0 END) AS removed
            """;

    private static final String READ_INFERRED_TIES =
            "MATCH (a:Person)-[t:INFERRED_TIE]->(b:Person) RETURN a.id AS a, b.id AS b, elementId(t) AS tie";

    private static final String REMOVE_INFERRED_TIES =
            "UNWIND $ties AS id MATCH ()-[t:INFERRED_TIE]->() WHERE elementId(t) = id DELETE t RETURN count(*) AS n";

    private final Driver driver;
    private final LocalDate today;

    HouseholdBuilder(Driver driver, LocalDate today) {
        this.driver = driver;
        this.today = today;
    }

    /** Re-forms every household and inferred tie in the graph the driver reaches. */
    public static Counts rebuild(Driver driver) {
        return new HouseholdBuilder(driver, LocalDate.now(Clock.systemDefaultZone())).rebuild();
    }

    /**
     * @param households households formed (a person living alone is a household of one)
     * @param memberships {@code MEMBER_OF} links: one per continuous stay of a person in a household
     * @param inferredTies inferred ties in the graph after the run
     * @param householdsWritten households created or changed; the others were already as formed
     * @param householdsRemoved households of an earlier run that no longer result
     * @param inferredTiesWritten inferred ties created or changed; the others were already as inferred
     * @param inferredTiesRemoved inferred ties of an earlier run that no longer result or are now recorded
     * @param tiesSuppressed ties suggested but not stored, because a source records a tie between the two
     * @param addressesSkipped addresses that do not identify one home (no UPRN, and no first line or no postcode)
     */
    public record Counts(
            long households,
            long memberships,
            long inferredTies,
            long householdsWritten,
            long householdsRemoved,
            long inferredTiesWritten,
            long inferredTiesRemoved,
            long tiesSuppressed,
            long addressesSkipped) {}

    Counts rebuild() {
        long started = System.nanoTime();
        var lastSeen = loadRunDays();
        var formed = new HashSet<String>();
        var coResidence = new CoResidence();
        var batch = new ArrayList<Map<String, Object>>(BATCH);
        long memberships = 0;
        long written = 0;
        long skipped = 0;
        try (var session = driver.session(
                SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            var result = session.run(READ_RESIDENCES);
            while (result.hasNext()) {
                var row = result.next();
                var key = row.get("key").asString();
                if (!identifiesOneHome(key)) {
                    skipped++;
                    continue;
                }
                var stays = new ArrayList<Stay>();
                for (var r : row.get("residences").asList(Value::asList)) {
                    Stay.of(residence(r, lastSeen), today).ifPresent(stays::add);
                }
                if (stays.isEmpty()) {
                    continue;
                }
                for (var household : HouseholdFormation.form(key, stays)) {
                    formed.add(household.id());
                    memberships += household.stays().size();
                    coResidence.add(household);
                    batch.add(HouseholdRows.of(household));
                    if (batch.size() == BATCH) {
                        written += writeHouseholds(batch);
                        batch = new ArrayList<>(BATCH);
                    }
                }
            }
        }
        written += writeHouseholds(batch);
        long householdsDone = System.nanoTime();
        long removed = removeHouseholdsNotFormed(formed);
        var suggested = coResidence.ties();
        var ties = writeInferredTies(suggested);
        var counts = new Counts(
                formed.size(),
                memberships,
                ties.present(),
                written,
                removed,
                ties.written(),
                ties.removed(),
                suggested.size() - ties.present(),
                skipped);
        log.info(
                "Households: {} formed ({} written, {} removed), {} memberships; {} inferred ties ({} written, {}"
                        + " removed, {} not stored because recorded); {} addresses skipped; {} s ({} s households)",
                counts.households(),
                counts.householdsWritten(),
                counts.householdsRemoved(),
                counts.memberships(),
                counts.inferredTies(),
                counts.inferredTiesWritten(),
                counts.inferredTiesRemoved(),
                counts.tiesSuppressed(),
                counts.addressesSkipped(),
                seconds(System.nanoTime() - started),
                seconds(householdsDone - started));
        return counts;
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
    }

    /**
     * A UPRN is one property; otherwise a home needs both a first line and a postcode. A postcode alone covers a
     * street, and a first line alone ("12 High Street") can be in any town: people there did not live together.
     */
    static boolean identifiesOneHome(String addressKey) {
        if (addressKey.startsWith("uprn:")) {
            return true;
        }
        return addressKey.startsWith("addr:") && !addressKey.startsWith("addr:|") && !addressKey.endsWith("|");
    }

    private static Residence residence(List<Object> r, Map<Long, LocalDate> lastSeen) {
        var run = r.get(6) instanceof Number n ? lastSeen.get(n.longValue()) : null;
        return new Residence(
                (String) r.get(0),
                text(r.get(1)),
                text(r.get(2)),
                text(r.get(3)),
                text(r.get(4)),
                Boolean.TRUE.equals(r.get(5)),
                run);
    }

    private static String text(Object value) {
        return value instanceof String s ? s : null;
    }

    /** The day of each load run, by stamp: the last day a source held an address it has since dropped. */
    private Map<Long, LocalDate> loadRunDays() {
        var days = new HashMap<Long, LocalDate>();
        try (var session = driver.session()) {
            session.executeRead(tx -> tx.run(READ_LOAD_RUNS).list()).forEach(row -> {
                try {
                    days.put(
                            row.get("stamp").asLong(),
                            LocalDate.ofInstant(
                                    Instant.parse(row.get("startedAt").asString()), ZoneOffset.UTC));
                } catch (DateTimeParseException | org.neo4j.driver.exceptions.value.Uncoercible e) {
                    log.debug("Load run without a readable start: {}", e.getMessage());
                }
            });
        }
        return days;
    }

    private long writeHouseholds(List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        try (var session = driver.session()) {
            return session.executeWrite(tx -> tx.run(WRITE_HOUSEHOLDS, Map.of("rows", rows))
                    .single()
                    .get("changed")
                    .asLong());
        }
    }

    private long removeHouseholdsNotFormed(Set<String> formed) {
        var stale = new ArrayList<String>();
        try (var session = driver.session(
                SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            session.run(READ_HOUSEHOLD_IDS).forEachRemaining(row -> {
                var id = row.get("id").asString(null);
                if (id != null && !formed.contains(id)) {
                    stale.add(id);
                }
            });
        }
        long removed = 0;
        try (var session = driver.session()) {
            for (int from = 0; from < stale.size(); from += BATCH) {
                var ids = stale.subList(from, Math.min(stale.size(), from + BATCH));
                removed += session.executeWrite(tx -> tx.run(REMOVE_HOUSEHOLDS, Map.of("ids", ids))
                        .single()
                        .get("removed")
                        .asLong());
            }
        }
        return removed;
    }

    private TieCounts writeInferredTies(List<InferredTie> ties) {
        long present = 0;
        long written = 0;
        long removed = 0;
        var pairs = new HashSet<String>(ties.size() * 2);
        try (var session = driver.session()) {
            for (int from = 0; from < ties.size(); from += BATCH) {
                var rows = ties.subList(from, Math.min(ties.size(), from + BATCH)).stream()
                        .peek(t -> pairs.add(pairKey(t.from(), t.to())))
                        .map(HouseholdRows::of)
                        .toList();
                var counts = session.executeWrite(
                        tx -> tx.run(WRITE_INFERRED_TIES, Map.of("rows", rows)).single());
                present += counts.get("present").asLong();
                written += counts.get("written").asLong();
                removed += counts.get("removed").asLong();
            }
        }
        var stale = new ArrayList<String>();
        try (var session = driver.session(
                SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            session.run(READ_INFERRED_TIES).forEachRemaining(row -> {
                if (!pairs.contains(
                        pairKey(row.get("a").asString(), row.get("b").asString()))) {
                    stale.add(row.get("tie").asString());
                }
            });
        }
        try (var session = driver.session()) {
            for (int from = 0; from < stale.size(); from += BATCH) {
                var batch = stale.subList(from, Math.min(stale.size(), from + BATCH));
                removed += session.executeWrite(tx -> tx.run(REMOVE_INFERRED_TIES, Map.of("ties", batch))
                        .single()
                        .get("n")
                        .asLong());
            }
        }
        return new TieCounts(present, written, removed);
    }

    /** The same for a pair either way round: a tie whose direction changed replaces the old one. */
    private static String pairKey(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    private record TieCounts(long present, long written, long removed) {}
}
