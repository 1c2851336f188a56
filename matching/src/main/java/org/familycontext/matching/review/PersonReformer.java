/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.review;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import org.familycontext.matching.PersonFacts;
import org.familycontext.model.person.PersonId;
import org.familycontext.model.record.RecordKey;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Re-forms only the persons a decision touches, inside the decision's transaction, so that a decision costs the
 * size of the families it touches rather than a run over the whole graph.
 *
 * <p>The records to re-form are those of the decision and all that can be reached from them through accepted links
 * and through the persons as they stand (so that a person left stale by an earlier run is mended too). Their persons are the
 * connected components of the accepted (AUTO and CONFIRMED) links among them, named by {@link PersonId} and with
 * display fields chosen by majority, exactly as {@code PersonResolver} forms them for the whole graph; its
 * statements and majority rule are copied here (not shared) because it is being changed separately. A
 * whole-graph run afterwards gives the same persons.
 */
public final class PersonReformer {

    // Each record's accepted links, and the other records of its person as it stands (which may be stale).
    private static final String NEIGHBOURS = """
            UNWIND $keys AS k
            MATCH (r:Record {source: k[0], sourceId: k[1]})
            OPTIONAL MATCH (r)-[s:SAME_AS]-(o:Record) WHERE s.status IN ['AUTO', 'CONFIRMED']
            WITH k, r, collect(CASE WHEN o IS NULL THEN null ELSE [o.source, o.sourceId] END) AS linked
            OPTIONAL MATCH (r)-[:PART_OF]->(:Person)<-[:PART_OF]-(m:Record) WHERE m <> r
            RETURN k, linked, collect(CASE WHEN m IS NULL THEN null ELSE [m.source, m.sourceId] END) AS sharing
            """;

    private static final String READ_FACTS = """
            UNWIND $keys AS k
            MATCH (r:Record {source: k[0], sourceId: k[1]})
            OPTIONAL MATCH (r)-[:PART_OF]->(p:Person)
            RETURN r.source AS source, r.sourceId AS sourceId, r.forename AS forename, r.surname AS surname,
                   r.birthDate AS birthDate, r.sex AS sex, r.deathDate AS deathDate, p.id AS person
            """;

    // As PersonResolver.WRITE_PERSONS.
    private static final String WRITE_PERSONS = """
            UNWIND $people AS p
            MERGE (person:Person {id: p.id})
            SET person += p.properties
            WITH person, p
            UNWIND p.records AS key
            MATCH (r:Record {source: key[0], sourceId: key[1]})
            OPTIONAL MATCH (r)-[old:PART_OF]->(other:Person) WHERE other.id <> p.id
            DELETE old
            MERGE (r)-[:PART_OF]->(person)
            """;

    private static final String REMOVE_IF_EMPTY = """
            UNWIND $ids AS id
            MATCH (p:Person {id: id}) WHERE NOT EXISTS { (p)<-[:PART_OF]-(:Record) }
            DETACH DELETE p
            """;

    private PersonReformer() {}

    /**
     * Writes persons a linking run has already worked out, each a complete cluster of accepted links (an incremental
     * run knows them: it read every record of every person it could touch). Only their records' display fields are
     * read. Written by two writers at once, each with half of the persons (a record is in one person only, so they
     * never lock the same record), and the persons left empty removed last. Not one transaction: a run that stops
     * half-way leaves persons the next run mends, as a full run would.
     *
     * @return how many persons were written
     */
    public static int writeComponents(Driver driver, List<List<RecordKey>> components) {
        if (components.isEmpty()) {
            return 0;
        }
        var keys = components.stream().flatMap(List::stream).toList();
        Plan plan;
        try (var session = driver.session()) {
            plan = session.executeRead(tx -> {
                var facts = readFacts(tx, keys);
                // A record that does not exist (a dangling key) cannot be placed in a person.
                var existing = components.stream()
                        .map(c -> c.stream().filter(facts.facts()::containsKey).toList())
                        .filter(c -> !c.isEmpty())
                        .toList();
                return rows(existing, facts);
            });
        }
        var halves = List.of(new ArrayList<Map<String, Object>>(), new ArrayList<Map<String, Object>>());
        for (int i = 0; i < plan.people().size(); i++) {
            halves.get(i & 1).add(plan.people().get(i));
        }
        try (var pool = Executors.newFixedThreadPool(2)) {
            var futures = halves.stream()
                    .map(half -> pool.submit(() -> {
                        for (int from = 0; from < half.size(); from += WRITE_BATCH) {
                            var batch = half.subList(from, Math.min(half.size(), from + WRITE_BATCH));
                            try (var session = driver.session()) {
                                session.executeWriteWithoutResult(tx -> tx.run(WRITE_PERSONS, Map.of("people", batch))
                                        .consume());
                            }
                        }
                        return null;
                    }))
                    .toList();
            for (var future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while forming persons", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "forming persons failed: " + e.getCause().getMessage(), e.getCause());
        }
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(
                    tx -> tx.run(REMOVE_IF_EMPTY, Map.of("ids", plan.emptied())).consume());
        }
        return plan.after().size();
    }

    private static final int WRITE_BATCH = 2_000;

    /** What re-forming changed: the persons the records were in before, and those they are in now. */
    record Change(List<PersonSnapshot> before, List<PersonSnapshot> after) {}

    /** The persons to write (as WRITE_PERSONS rows), and the IDs of those they were in, which may be left empty. */
    private record Plan(
            List<Map<String, Object>> people,
            List<String> emptied,
            List<PersonSnapshot> before,
            List<PersonSnapshot> after) {}

    static Change reform(TransactionContext tx, Collection<RecordKey> involved) {
        var plan = plan(tx, involved);
        tx.run(WRITE_PERSONS, Map.of("people", plan.people())).consume();
        tx.run(REMOVE_IF_EMPTY, Map.of("ids", plan.emptied())).consume();
        return new Change(plan.before(), plan.after());
    }

    private static Plan plan(TransactionContext tx, Collection<RecordKey> involved) {
        // Breadth-first over accepted links and current persons: the records whose persons the decision can change.
        var links = new HashMap<RecordKey, Set<RecordKey>>();
        var seen = new LinkedHashSet<>(involved);
        var frontier = new ArrayList<>(seen);
        while (!frontier.isEmpty()) {
            var next = new ArrayList<RecordKey>();
            tx.run(NEIGHBOURS, Map.of("keys", pairs(frontier))).forEachRemaining(row -> {
                var from = keyOf(row.get("k"));
                for (var linked : row.get("linked").values()) {
                    var to = keyOf(linked);
                    links.computeIfAbsent(from, k -> new HashSet<>()).add(to);
                    links.computeIfAbsent(to, k -> new HashSet<>()).add(from);
                    if (seen.add(to)) {
                        next.add(to);
                    }
                }
                for (var sharing : row.get("sharing").values()) {
                    var other = keyOf(sharing);
                    if (seen.add(other)) {
                        next.add(other);
                    }
                }
            });
            frontier = next;
        }

        var facts = readFacts(tx, seen);
        return rows(components(facts.facts().keySet(), links), facts);
    }

    /** Each record's display fields, and the persons the records are in now. */
    private record Facts(Map<RecordKey, PersonFacts> facts, Map<String, List<RecordKey>> before) {}

    private static Facts readFacts(TransactionContext tx, Collection<RecordKey> records) {
        var facts = new HashMap<RecordKey, PersonFacts>();
        var before = new TreeMap<String, List<RecordKey>>();
        tx.run(READ_FACTS, Map.of("keys", pairs(records))).forEachRemaining(row -> {
            var key = key(row.get("source"), row.get("sourceId"));
            facts.put(key, PersonFacts.of(row));
            if (!row.get("person").isNull()) {
                before.computeIfAbsent(row.get("person").asString(), p -> new ArrayList<>())
                        .add(key);
            }
        });
        return new Facts(facts, before);
    }

    /** The rows to write these components (of existing records) as persons. */
    private static Plan rows(List<List<RecordKey>> components, Facts facts) {
        var people = new ArrayList<Map<String, Object>>();
        var after = new ArrayList<PersonSnapshot>();
        for (var component : components) {
            var id = PersonId.of(component);
            people.add(PersonFacts.personRow(id, component, facts.facts()));
            after.add(new PersonSnapshot(id, component));
        }
        after.sort(Comparator.comparing(PersonSnapshot::id));
        return new Plan(
                people,
                List.copyOf(facts.before().keySet()),
                facts.before().entrySet().stream()
                        .map(e -> new PersonSnapshot(e.getKey(), e.getValue()))
                        .toList(),
                after);
    }

    private static List<List<RecordKey>> components(Set<RecordKey> records, Map<RecordKey, Set<RecordKey>> links) {
        var placed = new HashSet<RecordKey>();
        var components = new ArrayList<List<RecordKey>>();
        for (var start : records) {
            if (!placed.add(start)) {
                continue;
            }
            var component = new ArrayList<RecordKey>();
            var queue = new ArrayDeque<RecordKey>();
            queue.add(start);
            while (!queue.isEmpty()) {
                var record = queue.poll();
                component.add(record);
                for (var linked : links.getOrDefault(record, Set.of())) {
                    // A linked record that does not exist (a dangling key) cannot be placed in a person.
                    if (records.contains(linked) && placed.add(linked)) {
                        queue.add(linked);
                    }
                }
            }
            components.add(component);
        }
        return components;
    }

    static List<List<String>> pairs(Collection<RecordKey> keys) {
        return keys.stream().map(k -> List.of(k.source(), k.sourceId())).toList();
    }

    private static RecordKey keyOf(Value pair) {
        return new RecordKey(pair.get(0).asString(), pair.get(1).asString());
    }

    private static RecordKey key(Value source, Value sourceId) {
        return new RecordKey(source.asString(), sourceId.asString());
    }
}
