/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.familycontext.api.family.NetworkFixture.id;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.familycontext.api.DemoCouncilGraphQlTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Networks of a small test family beside the demo council: a child living with her mother, full brother,
 * half-sister, stepfather and a lodger; her father lives elsewhere; her stepfather has a son of his own.
 */
@DemoCouncilGraphQlTest
class NetworkShapesGraphQlTest {

    private static final String NETWORK = """
            query($id: ID!, $depth: Int!, $minConfidence: Float, $includeInferred: Boolean, $asOf: String) {
              familyNetwork(personId: $id, depth: $depth, minConfidence: $minConfidence,
                            includeInferred: $includeInferred, asOf: $asOf, purpose: CHILD_AND_FAMILY_ASSESSMENT) {
                truncated asOf
                members { relationshipToFocus distance inferred person { id } }
                ties { fromPersonId toPersonId type kind from to source inferred confidence basis derived }
                households { id addressLines uprn from to current memberCount
                             members { person { id } from to current } }
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

    private final NetworkFixture family = new NetworkFixture();

    @BeforeEach
    void writeTheFamily() {
        family.remove();
        family.person("child", "FEMALE", "2015-01-01")
                .person("mum", "FEMALE", "1985-04-01")
                .person("dad", "MALE", "1983-02-01")
                .person("bro", "MALE", "2012-06-01")
                .person("halfsis", "FEMALE", "2019-09-01")
                .person("otherdad", "MALE", "1980")
                .person("stepdad", "MALE", "1982-05-05")
                .person("stepbro", "MALE", "2010-03-03")
                .person("exwife", "FEMALE", "1984")
                .person("lodger", "MALE", "1990")
                .tie("PARENT_OF", "birth", "mum", "child")
                .tie("PARENT_OF", "birth", "dad", "child")
                .tie("PARENT_OF", "birth", "mum", "bro")
                .tie("PARENT_OF", "birth", "dad", "bro")
                .tie("SIBLING_OF", "full", "child", "bro")
                .tie("PARENT_OF", "birth", "mum", "halfsis")
                .tie("PARENT_OF", "birth", "otherdad", "halfsis")
                .tie("PARENT_OF", "step", "stepdad", "child", "2020-01-01", null)
                .tie("PARENT_OF", "birth", "stepdad", "stepbro")
                .tie("PARENT_OF", "birth", "exwife", "stepbro")
                .tie("PARTNER_OF", "separated", "mum", "dad", "2010", "2018-06")
                .tie("PARTNER_OF", "cohabiting", "mum", "stepdad", "2019-03", null)
                .inferred("lodger", "child", "possible_parent_or_carer", 0.4)
                .household("HNT1", "999000900001", "1 New Road, Testton", "2015-01-01", null)
                .member("HNT1", "child", "2015-01-01", null)
                .member("HNT1", "mum", "2015-01-01", null)
                .member("HNT1", "bro", "2015-01-01", null)
                .member("HNT1", "halfsis", "2019-09-01", null)
                .member("HNT1", "stepdad", "2020-01-01", null)
                .member("HNT1", "lodger", "2021-05", null)
                .household("HNT0", "999000900002", "1 Old Road, Testton", "2012-06-01", "2014-12-31")
                .member("HNT0", "mum", "2012-06-01", "2014-12-31")
                .member("HNT0", "dad", "2012-06-01", "2014-12-31")
                .member("HNT0", "bro", "2012-06-01", "2014-12-31");
    }

    @AfterEach
    void removeTheFamily() {
        family.remove();
    }

    @Test
    void siblingsAreDerivedFromSharedParentsAsFullHalfOrStep() {
        var response = network(2, Map.of());
        assertThat(relations(response))
                .containsEntry("mum", "mother")
                .containsEntry("dad", "father")
                .containsEntry("stepdad", "stepfather")
                .containsEntry("bro", "brother")
                .containsEntry("halfsis", "half-sister (maternal)")
                .containsEntry("stepbro", "stepbrother");

        var derived = ties(response).stream()
                .filter(t -> Boolean.TRUE.equals(t.get("derived")))
                .collect(Collectors.toMap(t -> pair(t), t -> (String) t.get("kind")));
        assertThat(derived)
                .containsEntry(pair("child", "halfsis"), "half")
                .containsEntry(pair("bro", "halfsis"), "half")
                .containsEntry(pair("child", "stepbro"), "step")
                // A source records the brother as a full sibling already: no second, derived tie says it again.
                .doesNotContainKey(pair("child", "bro"));
        assertThat(ties(response))
                .filteredOn(t -> Boolean.TRUE.equals(t.get("derived")))
                .allSatisfy(t -> assertThat(t)
                        .containsEntry("source", "derived")
                        .containsEntry("type", "SIBLING_OF")
                        .containsEntry("inferred", false)
                        .containsEntry("confidence", 1.0)
                        .containsKey("basis"));
        assertThat(ties(response))
                .filteredOn(t -> pair(t).equals(pair("child", "bro")))
                .singleElement()
                .satisfies(t -> assertThat(t).containsEntry("source", NetworkFixture.SOURCE));
    }

    @Test
    void aRecordedGrandparentIsGivenTheSideTheParentsSay() {
        family.person("gran", "FEMALE", "1960")
                .tie("PARENT_OF", "birth", "gran", "mum")
                .tie("RELATIVE_OF", "grandparent", "gran", "child")
                .person("greataunt", "FEMALE", "1958")
                .tie("RELATIVE_OF", "aunt_uncle", "greataunt", "child");
        assertThat(relations(network(1, Map.of())))
                .containsEntry("gran", "maternal grandmother")
                // No parent says which side she is on: the source's word stands.
                .containsEntry("greataunt", "aunt");
    }

    @Test
    void theWalkDoesNotGoFromAFosterCarerToTheOtherChildrenTheyFosterOrTheirFamilies() {
        family.person("carer", "FEMALE", "1970")
                .person("carers-son", "MALE", "1995")
                .person("other-child", "MALE", "2016")
                .person("other-mum", "FEMALE", "1990")
                .tie("PARENT_OF", "foster", "carer", "child", "2024-01-01", null)
                .tie("PARENT_OF", "birth", "carer", "carers-son")
                .tie("PARENT_OF", "foster", "carer", "other-child", "2023-01-01", null)
                .tie("PARENT_OF", "birth", "other-mum", "other-child");
        assertThat(relations(network(3, Map.of())))
                .containsEntry("carer", "foster carer")
                .containsEntry("carers-son", "foster carer's son")
                .doesNotContainKeys("other-child", "other-mum");
        // Seen from the carer, every child she fosters is there.
        assertThat(relations(network("carer", 1, Map.of())))
                .containsEntry("child", "foster child")
                .containsEntry("other-child", "foster child");
    }

    @Test
    void someoneSharingTheHomeWithoutATieIsAHouseholdMemberAndRelativesThereAreNamedAsRelatives() {
        var nearest = relations(network(1, Map.of()));
        assertThat(nearest)
                .containsEntry("lodger", "household member")
                // Not reached through ties at depth 1, but she lives there; and the ties say who she is.
                .containsEntry("halfsis", "half-sister (maternal)")
                .doesNotContainKey("stepbro");
        assertThat(members(network(1, Map.of())))
                .filteredOn(m -> id("halfsis").equals(((Map<?, ?>) m.get("person")).get("id")))
                .singleElement()
                .satisfies(m -> assertThat(m).containsEntry("distance", 1));
        var wider = relations(network(2, Map.of()));
        assertThat(wider)
                .containsEntry("lodger", "household member")
                .containsEntry("halfsis", "half-sister (maternal)");

        // Only who lives there now (or on the day asked for); and a lodger's family is not the child's.
        family.person("oldlodger", "MALE", "1970")
                .member("HNT1", "oldlodger", "2015-01-01", "2016-06")
                .person("lodgers-mum", "FEMALE", "1960")
                .tie("PARENT_OF", "birth", "lodgers-mum", "lodger");
        assertThat(relations(network(3, Map.of()))).doesNotContainKeys("oldlodger", "lodgers-mum");
        assertThat(relations(network(3, Map.of("asOf", "2016-01-01")))).containsEntry("oldlodger", "household member");
    }

    @Test
    void asOfKeepsOnlyTiesAndStaysValidOnTheDay() {
        var in2017 = network(2, Map.of("asOf", "2017-01-01"));
        in2017.path("familyNetwork.asOf").entity(String.class).isEqualTo("2017-01-01");
        // The stepfather's tie and partnership began later; the separated parents were still together.
        assertThat(relations(in2017)).doesNotContainKeys("stepdad", "stepbro", "lodger", "halfsis");
        assertThat(ties(in2017))
                .anySatisfy(
                        t -> assertThat(t).containsEntry("type", "PARTNER_OF").containsEntry("kind", "separated"));
        var households =
                in2017.path("familyNetwork.households").entityList(Map.class).get();
        assertThat(households).singleElement().satisfies(h -> {
            assertThat(h).containsEntry("id", "HNT1");
            assertThat(memberIds(h)).containsExactlyInAnyOrder(id("child"), id("mum"), id("bro"));
        });

        // The partnership ended "2018-06": valid on any day of June 2018, gone by 2019.
        assertThat(ties(network(1, Map.of("asOf", "2018-06-30"))))
                .anySatisfy(t -> assertThat(t).containsEntry("type", "PARTNER_OF"));
        assertThat(ties(network(2, Map.of("asOf", "2019-01-01"))))
                .noneSatisfy(t -> assertThat(t).containsEntry("kind", "separated"));
        assertThat(relations(network(2, Map.of("asOf", "2019-01-01")))).doesNotContainKey("stepdad");
        assertThat(relations(network(2, Map.of("asOf", "2020-01-01")))).containsEntry("stepdad", "stepfather");
    }

    @Test
    void inferredTiesShowOnlyWhenAskedForFlaggedWithTheirBasisAndAboveTheMinimumConfidence() {
        assertThat(ties(network(1, Map.of()))).noneSatisfy(t -> assertThat(t).containsEntry("inferred", true));

        var withGuesses = network(1, Map.of("includeInferred", true));
        assertThat(relations(withGuesses)).containsEntry("lodger", "possible parent or carer");
        assertThat(members(withGuesses))
                .filteredOn(m -> id("lodger").equals(((Map<?, ?>) m.get("person")).get("id")))
                .singleElement()
                .satisfies(m -> assertThat(m).containsEntry("inferred", true));
        assertThat(ties(withGuesses))
                .filteredOn(t -> Boolean.TRUE.equals(t.get("inferred")))
                .singleElement()
                .satisfies(t -> assertThat(t)
                        .containsEntry("fromPersonId", id("lodger"))
                        .containsEntry("toPersonId", id("child"))
                        .containsEntry("type", "PARENT_OF")
                        .containsEntry("kind", "possible_parent_or_carer")
                        .containsEntry("source", "inferred")
                        .containsEntry("confidence", 0.4)
                        .containsEntry("basis", "co-residence and age gap"));

        // A guess is not built on: the possible carer's own family is not the child's.
        family.person("lodgers-dad", "MALE", "1960").tie("PARENT_OF", "birth", "lodgers-dad", "lodger");
        assertThat(relations(network(3, Map.of("includeInferred", true)))).doesNotContainKey("lodgers-dad");

        var sure = network(1, Map.of("includeInferred", true, "minConfidence", 0.5));
        assertThat(ties(sure)).noneSatisfy(t -> assertThat(t).containsEntry("inferred", true));
        // Recorded ties count as certain; the lodger is still there, as the household member he is.
        assertThat(relations(sure)).containsEntry("mum", "mother").containsEntry("lodger", "household member");
        assertThat(relations(network(1, Map.of("includeInferred", true, "minConfidence", 1.0))))
                .containsEntry("dad", "father");
    }

    @Test
    void householdsComeWithTheirMembersAndPeriods() {
        var households = network(2, Map.of())
                .path("familyNetwork.households")
                .entityList(Map.class)
                .get();
        assertThat(households).extracting(h -> h.get("id")).containsExactlyInAnyOrder("HNT1", "HNT0");
        assertThat(households)
                .filteredOn(h -> "HNT1".equals(h.get("id")))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h)
                            .containsEntry("current", true)
                            .containsEntry("uprn", "999000900001")
                            .containsEntry("addressLines", "1 New Road, Testton")
                            .containsEntry("memberCount", 6);
                    assertThat(memberIds(h)).contains(id("lodger"), id("stepdad"));
                });
        assertThat(households)
                .filteredOn(h -> "HNT0".equals(h.get("id")))
                .singleElement()
                .satisfies(h -> assertThat(h)
                        .containsEntry("current", false)
                        .containsEntry("from", "2012-06-01")
                        .containsEntry("to", "2014-12-31"));
    }

    @Test
    void aPersonShowsTheirOwnHouseholdsAndRecordedRelationships() {
        var response = graphQl.document("""
                        query($id: ID!) {
                          person(id: $id, purpose: CHILD_AND_FAMILY_ASSESSMENT) {
                            households { id current members { person { id } from to } }
                            relationships { relationship person { id } tie { type kind from source } }
                          }
                        }
                        """).variable("id", id("bro")).execute();
        response.path("person.households[*].id").entityList(String.class).containsExactly("HNT1", "HNT0");
        List<Map<String, Object>> relationships =
                response.path("person.relationships").entityList(Map.class).get().stream()
                        .map(m -> (Map<String, Object>) m)
                        .toList();
        assertThat(relationships)
                .extracting(r -> ((Map<?, ?>) r.get("person")).get("id") + " " + r.get("relationship"))
                .containsExactlyInAnyOrder(id("mum") + " mother", id("dad") + " father", id("child") + " sister");

        var child = graphQl.document("{ person(id: \"" + id("child")
                        + "\", purpose: REVIEW) { relationships { relationship tie { from } } } }")
                .execute()
                .path("person.relationships")
                .entityList(Map.class)
                .get();
        assertThat(child)
                .anySatisfy(r -> assertThat(r)
                        .containsEntry("relationship", "stepfather")
                        .containsEntry("tie", Map.of("from", "2020-01-01")));
    }

    @Test
    void aHugeNetworkIsCutAtFiveHundredPeopleAndSaysSo() {
        family.person("hub", "UNKNOWN", null).childrenOf("hub", 520);
        var response = network("hub", 1, Map.of());
        response.path("familyNetwork.truncated").entity(Boolean.class).isEqualTo(true);
        response.path("familyNetwork.members").entityList(Map.class).hasSize(500);
        network(2, Map.of())
                .path("familyNetwork.truncated")
                .entity(Boolean.class)
                .isEqualTo(false);
    }

    @Test
    void badArgumentsAreRefusedWithAnErrorNamingThem() {
        refused(Map.of("minConfidence", 1.5), "minConfidence must be between 0 and 1");
        refused(Map.of("asOf", "last Tuesday"), "asOf must be a date written YYYY-MM-DD");
        refused(Map.of("asOf", "2019-02-30"), "asOf must be a date written YYYY-MM-DD");
    }

    private void refused(Map<String, Object> arguments, String message) {
        var request = graphQl.document(NETWORK).variable("id", id("child")).variable("depth", 2);
        arguments.forEach(request::variable);
        request.execute()
                .errors()
                .expect(e -> e.getMessage().equals(message)
                        && e.getErrorType().toString().equals("BAD_REQUEST"))
                .verify()
                .path("familyNetwork")
                .valueIsNull();
    }

    private GraphQlTester.Response network(int depth, Map<String, Object> arguments) {
        return network("child", depth, arguments);
    }

    private GraphQlTester.Response network(String focus, int depth, Map<String, Object> arguments) {
        var request = graphQl.document(NETWORK).variable("id", id(focus)).variable("depth", depth);
        arguments.forEach(request::variable);
        return request.execute();
    }

    /** Fixture name (without the ID prefix) to relationship, for the members of the test family. */
    private static Map<String, String> relations(GraphQlTester.Response response) {
        return members(response).stream()
                .collect(Collectors.toMap(m -> ((String) ((Map<?, ?>) m.get("person")).get("id")).substring(4), m ->
                        (String) m.get("relationshipToFocus")));
    }

    private static List<Map<String, Object>> members(GraphQlTester.Response response) {
        return response.path("familyNetwork.members").entityList(Map.class).get().stream()
                .map(m -> (Map<String, Object>) m)
                .toList();
    }

    private static List<Map<String, Object>> ties(GraphQlTester.Response response) {
        return response.path("familyNetwork.ties").entityList(Map.class).get().stream()
                .map(m -> (Map<String, Object>) m)
                .toList();
    }

    private static List<String> memberIds(Map<?, ?> household) {
        return ((List<?>) household.get("members"))
                .stream()
                        .map(m -> (String) ((Map<?, ?>) ((Map<?, ?>) m).get("person")).get("id"))
                        .toList();
    }

    private static String pair(Map<String, Object> tie) {
        var a = (String) tie.get("fromPersonId");
        var b = (String) tie.get("toPersonId");
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }

    private static String pair(String a, String b) {
        return pair(Map.of("fromPersonId", id(a), "toPersonId", id(b)));
    }
}
