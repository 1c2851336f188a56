/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.review;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.familycontext.model.record.RecordKey;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * A person's decisions about who is who: confirm that two records are one person, reject that they are, or split
 * records off a person. Each decision is stored on the SAME_AS link itself ({@code status} CONFIRMED or REJECTED,
 * {@code decidedBy}, {@code decidedAt}, {@code decisionReason}, {@code decisionId}), which no linking run
 * overwrites, and as an append-only {@code MatchDecision} node, so that the history survives a later decision
 * about the same link. The persons the decision touches are re-formed at once, in the same transaction.
 */
public final class MatchDecisions {

    public static final int MAX_REASON = 2_000;
    public static final int MAX_DECIDED_BY = 200;

    // The link is found whichever way round it was stored (writers have ordered keys in slightly different ways),
    // and created smaller key first when there is none, so that the decision is stored even for a pair no model
    // has proposed. The model's evidence (probability, explanation) is kept beside the decision.
    private static final String DECIDE = """
            UNWIND $pairs AS pair
            MATCH (a:Record {source: pair.first[0], sourceId: pair.first[1]})
            MATCH (b:Record {source: pair.second[0], sourceId: pair.second[1]})
            OPTIONAL MATCH (a)-[existing:SAME_AS]-(b)
            WITH a, b, count(existing) AS links
            FOREACH (_ IN CASE WHEN links = 0 THEN [1] ELSE [] END | CREATE (a)-[:SAME_AS]->(b))
            WITH a, b
            MATCH (a)-[s:SAME_AS]-(b)
            SET s.status = $status, s.decidedBy = $decidedBy, s.decidedAt = $decidedAt,
                s.decisionReason = $reason, s.decisionId = $decisionId
            RETURN count(s) AS n
            """;

    private static final String RECORD_DECISION = """
            CREATE (:MatchDecision {id: $id, decision: $decision, decidedBy: $decidedBy, decidedAt: $decidedAt,
                                    reason: $reason, records: $records, personId: $personId,
                                    remainingRecords: $remainingRecords})
            """;

    private static final String EXISTING_RECORDS = """
            UNWIND $keys AS k
            MATCH (r:Record {source: k[0], sourceId: k[1]})
            RETURN r.source AS source, r.sourceId AS sourceId
            """;

    private static final String RECORDS_OF_PERSON =
            "MATCH (p:Person {id: $id})<-[:PART_OF]-(r:Record) RETURN r.source AS source, r.sourceId AS sourceId";

    private final Driver driver;
    private final Clock clock;

    public MatchDecisions(Driver driver, Clock clock) {
        this.driver = driver;
        this.clock = clock;
    }

    public MatchDecisions(Driver driver) {
        this(driver, Clock.systemUTC());
    }

    /** Two records are one person: the link between them joins them, whatever any model says. */
    public DecisionOutcome confirm(RecordKey a, RecordKey b, String decidedBy, String reason) {
        return decidePair("CONFIRMED", a, b, decidedBy, reason);
    }

    /** Two records are not one person: the link between them never joins them, whatever any model says. */
    public DecisionOutcome reject(RecordKey a, RecordKey b, String decidedBy, String reason) {
        return decidePair("REJECTED", a, b, decidedBy, reason);
    }

    /**
     * Some of a person's records are someone else: every pair of a record split off and a record left is
     * rejected (the links there are and, where there is none, a new link that holds the decision), so the two
     * groups are never joined directly again. The records split off form persons of their own by the accepted
     * links among them; confirm links among them to keep them together.
     */
    public DecisionOutcome split(
            String personId, Collection<RecordKey> recordsToSplitOff, String decidedBy, String reason) {
        var by = required("decidedBy", decidedBy, MAX_DECIDED_BY);
        var why = required("reason", reason, MAX_REASON);
        if (personId == null || personId.isBlank()) {
            throw new InvalidDecisionException("personId", "personId is required: the person to split records off");
        }
        if (recordsToSplitOff == null || recordsToSplitOff.isEmpty()) {
            throw new InvalidDecisionException("records", "name at least one record to split off the person");
        }
        var splitOff = new LinkedHashSet<>(recordsToSplitOff);
        var id = UUID.randomUUID().toString();
        var at = Instant.now(clock).toString();
        return write(tx -> {
            var ofPerson = new LinkedHashSet<RecordKey>();
            tx.run(RECORDS_OF_PERSON, Map.of("id", personId.strip()))
                    .forEachRemaining(row -> ofPerson.add(key(row.get("source"), row.get("sourceId"))));
            if (ofPerson.isEmpty()) {
                throw new InvalidDecisionException("personId", "there is no person with ID " + personId.strip());
            }
            for (var key : splitOff) {
                if (!ofPerson.contains(key)) {
                    throw new InvalidDecisionException(
                            "records", "record " + key + " is not one of person " + personId.strip() + "'s records");
                }
            }
            var remaining = new ArrayList<RecordKey>(ofPerson);
            remaining.removeAll(splitOff);
            remaining.sort(RecordPair.KEY_ORDER);
            if (remaining.isEmpty()) {
                throw new InvalidDecisionException(
                        "records",
                        "splitting off every record would leave the person with none: name only the records that"
                                + " are someone else");
            }
            var pairs = new ArrayList<Map<String, Object>>();
            for (var off : splitOff) {
                for (var stays : remaining) {
                    pairs.add(pairParameter(RecordPair.of(off, stays)));
                }
            }
            decide(tx, "REJECTED", pairs, id, by, at, why);
            recordDecision(tx, id, "SPLIT", by, at, why, List.copyOf(splitOff), personId.strip(), remaining);
            var change = PersonReformer.reform(tx, ofPerson);
            return new DecisionOutcome(id, "SPLIT", change.before(), change.after(), null);
        });
    }

    private DecisionOutcome decidePair(String status, RecordKey a, RecordKey b, String decidedBy, String reason) {
        var by = required("decidedBy", decidedBy, MAX_DECIDED_BY);
        var why = required("reason", reason, MAX_REASON);
        if (a == null || b == null) {
            throw new InvalidDecisionException("records", "name both records, each as source and sourceId");
        }
        var pair = RecordPair.of(a, b);
        var id = UUID.randomUUID().toString();
        var at = Instant.now(clock).toString();
        return write(tx -> {
            requireRecords(tx, List.of(pair.first(), pair.second()));
            decide(tx, status, List.of(pairParameter(pair)), id, by, at, why);
            recordDecision(tx, id, status, by, at, why, List.of(pair.first(), pair.second()), null, List.of());
            var change = PersonReformer.reform(tx, List.of(pair.first(), pair.second()));
            String note = null;
            if (status.equals("REJECTED") && samePerson(change.after(), pair)) {
                note = "the two records are still one person through other links; split the person to separate"
                        + " them";
            }
            return new DecisionOutcome(id, status, change.before(), change.after(), note);
        });
    }

    private interface Work {
        DecisionOutcome run(TransactionContext tx);
    }

    private DecisionOutcome write(Work work) {
        try (var session = driver.session()) {
            return session.executeWrite(work::run);
        }
    }

    private static void decide(
            TransactionContext tx,
            String status,
            List<Map<String, Object>> pairs,
            String id,
            String by,
            String at,
            String why) {
        var parameters = new HashMap<String, Object>();
        parameters.put("pairs", pairs);
        parameters.put("status", status);
        parameters.put("decidedBy", by);
        parameters.put("decidedAt", at);
        parameters.put("reason", why);
        parameters.put("decisionId", id);
        tx.run(DECIDE, parameters).consume();
    }

    private static void recordDecision(
            TransactionContext tx,
            String id,
            String decision,
            String by,
            String at,
            String why,
            List<RecordKey> records,
            String personId,
            List<RecordKey> remaining) {
        var parameters = new HashMap<String, Object>();
        parameters.put("id", id);
        parameters.put("decision", decision);
        parameters.put("decidedBy", by);
        parameters.put("decidedAt", at);
        parameters.put("reason", why);
        parameters.put("records", records.stream().map(RecordKey::toString).toList());
        parameters.put("personId", personId);
        parameters.put(
                "remainingRecords",
                remaining.isEmpty()
                        ? null
                        : remaining.stream().map(RecordKey::toString).toList());
        tx.run(RECORD_DECISION, parameters).consume();
    }

    private static void requireRecords(TransactionContext tx, List<RecordKey> keys) {
        var found = new HashSet<RecordKey>();
        tx.run(EXISTING_RECORDS, Map.of("keys", PersonReformer.pairs(keys)))
                .forEachRemaining(row -> found.add(key(row.get("source"), row.get("sourceId"))));
        for (var key : keys) {
            if (!found.contains(key)) {
                throw new InvalidDecisionException("records", "there is no record " + key);
            }
        }
    }

    private static boolean samePerson(List<PersonSnapshot> persons, RecordPair pair) {
        return persons.stream()
                .anyMatch(p -> p.records().contains(pair.first()) && p.records().contains(pair.second()));
    }

    private static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidDecisionException(
                    field,
                    field.equals("reason")
                            ? "a reason is required: say why, for whoever looks at this decision later"
                            : field + " is required: who is deciding");
        }
        var stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new InvalidDecisionException(field, field + " must be at most " + maxLength + " characters");
        }
        return stripped;
    }

    private static Map<String, Object> pairParameter(RecordPair pair) {
        return Map.of(
                "first", List.of(pair.first().source(), pair.first().sourceId()),
                "second", List.of(pair.second().source(), pair.second().sourceId()));
    }

    private static RecordKey key(Value source, Value sourceId) {
        return new RecordKey(source.asString(), sourceId.asString());
    }
}
