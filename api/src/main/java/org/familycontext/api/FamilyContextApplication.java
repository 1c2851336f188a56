/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The Family Context service: GraphQL at {@code /graphql} and the web UI at {@code /}, over the Neo4j named by
 * {@code spring.neo4j.uri}. It holds no database engine; {@code ./family-context serve} runs it beside an
 * in-process Neo4j for local use.
 */
@SpringBootApplication
public class FamilyContextApplication {

    public static void main(String[] args) {
        SpringApplication.run(FamilyContextApplication.class, args);
    }

    /** Today's date decides ages and what is current; one clock so that tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
