/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.family;

import static org.familycontext.api.family.NetworkFilter.validOn;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.familycontext.api.person.PersonView;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The Cypher behind family networks, households and relationships. Every method takes many persons and answers
 * in one query, so a network costs one query per level of its walk plus a fixed few, however many people it
 * holds. Ties are recorded between source records and lifted to resolved persons through {@code PART_OF}; inferred
 * ties and households are between persons already.
 */
@Component
class FamilyNetworkQueries {

    static final String TIES = "PARENT_OF|PARTNER_OF|SIBLING_OF|RELATIVE_OF|SIGNIFICANT_OTHER_OF";

    /** A household bigger than this (a hostel, a care home) does not make its residents part of a family. */
    static final int MAX_HOUSEHOLD_FOR_CO_RESIDENTS = 12;

    // Someone born after the day a network is drawn for was not in the family then, whatever an undated tie says.
    private static final String BORN =
            "($asOf IS NULL OR q.birthDate IS NULL OR q.birthDate <= left($asOf, size(q.birthDate)))";

    private static final String COLUMNS = """
            pid, other, type, kind, outgoing, fromDate, toDate, source, inferred, confidence, basis, note,
            recordedBy, recordedAt""";

    // Recorded ties of the frontier, to anyone. A tie a source flags as inferred counts only when inferred ties
    // are asked for, with its own confidence; every other recorded tie has confidence 1. Ties still in force come
    // first: of two equally near ways to a person the first read names them (a special guardian who was the
    // child's kinship carer before the order is named by the order).
    private static final String RECORDED = """
            UNWIND $frontier AS pid
            MATCH (:Person {id: pid})<-[:PART_OF]-(r:Record)-[t:%s]-(:Record)-[:PART_OF]->(q:Person)
            WHERE q.id <> pid AND ($includeInferred OR NOT coalesce(t.inferred, false)) AND %s AND %s
            WITH pid, q, t, r,
                 CASE WHEN coalesce(t.inferred, false) THEN coalesce(t.confidence, 0.0) ELSE 1.0 END AS confidence
            WHERE confidence >= $minConfidence
            RETURN DISTINCT pid, q.id AS other, type(t) AS type, t.kind AS kind, startNode(t) = r AS outgoing,
                   t.fromDate AS fromDate, t.toDate AS toDate, t.source AS source,
                   coalesce(t.inferred, false) AS inferred, confidence, null AS basis, t.note AS note,
                   t.recordedBy AS recordedBy, t.recordedAt AS recordedAt
            ORDER BY toDate IS NULL DESC, kind, type, pid, other
            LIMIT $rowLimit
            """.formatted(TIES, validOn("t.fromDate", "t.toDate"), BORN);

    private static final String INFERRED = """
            UNWIND $frontier AS pid
            MATCH (p:Person {id: pid})-[t:INFERRED_TIE]-(q:Person)
            WHERE t.confidence >= $minConfidence AND %s AND %s
            RETURN pid, q.id AS other, '%s' AS type, t.kind AS kind, startNode(t) = p AS outgoing,
                   t.fromDate AS fromDate, t.toDate AS toDate, coalesce(t.source, 'inferred') AS source,
                   true AS inferred, t.confidence AS confidence, t.basis AS basis, null AS note,
                   null AS recordedBy, null AS recordedAt
            LIMIT $rowLimit
            """.formatted(validOn("t.fromDate", "t.toDate"), BORN, Move.INFERRED_ROW);

    // Who lives with the focus person (on the day asked for, else now) without any tie: in a shared household,
    // with stays that overlap (read at their widest, as the household builder reads them).
    private static final String CO_RESIDENTS =
            """
            UNWIND $coResidentsOf AS pid
            MATCH (p:Person {id: pid})-[m:MEMBER_OF]->(h:Household)<-[n:MEMBER_OF]-(q:Person)
            WHERE q <> p AND %s AND %s AND ($asOf IS NOT NULL OR (m.to IS NULL AND n.to IS NULL))
              AND (m.from IS NULL OR n.to IS NULL OR left(m.from, size(n.to)) <= n.to)
              AND (n.from IS NULL OR m.to IS NULL OR left(n.from, size(m.to)) <= m.to)
              AND COUNT { MATCH (h)<-[:MEMBER_OF]-(x:Person) RETURN DISTINCT x } <= $maxHousehold
            RETURN DISTINCT pid, q.id AS other, '%s' AS type, 'current' AS kind,
                   true AS outgoing, null AS fromDate, null AS toDate, null AS source, false AS inferred,
                   1.0 AS confidence, null AS basis, null AS note, null AS recordedBy, null AS recordedAt
            LIMIT $rowLimit
            """.formatted(validOn("m.from", "m.to"), validOn("n.from", "n.to"), Move.CO_RESIDENT_ROW);

    private static final String HOUSEHOLDS =
            """
            UNWIND $ids AS pid
            MATCH (:Person {id: pid})-[m:MEMBER_OF]->(h:Household)
            WHERE %s
            WITH DISTINCT pid, h
            OPTIONAL MATCH (h)-[:AT]->(a:Address)
            CALL (h) {
              MATCH (q:Person)-[n:MEMBER_OF]->(h)
              WHERE %s
              WITH q, n ORDER BY n.from, q.id
              RETURN collect({person: q %s, from: n.from, to: n.to}) AS members, count(DISTINCT q) AS people
            }
            RETURN pid, h.id AS id, h.from AS from, h.to AS to, a.lines AS lines, a.postcode AS postcode,
                   a.uprn AS uprn, members[..$maxMembers] AS members, people
            ORDER BY pid, h.to IS NULL DESC, h.from DESC
            """.formatted(validOn("m.from", "m.to"), validOn("n.from", "n.to"), PersonView.PROJECTION);

    private static final String QUALITIES = """
            UNWIND $ids AS pid
            MATCH (:Person {id: pid})<-[:PART_OF]-(r:Record)-[x:%s]-(:Record)-[:PART_OF]->(q:Person)
            WHERE q.id <> pid AND ($among IS NULL OR q.id IN $among)
              AND ($asOf IS NULL OR left(x.recordedAt, 10) <= $asOf)
            WITH pid, q, x, startNode(x) = r AS outgoing
            RETURN CASE WHEN outgoing THEN pid ELSE q.id END AS fromPersonId,
                   CASE WHEN outgoing THEN q.id ELSE pid END AS toPersonId,
                   x.quality AS quality, x.note AS note, x.recordedBy AS recordedBy, x.recordedAt AS recordedAt
            """.formatted(RelationshipQuality.RELATIONSHIP_TYPE);

    private static final String RELATIONSHIPS = """
            UNWIND $ids AS pid
            MATCH (:Person {id: pid})<-[:PART_OF]-(r:Record)-[t:%s]-(:Record)-[:PART_OF]->(q:Person)
            WHERE q.id <> pid AND NOT coalesce(t.inferred, false)
            RETURN DISTINCT pid, q.id AS other, q %s AS person, type(t) AS type, t.kind AS kind,
                   startNode(t) = r AS outgoing, t.fromDate AS fromDate, t.toDate AS toDate, t.source AS source,
                   false AS inferred, 1.0 AS confidence, null AS basis, t.note AS note,
                   t.recordedBy AS recordedBy, t.recordedAt AS recordedAt
            """.formatted(TIES, PersonView.PROJECTION);

    private final Neo4jClient neo4j;

    FamilyNetworkQueries(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /**
     * One level of the walk: every tie of the frontier's persons that passes the filter, to anyone (columns {@value
     * #COLUMNS}); with {@code coResidentsOf} also rows of type {@code CO_RESIDENT} for the persons who share a
     * household with those persons and have no tie to them. At most {@code rowLimit} rows of each kind.
     */
    Collection<Map<String, Object>> level(
            List<String> frontier, NetworkFilter filter, List<String> coResidentsOf, int rowLimit) {
        var cypher = new StringBuilder(RECORDED);
        if (filter.includeInferred()) {
            cypher.append("UNION ALL\n").append(INFERRED);
        }
        if (!coResidentsOf.isEmpty()) {
            cypher.append("UNION ALL\n").append(CO_RESIDENTS);
        }
        var params = new HashMap<String, Object>();
        params.put("frontier", frontier);
        params.put("coResidentsOf", coResidentsOf);
        params.put("includeInferred", filter.includeInferred());
        params.put("minConfidence", filter.minConfidence());
        params.put("asOf", filter.asOf());
        params.put("rowLimit", rowLimit);
        params.put("maxHousehold", MAX_HOUSEHOLD_FOR_CO_RESIDENTS);
        return neo4j.query(cypher.toString()).bindAll(params).fetch().all();
    }

    /** Each person's households with their members, valid on {@code asOf} when given; rows per person. */
    Collection<Map<String, Object>> households(Collection<String> personIds, String asOf, int maxMembers) {
        var params = new HashMap<String, Object>();
        params.put("ids", List.copyOf(personIds));
        params.put("asOf", asOf);
        params.put("maxMembers", maxMembers);
        return neo4j.query(HOUSEHOLDS).bindAll(params).fetch().all();
    }

    /**
     * Every quality recorded between one of these persons and anyone (or, with {@code among}, only the persons
     * among these), recorded on or before {@code asOf} when given. A quality between two of the persons comes
     * twice, once from each end.
     */
    List<RelationshipQualityView> qualities(Collection<String> personIds, Collection<String> among, String asOf) {
        var params = new HashMap<String, Object>();
        params.put("ids", List.copyOf(personIds));
        params.put("among", among == null ? null : List.copyOf(among));
        params.put("asOf", asOf);
        return neo4j.query(QUALITIES).bindAll(params).fetch().all().stream()
                .map(RelationshipQualityView::of)
                .toList();
    }

    /** Each person's recorded ties (never inferred ones), with the other person; rows per person. */
    Collection<Map<String, Object>> relationships(Collection<String> personIds) {
        return neo4j.query(RELATIONSHIPS)
                .bind(List.copyOf(personIds))
                .to("ids")
                .fetch()
                .all();
    }
}
