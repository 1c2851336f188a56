/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.familycontext.api.family.NetworkFixture.id;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.familycontext.api.DemoCouncilGraphQlTest;
import org.familycontext.api.TestIdentityProvider;
import org.familycontext.api.family.NetworkFixture;
import org.familycontext.api.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Relationships and their qualities as practitioners record them, on a small test family beside the demo
 * council: a child, her mother (known to two records), her father, and a grandmother no source ties to anyone.
 */
@DemoCouncilGraphQlTest
class RelationshipGraphQlTest {

    private static final String RECORD = """
            mutation($input: RecordRelationshipInput!) {
              recordRelationship(input: $input) {
                fromPersonId toPersonId type kind from to source inferred confidence note recordedBy recordedAt
                quality { quality }
              }
            }
            """;

    private static final String QUALITY = """
            mutation($input: RecordRelationshipQualityInput!) {
              recordRelationshipQuality(input: $input) {
                fromPersonId toPersonId quality note recordedBy recordedAt source
              }
            }
            """;

    private static final String NETWORK = """
            query($id: ID!, $asOf: String) {
              familyNetwork(personId: $id, depth: 2, asOf: $asOf, purpose: CHILD_AND_FAMILY_ASSESSMENT) {
                members { relationshipToFocus person { id } }
                ties { fromPersonId toPersonId type kind source note recordedBy recordedAt
                       quality { quality note recordedBy } }
                relationshipQualities { fromPersonId toPersonId quality note }
              }
            }
            """;

    HttpGraphQlTester graphQl;

    @Autowired
    void tester(HttpGraphQlTester tester) {
        // Who recorded a fact is the signed-in user.
        graphQl = TestIdentityProvider.as(tester, "sw.jones", Role.SOCIAL_WORKER);
    }

    private final NetworkFixture family = new NetworkFixture();

    @BeforeEach
    void writeTheFamily() {
        family.remove();
        family.person("child", "FEMALE", "2015-01-01")
                .person("mum", "FEMALE", "1985-04-01")
                .record("mum", "a-mum")
                .person("dad", "MALE", "1983-02-01")
                .person("gran", "FEMALE", "1960")
                .tie("PARENT_OF", "birth", "mum", "child")
                .tie("PARENT_OF", "birth", "dad", "child");
    }

    @AfterEach
    void removeTheFamily() {
        family.remove();
    }

    @Test
    void aRecordedRelationshipIsAPractitionerRecordedFactInTheNetworkAtOnce() {
        var tie = record(relationship("gran", "mum", "PARENT_OF", "birth"))
                .path("recordRelationship")
                .entity(Map.class)
                .get();
        assertThat(tie)
                .containsEntry("fromPersonId", id("gran"))
                .containsEntry("toPersonId", id("mum"))
                .containsEntry("kind", "birth")
                .containsEntry("source", "practitioner-recorded")
                .containsEntry("inferred", false)
                .containsEntry("confidence", 1.0)
                .containsEntry("note", "Mother says Margaret is her mum")
                .containsEntry("recordedBy", "sw.jones");
        assertThat((String) tie.get("recordedAt")).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");

        var network = network(null);
        assertThat(relationOf(network, "gran")).isEqualTo("maternal grandmother");
        assertThat(ties(network))
                .filteredOn(t -> id("gran").equals(t.get("fromPersonId")))
                .singleElement()
                .satisfies(t -> assertThat(t)
                        .containsEntry("source", "practitioner-recorded")
                        .containsEntry("recordedBy", "sw.jones")
                        .containsEntry("note", "Mother says Margaret is her mum"));

        // Stored between the two persons' anchor records (the smallest key), with no load stamp, so that no
        // extract's next load marks it as gone.
        var stored = NetworkFixture.query("""
                MATCH (a:Record)-[t:PARENT_OF {source: 'practitioner-recorded'}]->(b:Record)
                WHERE a.source = $source AND b.source = $source
                RETURN a.sourceId AS from, b.sourceId AS to, t.lastSeenRun AS stamp, t.recordedBy AS by
                """, Map.of("source", NetworkFixture.SOURCE));
        assertThat(stored)
                .singleElement()
                .satisfies(row -> assertThat(row)
                        .containsEntry("from", "gran")
                        .containsEntry("to", "a-mum")
                        .containsEntry("stamp", null)
                        .containsEntry("by", "sw.jones"));
    }

    @Test
    void theSameRelationshipIsRecordedOnce() {
        record(relationship("gran", "mum", "PARENT_OF", "birth"))
                .path("recordRelationship.kind")
                .hasValue();
        refused(
                RECORD,
                relationship("gran", "mum", "PARENT_OF", "birth"),
                "input: this relationship is already recorded, with the same kind and dates");
        // Other dates make another relationship: a child fostered twice by the same carers.
        var again = relationship("gran", "child", "PARENT_OF", "kinship_carer");
        again.put("from", "2019");
        again.put("to", "2019-06");
        record(again).path("recordRelationship.from").entity(String.class).isEqualTo("2019");
        again.put("from", "2021-02-01");
        again.remove("to");
        record(again).path("recordRelationship.to").valueIsNull();
    }

    @Test
    void aKindLeftOutIsUnknownOrOther() {
        var input = relationship("gran", "child", "RELATIVE_OF", null);
        record(input).path("recordRelationship.kind").entity(String.class).isEqualTo("other");
        var partner = relationship("mum", "dad", "PARTNER_OF", null);
        record(partner).path("recordRelationship.kind").entity(String.class).isEqualTo("unknown");
    }

    @Test
    void theLatestQualityOfARelationshipShowsOnItsTieAndInTheNetwork() {
        quality("dad", "child", "CONFLICT", "Shouting at contact");
        var latest = quality("child", "dad", "CUT_OFF", "No contact since March")
                .path("recordRelationshipQuality")
                .entity(Map.class)
                .get();
        assertThat(latest)
                .containsEntry("fromPersonId", id("child"))
                .containsEntry("quality", "CUT_OFF")
                .containsEntry("recordedBy", "sw.jones")
                .containsEntry("source", "practitioner-recorded");
        // Between two people no tie joins: it is in the network's list of qualities.
        record(relationship("gran", "mum", "PARENT_OF", "birth"));
        quality("child", "gran", "CLOSE", "Sees her every Sunday");

        var network = network(null);
        assertThat(ties(network))
                .filteredOn(t -> id("dad").equals(t.get("fromPersonId")))
                .singleElement()
                .satisfies(t -> assertThat(t.get("quality"))
                        .isEqualTo(Map.of(
                                "quality", "CUT_OFF", "note", "No contact since March", "recordedBy", "sw.jones")));
        assertThat(ties(network))
                .filteredOn(t -> id("mum").equals(t.get("fromPersonId")))
                .allSatisfy(t -> assertThat(t.get("quality")).isNull());
        assertThat(network.path("familyNetwork.relationshipQualities[*].quality")
                        .entityList(String.class)
                        .get())
                .containsExactlyInAnyOrder("CUT_OFF", "CLOSE");

        // Drawn for a day before anything was recorded, the network shows none of it.
        var before = network("2020-01-01");
        assertThat(ties(before)).allSatisfy(t -> assertThat(t.get("quality")).isNull());
        before.path("familyNetwork.relationshipQualities").entityList(Map.class).hasSize(0);

        graphQl.document("{ person(id: \"" + id("child")
                        + "\", purpose: REVIEW) { relationships { person { id } tie { quality { quality } } } } }")
                .execute()
                .path("person.relationships[?(@.person.id == '" + id("dad") + "')].tie.quality.quality")
                .entityList(String.class)
                .containsExactly("CUT_OFF");
    }

    @Test
    void whatCannotBeRecordedIsRefusedNamingTheFieldAndNothingIsWritten() {
        var unknown = relationship("gran", "mum", "PARENT_OF", "birth");
        unknown.put("fromPersonId", "P0000000000000000");
        refused(RECORD, unknown, "input.fromPersonId: no person has this ID");

        refused(
                RECORD,
                relationship("mum", "mum", "PARTNER_OF", "married"),
                "input.toPersonId: a relationship is between two different people, and this is fromPersonId");

        refused(
                RECORD,
                relationship("gran", "mum", "PARENT_OF", "aunt"),
                "input.kind: PARENT_OF takes one of birth, adoptive, step, foster, special_guardian, kinship_carer,"
                        + " unknown");

        var badDate = relationship("mum", "dad", "PARTNER_OF", "married");
        badDate.put("from", "2020-13");
        refused(RECORD, badDate, "input.from: write a date as YYYY, YYYY-MM or YYYY-MM-DD");

        var backwards = relationship("mum", "dad", "PARTNER_OF", "married");
        backwards.put("from", "2012-05");
        backwards.put("to", "2011");
        refused(RECORD, backwards, "input.to: the relationship cannot end before it began (input.from)");

        var future = relationship("mum", "dad", "PARTNER_OF", "married");
        future.put("from", java.time.LocalDate.now().plusDays(2).toString());
        refused(RECORD, future, "input.from: the date is in the future");

        refused(
                RECORD,
                relationship("child", "mum", "PARENT_OF", "birth"),
                "input.fromPersonId: the parent was born after the child; the parent goes in fromPersonId");

        var longNote = relationship("gran", "mum", "PARENT_OF", "birth");
        longNote.put("note", "x".repeat(2001));
        refused(RECORD, longNote, "input.note: at most 2000 characters");

        var qualityOfNobody = new HashMap<String, Object>(
                Map.of("fromPersonId", id("child"), "toPersonId", "P0000000000000000", "quality", "CLOSE"));
        refused(QUALITY, qualityOfNobody, "input.toPersonId: no person has this ID");

        assertThat(NetworkFixture.query("""
                MATCH (a:Record {source: $source})-[t]-(:Record)
                WHERE t.source = 'practitioner-recorded'
                RETURN count(t) AS n
                """, Map.of("source", NetworkFixture.SOURCE)))
                .singleElement()
                .satisfies(row -> assertThat(row).containsEntry("n", 0L));
    }

    private GraphQlTester.Response record(Map<String, Object> input) {
        return graphQl.document(RECORD).variable("input", input).execute();
    }

    private GraphQlTester.Response quality(String from, String to, String quality, String note) {
        return graphQl.document(QUALITY)
                .variable(
                        "input",
                        Map.of("fromPersonId", id(from), "toPersonId", id(to), "quality", quality, "note", note))
                .execute();
    }

    private void refused(String mutation, Map<String, Object> input, String message) {
        graphQl.document(mutation)
                .variable("input", input)
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getMessage()).isEqualTo(message);
                    assertThat(e.getErrorType()).hasToString("BAD_REQUEST");
                }));
    }

    private static Map<String, Object> relationship(String from, String to, String type, String kind) {
        var input = new HashMap<String, Object>();
        input.put("fromPersonId", id(from));
        input.put("toPersonId", id(to));
        input.put("type", type);
        if (kind != null) {
            input.put("kind", kind);
        }
        input.put("note", "Mother says Margaret is her mum");
        return input;
    }

    private GraphQlTester.Response network(String asOf) {
        var request = graphQl.document(NETWORK).variable("id", id("child"));
        if (asOf != null) {
            request.variable("asOf", asOf);
        }
        return request.execute();
    }

    private static String relationOf(GraphQlTester.Response network, String name) {
        return network.path("familyNetwork.members[?(@.person.id == '" + id(name) + "')].relationshipToFocus")
                .entityList(String.class)
                .get()
                .getFirst();
    }

    private static List<Map<String, Object>> ties(GraphQlTester.Response network) {
        return network.path("familyNetwork.ties").entityList(Map.class).get().stream()
                .map(m -> (Map<String, Object>) m)
                .toList();
    }
}
