/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.familycontext.api.DemoCouncilGraphQlTest;
import org.familycontext.api.DemoPeople;
import org.familycontext.api.TestIdentityProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * What each practitioner role sees of a person, field by field: sensitive services' involvements in detail only for
 * social workers and team managers; records and addresses from sensitive sources not for coordinators.
 */
@DemoCouncilGraphQlTest
class FieldAccessGraphQlTest {

    /** Every field of Involvement, so that a field added later is checked too (see the count below). */
    private static final String INVOLVEMENT = """
            service serviceName status startDate endDate lastContact reason team source
            leadPractitioner { name role phone email } details { label value }""";

    private static final String PERSON = """
            query($id: ID!) { person(id: $id, purpose: CHILD_AND_FAMILY_ASSESSMENT) {
              name records { source sourceId } addresses { source postcode } involvements { %s }
            } }""".formatted(INVOLVEMENT);

    private static final List<String> ALWAYS_SHOWN = List.of("service", "serviceName", "status", "source");

    @Autowired
    HttpGraphQlTester graphQl;

    @ParameterizedTest
    @EnumSource(names = {"SOCIAL_WORKER", "TEAM_MANAGER"})
    void socialWorkersAndManagersSeePoliceInvolvementsInFull(Role role) {
        var police = policeInvolvementOfRyan(role);
        assertThat(police)
                .containsEntry("reason", "Caution for assault (domestic)")
                .containsEntry("team", "Demoton Central station")
                .containsEntry("startDate", "2021-02-27")
                .containsEntry("endDate", "2021-03-15")
                .containsEntry("lastContact", "2021-03-15");
        assertThat(police.get("leadPractitioner"))
                .isEqualTo(Map.of(
                        "name", "PC Laura Finch",
                        "role", "Safeguarding officer",
                        "phone", "01632 960401",
                        "email", "laura.finch@police.demoton.example"));
        assertThat((List<?>) police.get("details")).hasSize(1);
    }

    @Test
    void aCoordinatorSeesThatThePoliceAreInvolvedButNoDetailField() {
        var police = policeInvolvementOfRyan(Role.FGC_COORDINATOR);
        assertThat(police).hasSize(11);
        police.forEach((field, value) -> {
            if (ALWAYS_SHOWN.contains(field)) {
                assertThat(value).as(field).isNotNull();
            } else if (field.equals("details")) {
                assertThat((List<?>) value).as(field).isEmpty();
            } else {
                assertThat(value).as(field).isNull();
            }
        });
        assertThat(police)
                .containsEntry("service", "POLICE")
                .containsEntry("serviceName", "Police")
                .containsEntry("status", "HISTORIC")
                .containsEntry("source", "police");
    }

    @Test
    void aCoordinatorSeesOtherServicesInFullWithWhomToCall() {
        var involvements = as(Role.FGC_COORDINATOR)
                .document(PERSON)
                .variable("id", DemoPeople.personIdOf("housing", "T-5521"))
                .execute()
                .path("person.involvements[?(@.service == 'HOUSING')]")
                .entityList(Map.class)
                .get();
        assertThat(involvements).singleElement().satisfies(housing -> {
            assertThat(housing.get("reason")).isEqualTo("Tenancy; rent arrears over 6 weeks");
            assertThat(housing.get("team")).isEqualTo("Demoton Homes North");
            assertThat(((Map<?, ?>) housing.get("leadPractitioner")).get("phone"))
                    .isEqualTo("01632 960301");
            assertThat((List<?>) housing.get("details")).isNotEmpty();
        });
    }

    @Test
    void aCoordinatorSeesNoRecordOrAddressFromASensitiveSource() {
        var ryan = DemoPeople.personIdOf("police", "PN-88213");
        var asWorker =
                as(Role.SOCIAL_WORKER).document(PERSON).variable("id", ryan).execute();
        asWorker.path("person.records[*].source").entityList(String.class).contains("police");
        asWorker.path("person.addresses[*].source").entityList(String.class).contains("police");

        var asCoordinator =
                as(Role.FGC_COORDINATOR).document(PERSON).variable("id", ryan).execute();
        asCoordinator
                .path("person.records[*].source")
                .entityList(String.class)
                .doesNotContain("police")
                .contains("lcs");
        asCoordinator
                .path("person.addresses[*].source")
                .entityList(String.class)
                .doesNotContain("police");
    }

    @Test
    void aYouthJusticeInvolvementIsSensitiveToo() {
        var connor = DemoPeople.personIdOf("yos", "Y-612");
        var response =
                as(Role.FGC_COORDINATOR).document(PERSON).variable("id", connor).execute();
        response.path("person.involvements[?(@.service == 'YOUTH_OFFENDING')].status")
                .entityList(String.class)
                .containsExactly("CURRENT");
        response.path("person.involvements[?(@.service == 'YOUTH_OFFENDING')].reason")
                .entityList(Object.class)
                .containsExactly((Object) null);
        response.path("person.involvements[?(@.service == 'EDUCATION')].reason")
                .entityList(String.class)
                .containsExactly("On roll at Demoton College (sixth form)");
    }

    @Test
    void theRulesHoldWhicheverQueryReachesThePerson() {
        var network = as(Role.FGC_COORDINATOR)
                .document("""
                        query($id: ID!) { familyNetwork(personId: $id, depth: 2, purpose: FAMILY_GROUP_CONFERENCE_PREPARATION) {
                          members { person { records { source } involvements { service status reason } } } } }""")
                .variable("id", DemoPeople.maisie())
                .execute();
        network.path("familyNetwork.members[*].person.involvements[?(@.service == 'POLICE')].status")
                .entityList(String.class)
                .hasSizeGreaterThan(0);
        assertThat(network.path("familyNetwork.members[*].person.involvements[?(@.service == 'POLICE')].reason")
                        .entityList(Object.class)
                        .get())
                .containsOnlyNulls();
        network.path("familyNetwork.members[*].person.records[*].source")
                .entityList(String.class)
                .doesNotContain("police");

        as(Role.FGC_COORDINATOR)
                .document("{ searchPeople(name: \"Ryan Thornbury\") { edges { node { records { source } } } } }")
                .execute()
                .path("searchPeople.edges[*].node.records[*].source")
                .entityList(String.class)
                .hasSizeGreaterThan(0)
                .doesNotContain("police");

        var services = as(Role.FGC_COORDINATOR)
                .document("""
                        query($id: ID!) { involvements(personId: $id, purpose: FAMILY_GROUP_CONFERENCE_PREPARATION) {
                          services { service status leadPractitioner { name }
                                     sources { status involvements { service status reason leadPractitioner { name } } } }
                        } }""")
                .variable("id", DemoPeople.personIdOf("police", "PN-88213"))
                .execute();
        services.path("involvements.services[?(@.service == 'POLICE')].status")
                .entityList(String.class)
                .containsExactly("HISTORIC");
        assertThat(services.path("involvements.services[?(@.service == 'POLICE')].leadPractitioner")
                        .entityList(Object.class)
                        .get())
                .containsOnlyNulls();
        assertThat(services.path("involvements.services[?(@.service == 'POLICE')].sources[*].involvements[*].reason")
                        .entityList(Object.class)
                        .get())
                .isNotEmpty()
                .containsOnlyNulls();
        // A service that is not sensitive is shown to coordinators in full.
        as(Role.FGC_COORDINATOR)
                .document("""
                        query($id: ID!) { involvements(personId: $id, purpose: FAMILY_GROUP_CONFERENCE_PREPARATION) {
                          services { service leadPractitioner { name } sources { involvements { reason } } }
                        } }""")
                .variable("id", DemoPeople.personIdOf("housing", "T-5521"))
                .execute()
                .path("involvements.services[?(@.service == 'HOUSING')].sources[*].involvements[*].reason")
                .entityList(String.class)
                .contains("Tenancy; rent arrears over 6 weeks");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> policeInvolvementOfRyan(Role role) {
        List<Map<String, Object>> police = as(role)
                .document(PERSON)
                .variable("id", DemoPeople.personIdOf("police", "PN-88213"))
                .execute()
                .path("person.involvements[?(@.service == 'POLICE')]")
                .entityList(Map.class)
                .get()
                .stream()
                .map(m -> (Map<String, Object>) m)
                .toList();
        assertThat(police).hasSize(1);
        return police.getFirst();
    }

    private GraphQlTester as(Role role) {
        return TestIdentityProvider.as(graphQl, "field.user", role);
    }
}
