/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.familycontext.api.DemoCouncilGraphQlTest;
import org.familycontext.api.TestIdentityProvider;
import org.familycontext.api.security.Role;
import org.familycontext.model.testing.InProcessNeo4j;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Cohort queries on families written by hand in two test areas (ZT1, ZT2), so that every exact count is known and
 * what disclosure control must withhold can be checked.
 */
@DemoCouncilGraphQlTest
class CohortGraphQlTest {

    private static final Map<String, Object> TEST_AREAS = Map.of("areas", List.of("ZT1", "ZT2"));

    @Autowired
    HttpGraphQlTester graphQl;

    @BeforeEach
    void writeFamilies() {
        removeFamilies();
        var families = new ArrayList<Map<String, Object>>();
        // ZT1: 12 families, 8 of them with children's social care and health visiting now, 4 with housing.
        for (int i = 0; i < 12; i++) {
            families.add(family(
                    "FT1-" + i,
                    "ZT1",
                    i < 6 ? 0 : i < 9 ? 2 : 5,
                    i < 8 ? List.of("CHILDRENS_SOCIAL_CARE", "HEALTH_VISITOR") : List.of("HOUSING"),
                    i == 0 ? 1 : 0,
                    i == 0 ? 1 : 0));
        }
        // ZT2: 3 families: a count small enough to identify them.
        for (int i = 0; i < 3; i++) {
            families.add(family("FT2-" + i, "ZT2", 1, List.of("HOUSING"), 0, 0));
        }
        run("UNWIND $families AS f CREATE (x:Family) SET x = f", Map.of("families", families));
    }

    @AfterEach
    void removeFamilies() {
        run("MATCH (f:Family) WHERE f.id STARTS WITH 'FT' DETACH DELETE f", Map.of());
    }

    @Test
    void aSmallAreaIsWithheldAndSoIsTheCellThatWouldGiveItAway() {
        var response = analyst().document("""
                        query($filter: CohortFilter) {
                          cohort(filter: $filter) {
                            families { value withheld text }
                            byArea { rows { key families { value withheld text } } total { value } csv }
                            byIndicatorCount { rows { key families { value withheld } } total { value } }
                            byService { rows { key families { value } } csv }
                            notes
                          }
                        }
                        """).variable("filter", TEST_AREAS).execute();
        response.path("cohort.families.value").entity(Double.class).isEqualTo(15.0);
        response.path("cohort.byArea.rows[?(@.key == 'ZT2')].families.withheld")
                .entityList(String.class)
                .containsExactly("SUPPRESSED");
        // 15 in all and 12 in ZT1 would say ZT2 has 3: ZT1 is withheld too.
        response.path("cohort.byArea.rows[?(@.key == 'ZT1')].families.withheld")
                .entityList(String.class)
                .containsExactly("SUPPRESSED");
        response.path("cohort.byArea.total.value").entity(Double.class).isEqualTo(15.0);
        response.path("cohort.byArea.csv")
                .entity(String.class)
                .satisfies(csv -> assertThat(csv)
                        .contains("ZT2,[c]")
                        .contains("ZT1,[c]")
                        .doesNotContain(",3\r\n")
                        .doesNotContain(",12\r\n"));
        // By indicator count: 6 with none, 3 with 1 (ZT2), 3 with 2, 3 with 5: the small ones are withheld.
        response.path("cohort.byIndicatorCount.rows[?(@.key == '0')].families.value")
                .entityList(Double.class)
                .containsExactly(6.0);
        response.path("cohort.byIndicatorCount.rows[?(@.key == '1')].families.withheld")
                .entityList(String.class)
                .containsExactly("SUPPRESSED");
        response.path("cohort.notes").entityList(String.class).hasSizeGreaterThan(0);
        // A family counts once for each service: the CSV ends with the families, not the rows' sum (23).
        response.path("cohort.byService.csv")
                .entity(String.class)
                .satisfies(csv -> assertThat(csv)
                        .contains("CHILDRENS_SOCIAL_CARE,8")
                        .endsWith("all families (each counted once),15\r\n"));
    }

    @Test
    void filtersNarrowTheFamiliesCounted() {
        var filter = Map.of("areas", List.of("ZT1", "ZT2"), "minIndicators", 2);
        analyst()
                .document("query($filter: CohortFilter) { cohort(filter: $filter) { families { value } } }")
                .variable("filter", filter)
                .execute()
                .path("cohort.families.value")
                .entity(Double.class)
                .isEqualTo(6.0);
        var withService = Map.of(
                "areas", List.of("ZT1", "ZT2"),
                "services", List.of(Map.of("service", "CHILDRENS_SOCIAL_CARE", "status", "CURRENT")));
        analyst()
                .document("query($filter: CohortFilter) { cohort(filter: $filter) { families { value } } }")
                .variable("filter", withService)
                .execute()
                .path("cohort.families.value")
                .entity(Double.class)
                .isEqualTo(8.0);
    }

    @Test
    void servicesThatGoTogetherComeWithTheirLiftAndSmallPairsWithheld() {
        var response = analyst().document("""
                        query($filter: CohortFilter) {
                          serviceCoOccurrence(filter: $filter) {
                            services families { value }
                            cells { row column families { value withheld } lift { value withheld } }
                            csv
                          }
                        }
                        """).variable("filter", TEST_AREAS).execute();
        response.path("serviceCoOccurrence.services")
                .entityList(String.class)
                .containsExactly("CHILDRENS_SOCIAL_CARE", "HEALTH_VISITOR", "HOUSING");
        // Children's social care and health visiting: 8 families with both, of 15; each with 8: lift 15/8.
        response.path(
                        "serviceCoOccurrence.cells[?(@.row == 'CHILDRENS_SOCIAL_CARE' && @.column == 'HEALTH_VISITOR')].families.value")
                .entityList(Double.class)
                .containsExactly(8.0);
        response.path(
                        "serviceCoOccurrence.cells[?(@.row == 'CHILDRENS_SOCIAL_CARE' && @.column == 'HEALTH_VISITOR')].lift.value")
                .entityList(Double.class)
                .containsExactly(1.88);
        // Housing and health visiting: none together, 7 families with housing: published (0 is no one).
        response.path("serviceCoOccurrence.cells[?(@.row == 'HOUSING' && @.column == 'HOUSING')].families.value")
                .entityList(Double.class)
                .containsExactly(7.0);
    }

    @Test
    void careAcrossGenerationsIsCountedAndAOneIsNeverShown() {
        var response = analyst().document("""
                        query($filter: CohortFilter) {
                          careAcrossGenerations(filter: $filter) {
                            childrenInCare { value withheld text } withParentInCare { withheld }
                            byArea { csv }
                          }
                        }
                        """).variable("filter", TEST_AREAS).execute();
        response.path("careAcrossGenerations.childrenInCare.withheld")
                .entity(String.class)
                .isEqualTo("SUPPRESSED");
        response.path("careAcrossGenerations.childrenInCare.text")
                .entity(String.class)
                .isEqualTo("[c]");
        response.path("careAcrossGenerations.withParentInCare.withheld")
                .entity(String.class)
                .isEqualTo("SUPPRESSED");
    }

    @Test
    void aCohortQueryIsAuditedWithItsFilterAndNoPerson() {
        var user = "ana." + java.util.UUID.randomUUID();
        TestIdentityProvider.as(graphQl, user, Role.ANALYST)
                .document("query($filter: CohortFilter) { cohort(filter: $filter) { families { text } } }")
                .variable("filter", Map.of("areas", List.of("ZT1"), "minIndicators", 2))
                .execute()
                .errors()
                .verify();
        try (var session = InProcessNeo4j.driver().session()) {
            var events = session.run(
                            "MATCH (e:AuditEvent {user: $user}) RETURN e.action AS action, e.variables AS variables,"
                                    + " e.personIds AS persons",
                            Map.of("user", user))
                    .list(r -> r.asMap());
            assertThat(events).singleElement().satisfies(e -> {
                assertThat(e.get("action")).isEqualTo("COHORT_QUERY");
                assertThat((String) e.get("variables")).contains("ZT1").contains("minIndicators");
                assertThat((List<?>) e.get("persons")).isEmpty();
            });
        }
    }

    @Test
    void aFilterThatMatchesNoFamilyAnswersZeros() {
        var nowhere = Map.<String, Object>of("areas", List.of("ZZ9"));
        var response = analyst().document("""
                        query($filter: CohortFilter) {
                          cohort(filter: $filter) { families { value } byArea { rows { key } total { text } csv } }
                          serviceCoOccurrence(filter: $filter) { services families { value } csv }
                          careAcrossGenerations(filter: $filter) { childrenInCare { value } byArea { csv } }
                          relatedFamilies(minFamilies: 900) { bySize { rows { key } total { text } } largestGroups { rank } }
                        }
                        """).variable("filter", nowhere).execute();
        response.errors().verify();
        response.path("cohort.families.value").entity(Double.class).isEqualTo(0.0);
        response.path("cohort.byArea.rows").entityList(Object.class).hasSize(0);
        response.path("cohort.byArea.total.text").entity(String.class).isEqualTo("0");
        response.path("serviceCoOccurrence.services").entityList(String.class).hasSize(0);
        response.path("serviceCoOccurrence.families.value").entity(Double.class).isEqualTo(0.0);
        response.path("careAcrossGenerations.childrenInCare.value")
                .entity(Double.class)
                .isEqualTo(0.0);
        response.path("relatedFamilies.bySize.rows").entityList(Object.class).hasSize(0);
        response.path("relatedFamilies.largestGroups").entityList(Object.class).hasSize(0);
    }

    @Test
    void badArgumentsAreRefusedNamingTheField() {
        refused(
                "{ cohort(filter: { childAgeFrom: 30 }) { families { text } } }",
                "filter.childAgeFrom: between 0 and 25");
        refused(
                "{ cohort(filter: { minChildren: 3, maxChildren: 1 }) { families { text } } }",
                "filter.maxChildren: at least minChildren");
        refused(
                "{ cohort(disclosure: { threshold: 2 }) { families { text } } }",
                "disclosure.threshold: between 5 (this council's minimum) and 100");
        refused("{ cohort(disclosure: { roundTo: 3 }) { families { text } } }", "disclosure.roundTo: 1, 5 or 10");
        refused(
                "{ cohort(filter: { services: [{ service: POLICE, from: \"yesterday\" }] }) { families { text } } }",
                "filter.services[0].from: give a date as YYYY-MM-DD");
        refused("{ relatedFamilies(minFamilies: 1) { bySize { csv } } }", "minFamilies must be between 2 and 1000");
    }

    @Test
    void roundingToFiveRoundsWhatIsPublished() {
        analyst()
                .document("""
                        query($filter: CohortFilter) {
                          cohort(filter: $filter, disclosure: { roundTo: 5 }) { families { value } }
                        }
                        """)
                .variable("filter", Map.of("areas", List.of("ZT1")))
                .execute()
                .path("cohort.families.value")
                .entity(Double.class)
                .isEqualTo(10.0);
    }

    private void refused(String document, String message) {
        analyst()
                .document(document)
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getMessage()).isEqualTo(message);
                    assertThat(e.getErrorType()).hasToString("BAD_REQUEST");
                }));
    }

    private GraphQlTester analyst() {
        return TestIdentityProvider.as(graphQl, "ana.test", Role.ANALYST);
    }

    private static Map<String, Object> family(
            String id, String area, int indicators, List<String> services, int inCare, int inCareWithParent) {
        var names =
                List.of("parental_mental_health", "domestic_abuse", "substance_misuse", "offending", "poor_attendance");
        return Map.ofEntries(
                Map.entry("id", id),
                Map.entry("area", area),
                Map.entry("people", 4),
                Map.entry("children", 2),
                Map.entry("adults", 2),
                Map.entry("youngestChildAge", 3),
                Map.entry("oldestChildAge", 9),
                Map.entry("loneParent", false),
                Map.entry("indicators", names.subList(0, indicators)),
                Map.entry("indicatorCount", indicators),
                Map.entry("servicesCurrent", services),
                Map.entry("servicesEver", services),
                Map.entry("openCases", 0),
                Map.entry("childrenInCare", inCare),
                Map.entry("childrenInCareWithParentInCare", inCareWithParent));
    }

    private static void run(String cypher, Map<String, Object> params) {
        try (var session = InProcessNeo4j.driver().session()) {
            session.run(cypher, params).consume();
        }
    }
}
