/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.familycontext.model.person.PersonId;
import org.familycontext.model.record.RecordKey;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forms resolved persons: each cluster of records joined by accepted SAME_AS links (auto or confirmed, never
 * through a rejected or candidate one) becomes one {@code Person}, its records pointing at it with
 * {@code PART_OF}. Re-running gives the same persons with the same IDs; a person whose records have all moved
 * to other clusters is removed.
 */
public final class PersonResolver {

    private static final Logger log = LoggerFactory.getLogger(PersonResolver.class);

    private static final String READ_RECORDS = """
            MATCH (r:Record)
            OPTIONAL MATCH (r)-[:PART_OF]->(p:Person)
            RETURN r.source AS source, r.sourceId AS sourceId, r.forename AS forename, r.surname AS surname,
                   r.birthDate AS birthDate, r.sex AS sex, r.deathDate AS deathDate,
                   [(r)-[s:SAME_AS]->(o:Record) WHERE s.status IN ['AUTO', 'CONFIRMED'] | [o.source, o.sourceId]]
                     AS linked,
                   p.id AS person,
                   CASE WHEN p IS NULL THEN null
                        ELSE [p.forename, p.surname, p.birthDate, p.sex, p.deathDate, toString(p.recordCount)] END
                     AS shown
            """;

    // No label on "other": with one, a plan made while there were no persons yet scanned every person per row
    // (16,900 persons took two minutes instead of a second).
    private static final String WRITE_PERSONS = """
            UNWIND $people AS p
            MERGE (person:Person {id: p.id})
            SET person += p.properties
            WITH person, p
            UNWIND p.records AS key
            MATCH (r:Record {source: key[0], sourceId: key[1]})
            OPTIONAL MATCH (r)-[old:PART_OF]->(other) WHERE other.id <> p.id
            DELETE old
            MERGE (r)-[:PART_OF]->(person)
            """;

    // Persons none of whose records belonged to a person yet (a first linking run): nothing to look up or undo.
    private static final String WRITE_NEW_PERSONS = """
            UNWIND $people AS p
            MERGE (person:Person {id: p.id})
            SET person += p.properties
            WITH person, p
            UNWIND p.records AS key
            MATCH (r:Record {source: key[0], sourceId: key[1]})
            CREATE (r)-[:PART_OF]->(person)
            """;

    private static final String REMOVE_EMPTY_PERSONS =
            "MATCH (p:Person) WHERE NOT EXISTS { (p)<-[:PART_OF]-(:Record) } DETACH DELETE p";

    private final Driver driver;

    public PersonResolver(Driver driver) {
        this.driver = driver;
    }

    /**
     * Re-forms every person from the accepted links; returns how many persons there are. Only persons that change
     * (other records, or other display fields) are written, so a re-run after a small change writes little.
     */
    public int resolveAll() {
        var clusters = new Clusters<RecordKey>();
        var facts = new HashMap<RecordKey, PersonFacts>();
        var personNow = new HashMap<RecordKey, String>();
        var shownNow = new HashMap<String, List<String>>();
        var sizeNow = new HashMap<String, Integer>();
        try (var session = driver.session()) {
            session.executeRead(tx -> {
                tx.run(READ_RECORDS).forEachRemaining(row -> {
                    var key = new RecordKey(
                            row.get("source").asString(), row.get("sourceId").asString());
                    facts.put(key, PersonFacts.of(row));
                    clusters.add(key);
                    if (!row.get("person").isNull()) {
                        var person = row.get("person").asString();
                        personNow.put(key, person);
                        sizeNow.merge(person, 1, Integer::sum);
                        shownNow.putIfAbsent(person, row.get("shown").asList(v -> v.isNull() ? null : v.asString()));
                    }
                    for (var linked : row.get("linked").asList(v -> v.asList(Value::asString))) {
                        clusters.join(key, new RecordKey(linked.get(0), linked.get(1)));
                    }
                });
                return null;
            });
        }
        var people = new ArrayList<Map<String, Object>>();
        var newPeople = new ArrayList<Map<String, Object>>();
        int total = 0;
        for (var cluster : clusters.components()) {
            total++;
            var person = PersonFacts.personRow(PersonId.of(cluster), cluster, facts);
            if (cluster.stream().noneMatch(personNow::containsKey)) {
                newPeople.add(person);
            } else if (!unchanged(person, cluster, personNow, sizeNow, shownNow)) {
                people.add(person);
            }
        }
        try (var session = driver.session()) {
            for (int from = 0; from < people.size(); from += 5_000) {
                var batch = people.subList(from, Math.min(people.size(), from + 5_000));
                session.executeWriteWithoutResult(
                        tx -> tx.run(WRITE_PERSONS, Map.of("people", batch)).consume());
            }
            writeNewPersons(newPeople);
            session.executeWriteWithoutResult(tx -> tx.run(REMOVE_EMPTY_PERSONS).consume());
        }
        log.info(
                "Resolved {} records into {} persons ({} new, {} changed)",
                facts.size(),
                total,
                newPeople.size(),
                people.size());
        return total;
    }

    /**
     * New persons by two writers: persons share no records, so the writers never lock the same node. A batch that
     * meets a lock anyway is retried by the driver.
     */
    private void writeNewPersons(List<Map<String, Object>> newPeople) {
        var pool = Executors.newFixedThreadPool(2);
        try {
            var futures = new ArrayList<Future<?>>();
            for (int half = 0; half < 2; half++) {
                var part = half == 0
                        ? newPeople.subList(0, newPeople.size() / 2)
                        : newPeople.subList(newPeople.size() / 2, newPeople.size());
                futures.add(pool.submit(() -> {
                    try (var session = driver.session()) {
                        for (int from = 0; from < part.size(); from += 5_000) {
                            var batch = part.subList(from, Math.min(part.size(), from + 5_000));
                            session.executeWriteWithoutResult(tx -> tx.run(WRITE_NEW_PERSONS, Map.of("people", batch))
                                    .consume());
                        }
                    }
                }));
            }
            for (var future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing persons", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "writing persons failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /** Whether the person exists already with exactly these records and the same display fields. */
    @SuppressWarnings("unchecked")
    private static boolean unchanged(
            Map<String, Object> person,
            List<RecordKey> cluster,
            Map<RecordKey, String> personNow,
            Map<String, Integer> sizeNow,
            Map<String, List<String>> shownNow) {
        var id = (String) person.get("id");
        if (!Objects.equals(sizeNow.get(id), cluster.size())) {
            return false;
        }
        for (var key : cluster) {
            if (!id.equals(personNow.get(key))) {
                return false;
            }
        }
        var properties = (Map<String, Object>) person.get("properties");
        var shown = new ArrayList<String>();
        for (var field : List.of("forename", "surname", "birthDate", "sex", "deathDate")) {
            shown.add((String) properties.get(field));
        }
        shown.add(String.valueOf(properties.get("recordCount")));
        return shown.equals(shownNow.get(id));
    }
}
