/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.loading;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.familycontext.model.person.SameAsLink;
import org.familycontext.model.record.RecordKey;
import org.familycontext.model.relationship.FamilyTieType;
import org.neo4j.driver.Driver;

/**
 * Writes rows into the graph in batches of parameterised {@code UNWIND $rows ... MERGE} statements. Every
 * MERGE is on a key with a uniqueness constraint, so writing the same rows twice changes nothing. Data only
 * ever travels as parameters: the one thing spliced into Cypher is a relationship type, and that comes from
 * the {@link FamilyTieType} enum.
 */
public final class GraphWriter {

    private static final String MERGE_SOURCES = """
            UNWIND $rows AS row
            MERGE (s:Source {name: row.name})
            SET s += row.properties, s.loadedAt = $now
            """;

    private static final String MERGE_RECORDS = """
            UNWIND $rows AS row
            MERGE (r:Record {source: row.source, sourceId: row.sourceId})
            SET r += row.properties
            """;

    private static final String MERGE_LIVED_AT = """
            UNWIND $rows AS row
            MATCH (r:Record {source: row.source, sourceId: row.sourceId})
            MERGE (a:Address {key: row.key})
              ON CREATE SET a.uprn = row.uprn, a.lines = row.lines, a.postcode = row.postcode
            MERGE (r)-[l:LIVED_AT]->(a)
            SET l.fromDate = row.fromDate, l.toDate = row.toDate, l.lines = row.lines
            """;

    private static final String MERGE_TIES = """
            UNWIND $rows AS row
            MATCH (a:Record {source: row.fromSource, sourceId: row.fromId})
            MATCH (b:Record {source: row.toSource, sourceId: row.toId})
            MERGE (a)-[t:%s {source: row.source, kind: row.kind}]->(b)
            SET t.fromDate = row.fromDate, t.toDate = row.toDate,
                t.inferred = row.inferred, t.confidence = row.confidence
            """;

    private static final String MERGE_INVOLVEMENTS = """
            UNWIND $rows AS row
            MATCH (r:Record {source: row.source, sourceId: row.recordId})
            MERGE (i:ServiceInvolvement {source: row.source, sourceId: row.sourceId})
            SET i += row.properties
            MERGE (r)-[:HAS_INVOLVEMENT]->(i)
            """;

    // A person's decision (confirmed, rejected) is never overwritten by a new algorithm run.
    private static final String MERGE_SAME_AS = """
            UNWIND $rows AS row
            MATCH (a:Record {source: row.fromSource, sourceId: row.fromId})
            MATCH (b:Record {source: row.toSource, sourceId: row.toId})
            MERGE (a)-[s:SAME_AS]->(b)
            WITH s, row
            WHERE s.decidedBy IS NULL OR row.decidedBy IS NOT NULL
            SET s.matchWeight = row.matchWeight, s.probability = row.probability, s.status = row.status,
                s.modelVersion = row.modelVersion, s.explanation = row.explanation,
                s.decidedBy = row.decidedBy, s.reason = row.reason, s.decidedAt = $now
            """;

    private final Driver driver;
    private final int batchSize;
    private final Clock clock;

    public GraphWriter(Driver driver, int batchSize, Clock clock) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1");
        }
        this.driver = driver;
        this.batchSize = batchSize;
        this.clock = clock;
    }

    public GraphWriter(Driver driver) {
        this(driver, 10_000, Clock.systemUTC());
    }

    public void writeSources(Collection<SourceRow> rows) {
        write(MERGE_SOURCES, rows, r -> Map.of("name", r.name(), "properties", r.properties()));
    }

    public void writeRecords(Collection<RecordRow> rows) {
        write(
                MERGE_RECORDS,
                rows,
                r -> Map.of("source", r.source(), "sourceId", r.sourceId(), "properties", r.properties()));
    }

    public void writeLivedAt(Collection<LivedAtRow> rows) {
        write(MERGE_LIVED_AT, rows, r -> {
            var p = new HashMap<String, Object>();
            p.put("source", r.record().source());
            p.put("sourceId", r.record().sourceId());
            p.put("key", r.addressKey());
            p.put("uprn", r.uprn());
            p.put("lines", r.lines());
            p.put("postcode", r.normalisedPostcode());
            p.put("fromDate", r.fromDate());
            p.put("toDate", r.toDate());
            return p;
        });
    }

    public void writeTies(Collection<TieRow> rows) {
        var byType = new EnumMap<FamilyTieType, List<TieRow>>(FamilyTieType.class);
        rows.forEach(
                r -> byType.computeIfAbsent(r.type(), t -> new ArrayList<>()).add(r));
        byType.forEach((type, typed) -> write(MERGE_TIES.formatted(type.name()), typed, r -> {
            var p = pair(r.from(), r.to());
            p.put("source", r.source());
            p.put("kind", r.kind());
            p.put("fromDate", r.fromDate());
            p.put("toDate", r.toDate());
            p.put("inferred", r.inferred());
            p.put("confidence", r.confidence());
            return p;
        }));
    }

    public void writeInvolvements(Collection<InvolvementRow> rows) {
        write(
                MERGE_INVOLVEMENTS,
                rows,
                r -> Map.of(
                        "source", r.record().source(),
                        "recordId", r.record().sourceId(),
                        "sourceId", r.sourceId(),
                        "properties", r.properties()));
    }

    /** Writes links with the smaller record key first, so that a pair has one SAME_AS whichever way it came. */
    public void writeSameAs(Collection<SameAsLink> links) {
        write(MERGE_SAME_AS, links, l -> {
            var ordered = l.from().toString().compareTo(l.to().toString()) <= 0;
            var p = ordered ? pair(l.from(), l.to()) : pair(l.to(), l.from());
            p.put("matchWeight", l.matchWeight());
            p.put("probability", l.probability());
            p.put("status", l.status().name());
            p.put("modelVersion", l.modelVersion());
            p.put("explanation", l.explanation());
            p.put("decidedBy", l.decidedBy());
            p.put("reason", l.reason());
            return p;
        });
    }

    private static Map<String, Object> pair(RecordKey from, RecordKey to) {
        var p = new HashMap<String, Object>();
        p.put("fromSource", from.source());
        p.put("fromId", from.sourceId());
        p.put("toSource", to.source());
        p.put("toId", to.sourceId());
        return p;
    }

    private <T> void write(String cypher, Collection<T> rows, Function<T, Map<String, Object>> toParameters) {
        var now = Instant.now(clock).toString();
        var batch = new ArrayList<Map<String, Object>>(Math.min(batchSize, rows.size()));
        for (var row : rows) {
            batch.add(toParameters.apply(row));
            if (batch.size() == batchSize) {
                flush(cypher, batch, now);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            flush(cypher, batch, now);
        }
    }

    private void flush(String cypher, List<Map<String, Object>> batch, String now) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(
                    tx -> tx.run(cypher, Map.of("rows", batch, "now", now)).consume());
        }
    }
}
