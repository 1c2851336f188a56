/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.familycontext.matching.LinkOptions;
import org.familycontext.model.PartialDate;
import org.familycontext.model.record.RecordKey;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The pairs waiting for a person: every SAME_AS link with status CANDIDATE that nobody has decided, in the order
 * of {@link ReviewPriority} (most uncertain and most consequential first), a page at a time.
 *
 * <p>The whole queue is read and ranked on every call, because the priority depends on the families around each
 * pair, which any decision or load can change; a queue is as long as the pairs a model could not decide (some
 * thousands in a large council), which reads in well under a second. An offset into the queue is therefore
 * only as stable as the queue: a decision taken between two pages moves the pairs after it up by one.
 */
public final class ReviewQueue {

    public static final int MAX_PAGE = 200;

    private static final String READ_CANDIDATES = """
            MATCH (a:Record)-[s:SAME_AS]->(b:Record)
            WHERE s.status = 'CANDIDATE' AND s.decidedBy IS NULL
            OPTIONAL MATCH (a)-[:PART_OF]->(pa:Person)
            OPTIONAL MATCH (b)-[:PART_OF]->(pb:Person)
            RETURN a.source AS sourceA, a.sourceId AS idA, a.forename AS forenameA, a.surname AS surnameA,
                   a.birthDate AS birthDateA, pa.id AS personA,
                   b.source AS sourceB, b.sourceId AS idB, b.forename AS forenameB, b.surname AS surnameB,
                   b.birthDate AS birthDateB, pb.id AS personB,
                   s.probability AS probability, s.matchWeight AS matchWeight, s.modelVersion AS modelVersion,
                   s.refusedBecause AS refusedBecause,
                   coalesce(s.comparisons, COLLECT { MATCH (m:MatchModel {version: s.modelVersion})
                                             RETURN [i IN s.steps | m.stepComparisons[i]] }[0])
                     AS comparisons,
                   coalesce(s.levels, COLLECT { MATCH (m:MatchModel {version: s.modelVersion})
                                        RETURN [i IN s.steps | m.stepLevels[i]] }[0])
                     AS levels,
                   s.weights AS weights
            """;

    // A person's family, for the consequence of joining: whoever a source ties any of their records to, and the
    // households they belong to (household IDs are prefixed so they never equal a person ID).
    private static final String READ_FAMILIES = """
            UNWIND $ids AS id
            MATCH (p:Person {id: id})
            CALL (p) {
              OPTIONAL MATCH (p)<-[:PART_OF]-(:Record)
                    -[:PARENT_OF|PARTNER_OF|SIBLING_OF|RELATIVE_OF|SIGNIFICANT_OTHER_OF]-(:Record)
                    -[:PART_OF]->(o:Person)
              WHERE o <> p
              RETURN collect(DISTINCT o.id) AS relatives
            }
            CALL (p) {
              OPTIONAL MATCH (p)-[:MEMBER_OF]->(h:Household)
              RETURN collect(DISTINCT 'household:' + h.id) AS households
            }
            RETURN id, relatives + households AS family
            """;

    private final Driver driver;
    private final LinkOptions band;
    private final Clock clock;

    /**
     * @param band whose review and automatic-link thresholds bound the review band
     */
    public ReviewQueue(Driver driver, LinkOptions band, Clock clock) {
        this.driver = driver;
        this.band = band;
        this.clock = clock;
    }

    public ReviewQueue(Driver driver) {
        this(driver, LinkOptions.defaults(), Clock.systemUTC());
    }

    /** A page of the queue and how many pairs wait in all. */
    public record Page(List<ReviewCandidate> candidates, int offset, int total) {
        public boolean hasMore() {
            return offset + candidates.size() < total;
        }
    }

    /** Up to {@code limit} pairs from position {@code offset} (0 is the first) of the ranked queue. */
    public Page page(int limit, int offset) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_PAGE);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        var ranked = ranked();
        int from = Math.min(offset, ranked.size());
        int to = Math.min(ranked.size(), from + limit);
        return new Page(List.copyOf(ranked.subList(from, to)), from, ranked.size());
    }

    /** The whole queue, first to last. */
    public List<ReviewCandidate> ranked() {
        var today = LocalDate.now(clock);
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                var rows = tx.run(READ_CANDIDATES).list();
                var personIds = new HashSet<String>();
                for (var row : rows) {
                    addIfPresent(personIds, row.get("personA"));
                    addIfPresent(personIds, row.get("personB"));
                }
                var families = new HashMap<String, Set<String>>();
                tx.run(READ_FAMILIES, Map.of("ids", List.copyOf(personIds)))
                        .forEachRemaining(row -> families.put(
                                row.get("id").asString(),
                                new HashSet<>(row.get("family").asList(Value::asString))));
                var candidates = new ArrayList<ReviewCandidate>(rows.size());
                for (var row : rows) {
                    candidates.add(candidate(row, families, today));
                }
                candidates.sort(Comparator.comparingDouble(
                                (ReviewCandidate c) -> -c.priority().score())
                        .thenComparingDouble(ReviewCandidate::probability)
                        .thenComparing(c -> c.pair().first(), RecordPair.KEY_ORDER)
                        .thenComparing(c -> c.pair().second(), RecordPair.KEY_ORDER));
                return candidates;
            });
        }
    }

    private ReviewCandidate candidate(Record row, Map<String, Set<String>> families, LocalDate today) {
        var first = summary(row, "A");
        var second = summary(row, "B");
        var personA = nullableText(row.get("personA"));
        var personB = nullableText(row.get("personB"));
        boolean onePerson = personA != null && personA.equals(personB);
        int newFamily = 0;
        if (!onePerson) {
            // Each side as the other would see it: the other side itself is not "new family" (it is the join).
            var familyA = new HashSet<>(personA == null ? Set.of() : families.getOrDefault(personA, Set.of()));
            var familyB = new HashSet<>(personB == null ? Set.of() : families.getOrDefault(personB, Set.of()));
            familyA.remove(personB);
            familyB.remove(personA);
            newFamily = difference(familyA, familyB) + difference(familyB, familyA);
        }
        boolean child = isChild(first.birthDate(), today) || isChild(second.birthDate(), today);
        double probability =
                row.get("probability").isNull() ? 0 : row.get("probability").asDouble();
        var refused = nullableText(row.get("refusedBecause"));
        var priority =
                ReviewPriority.of(probability, band.review(), band.autoLink(), child, newFamily, onePerson, refused);
        return new ReviewCandidate(
                new RecordPair(first.key(), second.key()),
                first,
                second,
                probability,
                row.get("matchWeight").isNull() ? null : row.get("matchWeight").asDouble(),
                nullableText(row.get("modelVersion")),
                refused,
                explanation(row),
                priority);
    }

    static List<MatchContribution> explanation(Record row) {
        if (row.get("comparisons").isNull()
                || row.get("levels").isNull()
                || row.get("weights").isNull()) {
            return List.of();
        }
        return MatchContribution.fromLists(
                row.get("comparisons").asList(Value::asString),
                row.get("levels").asList(Value::asString),
                row.get("weights").asList(v -> v.isNull() ? null : v.asNumber()));
    }

    private static ReviewCandidate.RecordSummary summary(Record row, String side) {
        return new ReviewCandidate.RecordSummary(
                new RecordKey(
                        row.get("source" + side).asString(),
                        row.get("id" + side).asString()),
                nullableText(row.get("forename" + side)),
                nullableText(row.get("surname" + side)),
                nullableText(row.get("birthDate" + side)));
    }

    /** Under 18 today, taking the youngest age a partial date of birth allows; unknown or unreadable is not. */
    static boolean isChild(String birthDate, LocalDate today) {
        try {
            return PartialDate.parseIso(birthDate).map(d -> d.ageOn(today) < 18).orElse(false);
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    private static int difference(Set<String> a, Set<String> b) {
        return (int) a.stream().filter(x -> !b.contains(x)).count();
    }

    private static void addIfPresent(Set<String> ids, Value value) {
        if (!value.isNull()) {
            ids.add(value.asString());
        }
    }

    private static String nullableText(Value value) {
        return value.isNull() ? null : Objects.toString(value.asObject());
    }
}
