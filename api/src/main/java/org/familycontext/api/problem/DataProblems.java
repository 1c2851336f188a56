/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.problem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.familycontext.api.problem.ProblemViews.DataProblem;
import org.familycontext.api.problem.ProblemViews.Status;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Stores and reads the DataProblem nodes: one per report, never deleted (the queue is also their history). */
@Repository
class DataProblems {

    private final Neo4jClient neo4j;

    DataProblems(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    DataProblem create(Map<String, Object> properties) {
        return neo4j.query("CREATE (p:DataProblem) SET p = $properties RETURN p {.*} AS p")
                .bind(properties)
                .to("properties")
                .fetchAs(DataProblem.class)
                .mappedBy((types, row) -> DataProblem.of(row.get("p").asMap()))
                .one()
                .orElseThrow();
    }

    Optional<DataProblem> find(String id) {
        return neo4j.query("MATCH (p:DataProblem {id: $id}) RETURN p {.*} AS p")
                .bind(id)
                .to("id")
                .fetchAs(DataProblem.class)
                .mappedBy((types, row) -> DataProblem.of(row.get("p").asMap()))
                .one();
    }

    /**
     * Sets the new status unless another data manager closed the report meanwhile (the status read is checked
     * again under the node's write lock); empty when they did.
     */
    Optional<DataProblem> resolve(String id, Status from, Status to, String by, String at, String note) {
        var parameters = new HashMap<String, Object>();
        parameters.put("id", id);
        parameters.put("from", from.name());
        parameters.put("to", to.name());
        parameters.put("by", by);
        parameters.put("at", at);
        parameters.put("note", note);
        return neo4j.query("""
                        MATCH (p:DataProblem {id: $id})
                        SET p._lock = true
                        REMOVE p._lock
                        WITH p WHERE p.status = $from
                        SET p.status = $to, p.resolvedBy = $by, p.resolvedAt = $at, p.resolutionNote = $note
                        RETURN p {.*} AS p
                        """)
                .bindAll(parameters)
                .fetchAs(DataProblem.class)
                .mappedBy((types, row) -> DataProblem.of(row.get("p").asMap()))
                .one();
    }

    /** One page of the reports with this status and source (either may be null for all), oldest first. */
    List<DataProblem> page(Status status, String source, int skip, int limit) {
        var parameters = filter(status, source);
        parameters.put("skip", skip);
        parameters.put("limit", limit);
        return List.copyOf(neo4j.query("""
                        MATCH (p:DataProblem)
                        WHERE ($status IS NULL OR p.status = $status) AND ($source IS NULL OR p.source = $source)
                        RETURN p {.*} AS p ORDER BY p.reportedAt, p.id SKIP $skip LIMIT $limit
                        """)
                .bindAll(parameters)
                .fetchAs(DataProblem.class)
                .mappedBy((types, row) -> DataProblem.of(row.get("p").asMap()))
                .all());
    }

    int count(Status status, String source) {
        return neo4j.query("""
                        MATCH (p:DataProblem)
                        WHERE ($status IS NULL OR p.status = $status) AND ($source IS NULL OR p.source = $source)
                        RETURN count(p) AS n
                        """)
                .bindAll(filter(status, source))
                .fetchAs(Integer.class)
                .mappedBy((types, row) -> row.get("n").asInt())
                .one()
                .orElse(0);
    }

    boolean personExists(String personId) {
        return exists("MATCH (p:Person {id: $a}) RETURN count(p) > 0 AS found", personId, null);
    }

    boolean sourceExists(String source) {
        return exists("MATCH (s:Source {name: $a}) RETURN count(s) > 0 AS found", source, null);
    }

    boolean recordExists(String source, String sourceId) {
        return exists("MATCH (r:Record {source: $a, sourceId: $b}) RETURN count(r) > 0 AS found", source, sourceId);
    }

    private boolean exists(String query, String a, String b) {
        var parameters = new HashMap<String, Object>();
        parameters.put("a", a);
        parameters.put("b", b);
        return neo4j.query(query)
                .bindAll(parameters)
                .fetchAs(Boolean.class)
                .mappedBy((types, row) -> row.get("found").asBoolean())
                .one()
                .orElse(false);
    }

    private static Map<String, Object> filter(Status status, String source) {
        var parameters = new HashMap<String, Object>();
        parameters.put("status", status == null ? null : status.name());
        parameters.put("source", source);
        return parameters;
    }
}
