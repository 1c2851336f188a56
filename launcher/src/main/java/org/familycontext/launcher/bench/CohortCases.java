/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.bench;

import java.util.List;
import java.util.Map;

/**
 * The cohort questions the cohort benchmark asks, as an analyst's page asks them: each a GraphQL query with its
 * filter. {@code BenchPartsTest} checks each against the service's schema.
 */
final class CohortCases {

    /** One question: its name, its query, its variables, and whether it is a co-occurrence matrix (10 s target). */
    record Case(String name, String query, Map<String, Object> variables, boolean matrix) {}

    private static final String COHORT = """
            query Cohort($filter: CohortFilter) {
              cohort(filter: $filter) {
                families { text }
                byIndicatorCount { rows { key families { text } } total { text } csv }
                byArea { rows { key families { text } } csv }
                byService { rows { key families { text } } csv }
                byIndicator { rows { key families { text } } csv }
                indicators { name available }
                notes
              }
            }
            """;

    private static final String CO_OCCURRENCE = """
            query CoOccurrence($filter: CohortFilter, $currentOnly: Boolean) {
              serviceCoOccurrence(filter: $filter, currentOnly: $currentOnly) {
                services families { text } cells { row column families { text } lift { text } } csv
              }
            }
            """;

    private static final String RELATED = """
            query Related {
              relatedFamilies(minFamilies: 2, first: 20) {
                families { text } familiesInGroups { text } bySize { rows { key families { text } } csv }
                largestGroups { rank families { text } people { text } openCases { text } childrenInCare { text } }
              }
            }
            """;

    private static final String CARE = """
            query Care($filter: CohortFilter) {
              careAcrossGenerations(filter: $filter) {
                childrenInCare { text } withParentInCare { text } byArea { csv } withParentInCareByArea { csv }
              }
            }
            """;

    private CohortCases() {}

    static List<Case> all() {
        return List.of(
                new Case("every family", COHORT, Map.of(), false),
                new Case(
                        "lone parents with a child under 5",
                        COHORT,
                        Map.of("filter", Map.of("loneParent", true, "childAgeFrom", 0, "childAgeTo", 4)),
                        false),
                new Case("five or more indicators", COHORT, Map.of("filter", Map.of("minIndicators", 5)), false),
                new Case(
                        "children's social care in 2025 and adult mental health ever",
                        COHORT,
                        Map.of(
                                "filter",
                                Map.of(
                                        "services",
                                        List.of(
                                                Map.of(
                                                        "service",
                                                        "CHILDRENS_SOCIAL_CARE",
                                                        "from",
                                                        "2025-01-01",
                                                        "to",
                                                        "2025-12-31"),
                                                Map.of("service", "ADULT_MENTAL_HEALTH", "status", "ANY")))),
                        false),
                new Case("co-occurrence, current services", CO_OCCURRENCE, Map.of("currentOnly", true), true),
                new Case("co-occurrence, services ever", CO_OCCURRENCE, Map.of("currentOnly", false), true),
                new Case("related families", RELATED, Map.of(), false),
                new Case("care across generations", CARE, Map.of(), false));
    }
}
