/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
              familyNetwork(personId: $id, depth: $depth, purpose: FAMILY_GROUP_CONFERENCE_PREPARATION) {
                focus { name age }
                members { relationshipToFocus distance person { id name involvements { service status reason } } }
                ties { fromPersonId toPersonId type kind source from to inferred }
              }
            }
            """;

    // A network's first query on a cold service, on a shared build machine, can take longer than the default 5 s.
    HttpGraphQlTester graphQl;

    @Autowired
    void tester(HttpGraphQlTester tester) {
        graphQl = tester.mutate()
                .webTestClient(client -> client.responseTimeout(Duration.ofSeconds(30)))
                .build();
    }

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
    void siblingsNoSourceRecordsAreDerivedFromTheirParents() {
        var maisie = DemoPeople.maisie();
        var leo = DemoPeople.personIdOf("lcs", "C-20118");
        var ava = DemoPeople.personIdOf("hv", "HV-3321");
        List<Map<String, Object>> derived = graphQl
                .document("""
                        query($id: ID!) {
                          familyNetwork(personId: $id, depth: 2, purpose: REVIEW) {
                            ties { fromPersonId toPersonId type kind source derived basis }
                          }
                        }
                        """)
                .variable("id", maisie)
                .execute()
                .path("familyNetwork.ties[?(@.derived == true)]")
                .entityList(Map.class)
                .get()
                .stream()
                .map(m -> (Map<String, Object>) m)
                .toList();
        assertThat(derived)
                .anySatisfy(t -> assertThat(List.of(t.get("fromPersonId"), t.get("toPersonId")))
                        .containsExactlyInAnyOrder(maisie, leo))
                .anySatisfy(t -> assertThat(List.of(t.get("fromPersonId"), t.get("toPersonId")))
                        .containsExactlyInAnyOrder(maisie, ava));
        assertThat(derived)
                .filteredOn(
                        t -> List.of(t.get("fromPersonId"), t.get("toPersonId")).containsAll(List.of(maisie, leo)))
                .singleElement()
                .satisfies(t -> assertThat(t)
                        .containsEntry("type", "SIBLING_OF")
                        .containsEntry("kind", "full")
                        .containsEntry("source", "derived")
                        .containsEntry("basis", "both parents in common (recorded by lcs)"));
    }

    @Test
    void aGrandmotherWhoIsAlsoTheSpecialGuardianIsNamedAsBoth() {
        // She was Daniel's kinship carer first: the order in force names her, whatever order the ties are read in.
        var relations = relationsOf(DemoPeople.personIdOf("lcs", "C-21001"), 2);
        assertThat(relations)
                .containsEntry("Grace Okafor", "maternal grandmother and special guardian")
                .containsEntry("Chioma Okafor", "mother")
                .containsEntry("David Okafor", "brother")
                .containsEntry("Emeka Okafor", "maternal uncle");
    }

    @Test
    void aFosteredChildsCarersAndASiblingWhoseFatherIsNotRecorded() {
        var relations = relationsOf(DemoPeople.personIdOf("lcs", "C-22007"), 2);
        assertThat(relations)
                .containsEntry("Paul Wright", "foster carer")
                .containsEntry("Susan Wright", "foster carer")
                .containsEntry("Sean Doyle", "father")
                .containsEntry("Siobhan Brennan", "mother")
                .containsEntry("Kayleigh Brennan", "sister (shared mother)");
    }

    private Map<String, String> relationsOf(String personId, int depth) {
        return graphQl
                .document(NETWORK)
                .variable("id", personId)
                .variable("depth", depth)
                .execute()
                .path("familyNetwork.members")
                .entityList(Map.class)
                .get()
                .stream()
                .collect(Collectors.toMap(m -> (String) ((Map<?, ?>) m.get("person")).get("name"), m ->
                        (String) m.get("relationshipToFocus")));
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
