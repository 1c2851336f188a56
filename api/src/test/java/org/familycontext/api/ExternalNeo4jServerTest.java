/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api;

import org.familycontext.demo.DemoCouncilLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The production set-up: the service against a separate Neo4j server reached only by a bolt:// URI and a
 * password, as a council runs it. Needs a Docker engine; skipped cleanly where there is none.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
@Import(TestIdentityProvider.class)
class ExternalNeo4jServerTest {

    private static final String PASSWORD = "family-context-test";

    @Container
    static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:2026.08.1-community").withAdminPassword(PASSWORD);

    @Autowired
    HttpGraphQlTester graphQl;

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        registry.add("spring.neo4j.uri", NEO4J::getBoltUrl);
        registry.add("spring.neo4j.authentication.username", () -> "neo4j");
        registry.add("spring.neo4j.authentication.password", () -> PASSWORD);
    }

    @BeforeAll
    static void loadDemo() {
        try (var driver = GraphDatabase.driver(NEO4J.getBoltUrl(), AuthTokens.basic("neo4j", PASSWORD))) {
            org.familycontext.model.schema.SchemaMigrations.apply(driver);
            new DemoCouncilLoader(driver).loadIfEmpty();
        }
    }

    @Test
    void theSameQueriesWorkAgainstAServer() {
        graphQl.document("{ searchPeople(identifier: \"C-20119\") { edges { node { name } } } }")
                .execute()
                .path("searchPeople.edges[0].node.name")
                .entity(String.class)
                .isEqualTo("Maisie Thornbury");
    }
}
