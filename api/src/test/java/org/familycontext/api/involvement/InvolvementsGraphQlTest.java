/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.involvement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.familycontext.api.DemoCouncilGraphQlTest;
import org.familycontext.api.DemoPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

@DemoCouncilGraphQlTest
class InvolvementsGraphQlTest {

    private static final String INVOLVEMENTS = """
            query($id: ID!) {
              involvements(personId: $id, purpose: CHILD_AND_FAMILY_ASSESSMENT) {
                person { name }
                services {
                  service serviceName status
                  leadPractitioner { name phone email }
                  sources {
                    status noneFoundMeans notApplicableBecause
                    source { name dataCurrentAsOf historyCovered areaCovered agesCovered daysOld stale }
                    involvements { status reason team leadPractitioner { name } details { label value } }
                  }
                }
              }
            }
            """;

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void everyServiceWithALoadedSourceAnswersForAChild() {
        // Maisie Thornbury, 8: children's social care, her school and her GP hold her now.
        var response = involvementsOf(DemoPeople.maisie());
        response.path("involvements.person.name").entity(String.class).isEqualTo("Maisie Thornbury");
        response.path("involvements.services[?(@.service == 'CHILDRENS_SOCIAL_CARE')].status")
                .entityList(String.class)
                .containsExactly("CURRENT");
        response.path("involvements.services[?(@.service == 'CHILDRENS_SOCIAL_CARE')].leadPractitioner.name")
                .entityList(String.class)
                .containsExactly("Priya Natarajan");
        response.path(
                        "involvements.services[?(@.service == 'CHILDRENS_SOCIAL_CARE')].sources[0].involvements[0].reason")
                .entityList(String.class)
                .containsExactly("Child in need: domestic abuse between adults in the household");
        // One entry per service that has a loaded source: 13 of the 14 sources (practitioner-recorded facts are
        // no service), and no service twice.
        var services = response.path("involvements.services[*].service")
                .entityList(String.class)
                .get();
        assertThat(services).hasSize(13).doesNotHaveDuplicates();
        // Current first, then historic, none found, not applicable.
        var statuses = response.path("involvements.services[*].status")
                .entityList(String.class)
                .get();
        assertThat(statuses)
                .isSortedAccordingTo(java.util.Comparator.comparing(
                        s -> List.of("CURRENT", "HISTORIC", "NONE_FOUND", "NOT_APPLICABLE")
                                .indexOf(s)));
    }

    @Test
    void aSourceThatCouldHoldThePersonButDoesNotSaysWhatThatMeans() {
        // Early help holds children up to 18 in Demoton, five years back from 20 November 2026.
        var response = involvementsOf(DemoPeople.maisie());
        var earlyHelp = "involvements.services[?(@.service == 'EARLY_HELP')].sources[0]";
        response.path(earlyHelp + ".status").entityList(String.class).containsExactly("NONE_FOUND");
        response.path(earlyHelp + ".involvements[*]").entityList(Object.class).hasSize(0);
        response.path(earlyHelp + ".noneFoundMeans")
                .entityList(String.class)
                .containsExactly(
                        "No record in the eh extract (Demoton early help) for people aged 18 or under in Demoton"
                                + " since 2021, data as of 20 November 2026 — this does not mean there was no contact before"
                                + " 2021, elsewhere, or under details that were not matched to this person.");
        response.path(earlyHelp + ".source.historyCovered")
                .entityList(String.class)
                .containsExactly("since 2021");
        response.path(earlyHelp + ".source.dataCurrentAsOf")
                .entityList(String.class)
                .containsExactly("2026-11-20");
        response.path(earlyHelp + ".source.daysOld").entityList(Integer.class).hasSize(1);
        response.path(earlyHelp + ".notApplicableBecause")
                .entityList(String.class)
                .satisfies(texts -> assertThat(texts).containsOnlyNulls());
    }

    @Test
    void sourcesWhoseAgeRulesRuleThePersonOutAreNotApplicable() {
        var child = involvementsOf(DemoPeople.maisie());
        for (var adultsOnly : List.of("POLICE", "ADULT_SOCIAL_CARE", "ADULT_MENTAL_HEALTH", "PROBATION")) {
            child.path("involvements.services[?(@.service == '" + adultsOnly + "')].status")
                    .entityList(String.class)
                    .containsExactly("NOT_APPLICABLE");
        }
        child.path("involvements.services[?(@.service == 'POLICE')].sources[0].notApplicableBecause")
                .entityList(String.class)
                .containsExactly("The police extract holds only people aged 18 or over, and this person was under 18"
                        + " when it was taken (2026-11-01).");
        child.path("involvements.services[?(@.service == 'POLICE')].sources[0].noneFoundMeans")
                .entityList(String.class)
                .satisfies(texts -> assertThat(texts).containsOnlyNulls());

        // Ryan Thornbury, 38: the police hold a past involvement; the school census (ages 2 to 19, three years
        // back) cannot hold him; health visiting (to 5) cannot either.
        var adult = involvementsOf(DemoPeople.personIdOf("lcs", "P-10443"));
        adult.path("involvements.services[?(@.service == 'POLICE')].status")
                .entityList(String.class)
                .containsExactly("HISTORIC");
        adult.path("involvements.services[?(@.service == 'POLICE')].leadPractitioner")
                .entityList(Object.class)
                .satisfies(contacts -> assertThat(contacts).containsOnlyNulls());
        adult.path("involvements.services[?(@.service == 'EDUCATION')].sources[0].notApplicableBecause")
                .entityList(String.class)
                .containsExactly("The school extract holds only people aged 2 to 19, and this person was already over"
                        + " 19 in 2023, the earliest year it covers.");
        adult.path("involvements.services[?(@.service == 'HEALTH_VISITOR')].status")
                .entityList(String.class)
                .containsExactly("NOT_APPLICABLE");
        adult.path("involvements.services[?(@.service == 'GP')].status")
                .entityList(String.class)
                .containsExactly("NONE_FOUND");
    }

    @Test
    void aYoungAdultCanStillBeInASourceForChildrenThatReachesBackToTheirChildhood() {
        // Connor Brennan, 17 (born 2008-12-01): youth justice (10 to 18) holds him now; early help (to 18, five
        // years back) could hold him, so finding nothing there is NONE_FOUND, not "not applicable".
        var response = involvementsOf(DemoPeople.personIdOf("lcs", "C-22007"));
        response.path("involvements.services[?(@.service == 'YOUTH_OFFENDING')].status")
                .entityList(String.class)
                .containsExactly("CURRENT");
        response.path("involvements.services[?(@.service == 'EARLY_HELP')].status")
                .entityList(String.class)
                .containsExactly("NONE_FOUND");
    }

    @Test
    void anUnknownPersonIsNull() {
        graphQl.document(INVOLVEMENTS)
                .variable("id", "nobody")
                .execute()
                .errors()
                .verify()
                .path("involvements")
                .valueIsNull();
    }

    @Test
    void personInvolvementsStillListOnlyWhatIsHeld() {
        graphQl.document(
                        "query($id: ID!) { person(id: $id, purpose: CHILD_AND_FAMILY_ASSESSMENT) { involvements { service status source } } }")
                .variable("id", DemoPeople.maisie())
                .execute()
                .path("person.involvements[*].source")
                .entityList(String.class)
                .satisfies(sources -> assertThat(sources).containsExactlyInAnyOrder("lcs", "school", "gp"));
    }

    private GraphQlTester.Response involvementsOf(String personId) {
        return graphQl.document(INVOLVEMENTS).variable("id", personId).execute();
    }
}
