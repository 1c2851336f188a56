/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Every GraphQL request the API benchmark sends, in one place: what the web page asks for (ui/src/api.ts) on each
 * screen, with the purpose of access a social worker gives. {@code BenchPartsTest} checks each against the
 * service's schema, so that a change to the API that breaks one fails the build, not a ten-minute run.
 */
final class ApiQueries {

    /** The purpose of access the benchmark's social worker gives. */
    static final String PURPOSE = "CHILD_AND_FAMILY_ASSESSMENT";

    /** Answers any signed-in user: whether the service lets the benchmark's user in at all. */
    static final String SIGN_IN_CHECK = "query SignInCheck { __typename }";

    private static final String PERSON_SUMMARY = "id name birthDate age deathDate records { source }";

    private static final String INVOLVEMENT = """
            service serviceName status startDate endDate lastContact reason team source
            leadPractitioner { name role phone email }
            details { label value }""";

    String search() {
        return """
                query SearchPeople($name: String, $dateOfBirth: String, $identifier: String, $first: Int) {
                  searchPeople(name: $name, dateOfBirth: $dateOfBirth, identifier: $identifier, first: $first) {
                    edges { node { %s } }
                  }
                }
                """.formatted(PERSON_SUMMARY);
    }

    /** The person IDs in a search answer's data, best first. */
    List<String> foundIds(JsonNode data) {
        var ids = new ArrayList<String>();
        for (var edge : data.path("searchPeople").path("edges")) {
            ids.add(edge.path("node").path("id").asString());
        }
        return ids;
    }

    /** The person page: every record with its match links, and addresses over time. */
    String person() {
        return """
                query Person($id: ID!) {
                  person(id: $id, purpose: %s) {
                    id name forename surname birthDate age sex deathDate
                    records {
                      source sourceId forename middleNames surname aliases previousSurnames birthDate sex
                      nhsNumber upn caseId deathDate
                      matchLinks {
                        otherSource otherSourceId status probability matchWeight
                        explanation { comparison level weight }
                      }
                    }
                    addresses { lines postcode uprn from to source current }
                  }
                }
                """.formatted(PURPOSE);
    }

    /** The family network as the page draws it: every member with their records and services. */
    String familyNetwork() {
        return """
                query FamilyNetwork($personId: ID!, $depth: Int!) {
                  familyNetwork(personId: $personId, depth: $depth, purpose: %s) {
                    focus { id }
                    members {
                      relationshipToFocus distance
                      person {
                        id name birthDate age sex deathDate
                        records { source sourceId nhsNumber upn caseId }
                        involvements {
                          %s
                        }
                      }
                    }
                    ties { fromPersonId toPersonId type kind from to source inferred confidence }
                  }
                }
                """.formatted(PURPOSE, INVOLVEMENT);
    }

    /** A person's services in full: what every loaded source holds about them, by service. */
    String involvements() {
        return """
                query Involvements($id: ID!) {
                  involvements(personId: $id, purpose: %s) {
                    person { id name }
                    services {
                      service serviceName status
                      leadPractitioner { name role phone email }
                      sources {
                        status noneFoundMeans notApplicableBecause
                        source { name system dataCurrentAsOf areaCovered }
                        involvements {
                          %s
                        }
                      }
                    }
                  }
                }
                """.formatted(PURPOSE, INVOLVEMENT);
    }

    /** Every request, by name. */
    Map<String, String> all() {
        return Map.of(
                "searchPeople",
                search(),
                "person",
                person(),
                "familyNetwork",
                familyNetwork(),
                "involvements",
                involvements());
    }
}
