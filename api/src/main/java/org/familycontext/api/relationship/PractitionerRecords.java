/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.relationship;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.familycontext.api.family.FamilyTieView;
import org.familycontext.api.family.RelationshipQuality;
import org.familycontext.api.family.RelationshipQualityView;
import org.familycontext.api.graph.InvalidArgumentException;
import org.familycontext.api.relationship.PractitionerFacts.Quality;
import org.familycontext.api.relationship.PractitionerFacts.Relationship;
import org.familycontext.model.source.Source;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

/**
 * Writes what practitioners record, each fact in one transaction with the {@code practitioner-recorded} source it
 * belongs to. A fact about two persons is stored between their anchor records: each person's record with the
 * smallest key (source, then source ID), the record their person ID is made from. So the fact follows the person
 * ID when matches change: should a split take the anchor record away, it takes the ID with it too. Facts carry
 * no load stamp ({@code lastSeenRun}): no later load of an extract marks them as gone.
 */
@Component
class PractitionerRecords {

    private static final String ANCHORS = """
            MATCH (:Person {id: $fromPersonId})<-[:PART_OF]-(a:Record)
            WITH a ORDER BY a.source, a.sourceId LIMIT 1
            MATCH (:Person {id: $toPersonId})<-[:PART_OF]-(b:Record)
            WITH a, b ORDER BY b.source, b.sourceId LIMIT 1
            """;

    private static final String SOURCE = """
            MERGE (s:Source {name: $source})
              ON CREATE SET s.system = 'Family Context', s.areaCovered = 'What practitioners record in Family Context'
            SET s.dataCurrentAsOf = $today
            """;

    // Only the relationship type is spliced in, from the FamilyTieType enum; everything else is a parameter.
    private static final String SAME_TIE = """
            MATCH (:Person {id: $fromPersonId})<-[:PART_OF]-(:Record)-[t:%s]-%s(:Record)-[:PART_OF]->(:Person {id: $toPersonId})
            WHERE t.source = $source AND t.kind = $kind
              AND coalesce(t.fromDate, '') = coalesce($fromDate, '') AND coalesce(t.toDate, '') = coalesce($toDate, '')
            RETURN count(t) > 0 AS exists
            """;

    private static final String CREATE_TIE = ANCHORS + """
            CREATE (a)-[t:%s {source: $source, kind: $kind, period: coalesce($fromDate, ''), fromDate: $fromDate,
                              toDate: $toDate, inferred: false, note: $note, recordedBy: $recordedBy,
                              recordedAt: $recordedAt}]->(b)
            RETURN count(t) AS created
            """;

    private static final String CREATE_QUALITY = ANCHORS + """
            CREATE (a)-[x:%s {source: $source, quality: $quality, note: $note, recordedBy: $recordedBy,
                              recordedAt: $recordedAt}]->(b)
            RETURN count(x) AS created
            """.formatted(RelationshipQuality.RELATIONSHIP_TYPE);

    private static final String LATEST_QUALITY = """
            MATCH (p:Person {id: $fromPersonId})<-[:PART_OF]-(r:Record)-[x:%s]-(:Record)-[:PART_OF]->(q:Person {id: $toPersonId})
            WITH p, q, x, startNode(x) = r AS outgoing ORDER BY x.recordedAt DESC LIMIT 1
            RETURN CASE WHEN outgoing THEN p.id ELSE q.id END AS fromPersonId,
                   CASE WHEN outgoing THEN q.id ELSE p.id END AS toPersonId,
                   x.quality AS quality, x.note AS note, x.recordedBy AS recordedBy, x.recordedAt AS recordedAt
            """.formatted(RelationshipQuality.RELATIONSHIP_TYPE);

    private final Driver driver;
    private final Clock clock;

    PractitionerRecords(Driver driver, Clock clock) {
        this.driver = driver;
        this.clock = clock;
    }

    /** Stores the relationship; refuses one the same as one already recorded by a practitioner. */
    FamilyTieView record(Relationship fact) {
        var params = params(fact.fromPersonId(), fact.toPersonId(), fact.note(), fact.recordedBy());
        params.put("kind", fact.kind());
        params.put("fromDate", fact.from());
        params.put("toDate", fact.to());
        var type = fact.type().name();
        var sameTie = SAME_TIE.formatted(type, fact.type().directed() ? ">" : "");
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                if (tx.run(sameTie, params).single().get("exists").asBoolean()) {
                    throw new InvalidArgumentException(
                            "input: this relationship is already recorded, with the same kind and dates");
                }
                if (tx.run(CREATE_TIE.formatted(type), params)
                                .single()
                                .get("created")
                                .asLong()
                        != 1) {
                    throw new IllegalStateException("a person named in a checked input has no record");
                }
                tx.run(SOURCE, params).consume();
                return new FamilyTieView(
                        fact.fromPersonId(),
                        fact.toPersonId(),
                        type,
                        fact.kind(),
                        fact.from(),
                        fact.to(),
                        Source.PRACTITIONER_RECORDED,
                        false,
                        1.0,
                        null,
                        false,
                        fact.note(),
                        fact.recordedBy(),
                        (String) params.get("recordedAt"),
                        latestQuality(tx, params).orElse(null));
            });
        }
    }

    /** Stores the quality; earlier ones for the pair are kept, the latest is the one shown. */
    RelationshipQualityView record(Quality fact) {
        var params = params(fact.fromPersonId(), fact.toPersonId(), fact.note(), fact.recordedBy());
        params.put("quality", fact.quality().name());
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                if (tx.run(CREATE_QUALITY, params).single().get("created").asLong() != 1) {
                    throw new IllegalStateException("a person named in a checked input has no record");
                }
                tx.run(SOURCE, params).consume();
                return new RelationshipQualityView(
                        fact.fromPersonId(), fact.toPersonId(), fact.quality(), fact.note(), fact.recordedBy(), (String)
                                params.get("recordedAt"));
            });
        }
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private Map<String, Object> params(String fromPersonId, String toPersonId, String note, String recordedBy) {
        var params = new HashMap<String, Object>();
        params.put("fromPersonId", fromPersonId);
        params.put("toPersonId", toPersonId);
        params.put("note", note);
        params.put("recordedBy", recordedBy);
        params.put(
                "recordedAt", Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString());
        params.put("source", Source.PRACTITIONER_RECORDED);
        params.put("today", today().toString());
        return params;
    }

    private static Optional<RelationshipQualityView> latestQuality(TransactionContext tx, Map<String, Object> params) {
        var rows = tx.run(LATEST_QUALITY, params).list(r -> r.asMap());
        return rows.stream().findFirst().map(RelationshipQualityView::of);
    }
}
