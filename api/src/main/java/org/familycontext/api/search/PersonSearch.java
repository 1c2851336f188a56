/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.search;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.familycontext.api.person.PersonView;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Finds persons through their records: by identifier straight away, by name through the full-text index. */
@Component
class PersonSearch {

    private static final String BY_IDENTIFIER = """
            CALL () {
              MATCH (r:Record {caseId: $id}) RETURN r
              UNION
              MATCH (r:Record {nhsNumber: $digits}) RETURN r
              UNION
              MATCH (r:Record {upn: $upper}) RETURN r
            }
            MATCH (r)-[:PART_OF]->(p:Person)
            WITH DISTINCT p
            RETURN p %s AS p
            ORDER BY p.surname, p.forename
            LIMIT $first
            """.formatted(PersonView.PROJECTION);

    // A date of birth narrows to persons with a record born that day; the name score orders what is left.
    private static final String BY_NAME = """
            CALL db.index.fulltext.queryNodes('record_names', $query) YIELD node, score
            MATCH (node)-[:PART_OF]->(p:Person)
            WITH p, max(score) AS score
            WHERE $dob IS NULL OR EXISTS { (p)<-[:PART_OF]-(:Record {birthDate: $dob}) }
            RETURN p %s AS p
            ORDER BY score DESC, p.surname, p.forename
            LIMIT $first
            """.formatted(PersonView.PROJECTION);

    private final Neo4jClient neo4j;

    PersonSearch(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    List<PersonView> byIdentifier(String identifier, int first) {
        var trimmed = identifier.strip();
        var parameters = new HashMap<String, Object>();
        parameters.put("id", trimmed);
        parameters.put("digits", trimmed.replaceAll("[\\s-]", ""));
        parameters.put("upper", trimmed.toUpperCase(java.util.Locale.ROOT));
        parameters.put("first", first);
        return run(BY_IDENTIFIER, parameters);
    }

    List<PersonView> byName(String luceneQuery, LocalDate dob, int first) {
        var parameters = new HashMap<String, Object>();
        parameters.put("query", luceneQuery);
        parameters.put("dob", dob == null ? null : dob.toString());
        parameters.put("first", first);
        return run(BY_NAME, parameters);
    }

    @SuppressWarnings("unchecked")
    private List<PersonView> run(String cypher, Map<String, Object> parameters) {
        return neo4j.query(cypher).bindAll(parameters).fetch().all().stream()
                .map(row -> PersonView.of((Map<String, Object>) row.get("p")))
                .toList();
    }
}
