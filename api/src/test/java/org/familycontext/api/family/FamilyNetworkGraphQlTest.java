/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.familycontext.api.DemoCouncilGraphQlTest;
import org.familycontext.api.DemoPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

@DemoCouncilGraphQlTest
class FamilyNetworkGraphQlTest {

    private static final String NETWORK = """
            query($id: ID!, $depth: Int) {
              familyNetwork(personId: $id, depth: $depth) {
                focus { name age }
                members { relationshipToFocus distance person { id name involvements { service status reason } } }
                ties { fromPersonId toPersonId type kind source from to inferred }
              }
            }
            """;

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void aChildsFamilyIsNamedFromTheChildsPointOfView() {
        var members = graphQl.document(NETWORK)
                .variable("id", DemoPeople.maisie())
                .variable("depth", 2)
                .execute()
                .path("familyNetwork.members")
                .entityList(Map.class)
                .get();
        Map<String, String> relationByName = members.stream()
                .collect(Collectors.toMap(m -> (String) ((Map<?, ?>) m.get("person")).get("name"), m ->
                        (String) m.get("relationshipToFocus")));

        assertThat(relationByName)
                .containsEntry("Maisie Thornbury", "this person")
                .containsEntry("Catherine Hale", "mother")
                .containsEntry("Ryan Thornbury", "father")
                .containsEntry(
                        "James Cole", "stepfather") // "Jamie" in housing, "James" at the drug and alcohol service
                .containsEntry("Leo Thornbury", "brother")
                .containsEntry("Ava Cole", "half-sister (maternal)")
                .containsEntry("Margaret Hale", "maternal grandmother")
                .containsEntry("Dennis Hale", "maternal grandfather");
        // Kate's sister is three steps away: not in a depth-2 network.
        assertThat(relationByName).doesNotContainKey("Lisa Hale");
    }

    @Test
    void deeperNetworksReachTheWiderFamily() {
        var members = graphQl.document(NETWORK)
                .variable("id", DemoPeople.maisie())
                .variable("depth", 4)
                .execute()
                .path("familyNetwork.members[*].relationshipToFocus")
                .entityList(String.class)
                .get();
        assertThat(members).contains("maternal aunt", "maternal cousin").doesNotContainNull();
    }

    @Test
    void everyMemberComesWithTheirServicesAndEveryTieWithItsSource() {
        var response = graphQl.document(NETWORK)
                .variable("id", DemoPeople.maisie())
                .variable("depth", 2)
                .execute();
        var mother = response.path(
                        "familyNetwork.members[?(@.relationshipToFocus == 'mother')].person.involvements[*].reason")
                .entityList(String.class)
                .get();
        assertThat(mother).contains("Tenancy; rent arrears over 6 weeks");

        List<Map<String, Object>> ties = response.path("familyNetwork.ties").entityList(Map.class).get().stream()
                .map(m -> (Map<String, Object>) m)
                .toList();
        assertThat(ties).allSatisfy(t -> assertThat(t.get("source")).isNotNull());
        assertThat(ties)
                .anySatisfy(t -> assertThat(t)
                        .containsEntry("type", "PARTNER_OF")
                        .containsEntry("kind", "separated")
                        .containsEntry("from", "2014-07-12")
                        .containsEntry("to", "2021-03-01"));
    }

    @Test
    void aCarerIsNamedByTheTieStillInForce() {
        // Grace cared for Daniel as kinship carer until the special guardianship order replaced that placement.
        var relations = graphQl.document(NETWORK)
                .variable("id", DemoPeople.personIdOf("lcs", "C-21001"))
                .variable("depth", 1)
                .execute()
                .path("familyNetwork.members[?(@.person.name == 'Grace Okafor')].relationshipToFocus")
                .entityList(String.class)
                .get();
        assertThat(relations).containsExactly("special guardian");
    }

    @Test
    void aDepthBeyondFourIsRefusedWithAnErrorThatSaysWhy() {
        graphQl.document(NETWORK)
                .variable("id", DemoPeople.maisie())
                .variable("depth", 5)
                .execute()
                .errors()
                .expect(e -> e.getMessage().equals("depth must be between 1 and 4")
                        && e.getErrorType().toString().equals("BAD_REQUEST"))
                .verify()
                .path("familyNetwork")
                .valueIsNull();
    }

    @Test
    void anUnknownPersonHasNoNetwork() {
        graphQl.document(NETWORK)
                .variable("id", "P0000000000000000")
                .variable("depth", 2)
                .execute()
                .path("familyNetwork")
                .valueIsNull();
    }
}
