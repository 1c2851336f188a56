/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.model.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.familycontext.model.testing.InProcessNeo4j;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;

class SchemaMigrationsTest {

    @Test
    void everyMergeKeyHasAUniquenessConstraintAndNamesHaveAFullTextIndex() {
        try (var session = InProcessNeo4j.driver().session()) {
            var constraints = session.run("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names")
                    .single()
                    .get("names")
                    .asList(v -> v.asString());
            assertThat(constraints)
                    .contains(
                            "record_key",
                            "person_id",
                            "address_key",
                            "household_id",
                            "involvement_key",
                            "source_name",
                            "audit_event_seq",
                            "audit_chain_name",
                            "data_problem_id");
            var fullText = session.run("SHOW FULLTEXT INDEXES YIELD name RETURN collect(name) AS names")
                    .single()
                    .get("names")
                    .asList(v -> v.asString());
            assertThat(fullText).contains("record_names");
        }
    }

    @Test
    void applyingAgainIsANoOpAtTheSameVersion() {
        var first = SchemaMigrations.apply(InProcessNeo4j.driver());
        var second = SchemaMigrations.apply(InProcessNeo4j.driver());
        assertThat(second).isEqualTo(first).isEqualTo("0009");
    }

    @Test
    void theRecordKeyConstraintRefusesASecondRecordWithTheSameSourceAndId() {
        InProcessNeo4j.clear();
        try (var session = InProcessNeo4j.driver().session()) {
            var row = Map.<String, Object>of("source", "school", "sourceId", "U1");
            session.run("CREATE (:Record {source: $source, sourceId: $sourceId})", row)
                    .consume();
            assertThatThrownBy(() -> session.run("CREATE (:Record {source: $source, sourceId: $sourceId})", row)
                            .consume())
                    .isInstanceOf(ClientException.class)
                    .hasMessageContaining("already exists");
        }
    }
}
