/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Every GraphQL request the API benchmark sends, in one place: what the web page asks for (ui/src/api.ts) on each
 * screen. Three changes to the API are taken from its schema when the service starts: a {@code purpose} argument
 * where an operation has one (opening a person needs a purpose of access), {@code searchPeople} as a connection
 * ({@code edges { node }}) rather than a list, and a person's services from {@code involvements(personId)} (every
 * loaded source by service) where that operation exists, else from {@code Person.involvements}. Anything else
 * that changes in the API is changed here.
 */
final class ApiQueries {

    /** The purpose of access the benchmark's social worker gives. */
    static final String PURPOSE = "CHILD_AND_FAMILY_ASSESSMENT";

    /** The operations of Query with their arguments, and whether searchPeople returns a connection. */
    static final String SCHEMA_PROBE = """
            query SchemaProbe {
              __type(name: "Query") {
                fields { name args { name } type { kind name ofType { kind name } } }
              }
            }
            """;

    private static final String PERSON_SUMMARY = "id name birthDate age deathDate records { source }";

    private static final String INVOLVEMENT = """
            service serviceName status startDate endDate lastContact reason team source
            leadPractitioner { name role phone email }
            details { label value }""";

    private final Set<String> takesPurpose;
    private final boolean searchIsConnection;
    private final boolean involvementsBySource;

    /**
     * @param involvementsBySource whether Query has {@code involvements(personId)}, every loaded source's answer
     *     grouped by service
     */
    ApiQueries(Set<String> operationsTakingPurpose, boolean searchIsConnection, boolean involvementsBySource) {
        this.takesPurpose = Set.copyOf(operationsTakingPurpose);
        this.searchIsConnection = searchIsConnection;
        this.involvementsBySource = involvementsBySource;
    }

    /** The queries for the API as its schema describes it (the answer to {@link #SCHEMA_PROBE}). */
    static ApiQueries forSchema(JsonNode probeData) {
        var takesPurpose = new HashSet<String>();
        boolean connection = false;
        boolean involvementsBySource = false;
        for (var field : probeData.path("__type").path("fields")) {
            var name = field.path("name").asString("");
            involvementsBySource |= name.equals("involvements");
            for (var arg : field.path("args")) {
                if (arg.path("name").asString("").equals("purpose")) {
                    takesPurpose.add(name);
                }
            }
            if (name.equals("searchPeople")) {
                var type = field.path("type");
                var unwrapped = type.path("kind").asString("").equals("NON_NULL") ? type.path("ofType") : type;
                connection = !unwrapped.path("kind").asString("").equals("LIST");
            }
        }
        return new ApiQueries(takesPurpose, connection, involvementsBySource);
    }

    /** The API of issue 5, which this version of the benchmark was written for. */
    static ApiQueries assumed() {
        return new ApiQueries(Set.of("person", "familyNetwork", "involvements"), true, true);
    }

    String search() {
        var people = searchIsConnection ? "edges { node { " + PERSON_SUMMARY + " } }" : PERSON_SUMMARY;
        return """
                query SearchPeople($name: String, $dateOfBirth: String, $identifier: String, $first: Int) {
                  searchPeople(name: $name, dateOfBirth: $dateOfBirth, identifier: $identifier, first: $first%s) {
                    %s
                  }
                }
                """.formatted(purpose("searchPeople"), people);
    }

    /** The person IDs in a search answer's data, best first. */
    List<String> foundIds(JsonNode data) {
        var ids = new ArrayList<String>();
        for (var item : searchIsConnection ? data.path("searchPeople").path("edges") : data.path("searchPeople")) {
            var person = searchIsConnection ? item.path("node") : item;
            ids.add(person.path("id").asString());
        }
        return ids;
    }

    /** The person page: every record with its match links, and addresses over time. */
    String person() {
        return """
                query Person($id: ID!) {
                  person(id: $id%s) {
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
                """.formatted(purpose("person"));
    }

    /** The family network as the page draws it: every member with their records and services. */
    String familyNetwork() {
        return """
                query FamilyNetwork($personId: ID!, $depth: Int!) {
                  familyNetwork(personId: $personId, depth: $depth%s) {
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
                """.formatted(purpose("familyNetwork"), INVOLVEMENT);
    }

    /** A person's services in full: what every loaded source holds, or the person's involvements. */
    String involvements() {
        if (involvementsBySource) {
            return """
                    query Involvements($id: ID!) {
                      involvements(personId: $id%s) {
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
                    """.formatted(purpose("involvements"), INVOLVEMENT);
        }
        return """
                query Involvements($id: ID!) {
                  person(id: $id%s) {
                    id
                    involvements {
                      %s
                    }
                  }
                }
                """.formatted(purpose("person"), INVOLVEMENT);
    }

    Map<String, Object> describe() {
        return Map.of(
                "purposeOn",
                takesPurpose.stream().sorted().toList(),
                "searchIsConnection",
                searchIsConnection,
                "involvementsBySource",
                involvementsBySource);
    }

    private String purpose(String operation) {
        return takesPurpose.contains(operation) ? ", purpose: " + PURPOSE : "";
    }
}
