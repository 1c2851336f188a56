/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.household;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.value.Uncoercible;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-forms every household from the persons' addresses and dates, and the ties their living together suggests
 * (docs/graph-model.md, "Households" and "Inferred ties"). A full recompute: households that no longer result and
 * ties no longer suggested are removed. Run it after persons are resolved (records that belong to no person yet
 * are left out), and one at a time.
 *
 * <p>The graph is read in streams (addresses one at a time with their residents, never the whole graph at once),
 * and only what changed is written, in batches: a rebuild on unchanged data writes nothing.
 */
public final class HouseholdBuilder {

    private static final Logger log = LoggerFactory.getLogger(HouseholdBuilder.class);

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
     * @param inferredTiesRemoved inferred ties of an earlier run no longer suggested, or now recorded
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
        var households = new HouseholdWriter(driver);
        var coResidence = new CoResidence();
        long memberships = 0;
        long skipped = 0;
        try (var session = driver.session(Batches.streamedRead())) {
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
                    memberships += household.stays().size();
                    coResidence.add(household);
                    households.add(household);
                }
            }
        }
        long removed = households.finish();
        long householdsDone = System.nanoTime();
        var ties = InferredTieWriter.write(driver, coResidence.ties(), RecordedTies.read(driver));
        var counts = new Counts(
                households.formed(),
                memberships,
                ties.present(),
                households.written(),
                removed,
                ties.written(),
                ties.removed(),
                ties.suppressed(),
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
                } catch (DateTimeParseException | Uncoercible e) {
                    log.debug("Load run without a readable start: {}", e.getMessage());
                }
            });
        }
        return days;
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
    }
}
