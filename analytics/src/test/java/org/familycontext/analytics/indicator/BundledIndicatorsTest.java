/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.analytics.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each bundled Think Family rule on tiny hand-made cases, written as the generated council's sources write their
 * involvements: a family of one member of the given kind with one involvement.
 */
class BundledIndicatorsTest {

    private static final IndicatorSet BUNDLED = IndicatorSet.bundled();

    /** The indicators a family of one person of this kind has, with these involvements. */
    private static List<String> indicators(Members kind, Involvement... involvements) {
        var facts = new InvolvementFacts(BUNDLED, 1);
        for (var involvement : involvements) {
            facts.add(0, involvement);
        }
        return facts.indicatorsOf(
                new int[] {0},
                (person, asked) -> asked == kind || (asked == Members.ADULTS && kind == Members.PARENTS));
    }

    private static Involvement involvement(
            String service, String status, String source, String reason, String... details) {
        return new Involvement(service, status, source, reason, List.of(details));
    }

    @Test
    void theBundledSetIsTheThinkFamilySet() {
        assertThat(BUNDLED.indicators())
                .extracting(Indicator::name)
                .containsExactly(
                        "worklessness",
                        "parental_mental_health",
                        "domestic_abuse",
                        "substance_misuse",
                        "school_attendance",
                        "offending",
                        "parent_previously_in_care",
                        "missed_health_appointments");
        assertThat(BUNDLED.indicators())
                .allSatisfy(i -> assertThat(i.description()).hasSizeGreaterThan(40));
    }

    @Test
    void parentalMentalHealthIsAnAdultKnownToMentalHealthServicesOrAYoungCarerForIt() {
        var amh = involvement("ADULT_MENTAL_HEALTH", "HISTORIC", "amh", "Depression");
        assertThat(indicators(Members.ADULTS, amh)).containsExactly("parental_mental_health");
        assertThat(indicators(Members.CHILDREN, amh)).isEmpty();
        var youngCarer = involvement(
                "YOUNG_CARERS", "CURRENT", "ycs", "Mother (mental health)", "Caring for=Mother (mental health)");
        assertThat(indicators(Members.CHILDREN, youngCarer)).containsExactly("parental_mental_health");
        var caringForDisability =
                involvement("YOUNG_CARERS", "CURRENT", "ycs", "Father (disability)", "Caring for=Father (disability)");
        assertThat(indicators(Members.CHILDREN, caringForDisability)).isEmpty();
        assertThat(indicators(
                        Members.CHILDREN,
                        involvement("EARLY_HELP", "HISTORIC", "eh", "Early help: parental mental health")))
                .containsExactly("parental_mental_health");
    }

    @Test
    void domesticAbuseIsADomesticOffenceOrSocialCareOrEarlyHelpNamingIt() {
        assertThat(indicators(
                        Members.ADULTS,
                        involvement(
                                "POLICE",
                                "HISTORIC",
                                "police",
                                "Convicted: fraud by false representation",
                                "Offence 1=2025-09-02, Fraud by false representation, convicted",
                                "Offence 2=2022-12-17, Harassment (domestic), suspect")))
                .contains("domestic_abuse");
        assertThat(indicators(
                        Members.ADULTS,
                        involvement("POLICE", "CURRENT", "police", "Convicted: controlling or coercive behaviour")))
                .contains("domestic_abuse");
        assertThat(indicators(
                        Members.CHILDREN,
                        involvement(
                                "CHILDRENS_SOCIAL_CARE",
                                "CURRENT",
                                "lcs",
                                "Child in need: family dysfunction, domestic abuse between adults")))
                .containsExactly("domestic_abuse");
        assertThat(indicators(
                        Members.ADULTS,
                        involvement(
                                "POLICE",
                                "CURRENT",
                                "police",
                                "Suspect: theft from a shop",
                                "Offence 1=2026-07-18, Theft from a shop, suspect")))
                .doesNotContain("domestic_abuse");
    }

    @Test
    void substanceMisuseIsAnAdultKnownToTheDrugAndAlcoholService() {
        var das = involvement("DRUG_AND_ALCOHOL", "HISTORIC", "das", "Alcohol", "Substance=Alcohol");
        assertThat(indicators(Members.ADULTS, das)).containsExactly("substance_misuse");
        assertThat(indicators(Members.CHILDREN, das)).isEmpty();
        assertThat(indicators(
                        Members.CHILDREN,
                        involvement("YOUNG_CARERS", "HISTORIC", "ycs", "x", "Caring for=Father (substance misuse)")))
                .containsExactly("substance_misuse");
    }

    @Test
    void schoolAttendanceIsAChildBelowSeventyFivePerCent() {
        assertThat(indicators(
                        Members.CHILDREN,
                        involvement("EDUCATION", "CURRENT", "school", "On school roll", "Attendance=74.9%")))
                .containsExactly("school_attendance");
        assertThat(indicators(
                        Members.CHILDREN,
                        involvement("EDUCATION", "CURRENT", "school", "On school roll", "Attendance=75.0%")))
                .isEmpty();
        assertThat(indicators(
                        Members.ADULTS,
                        involvement("EDUCATION", "CURRENT", "school", "On school roll", "Attendance=60%")))
                .isEmpty();
        assertThat(indicators(
                        Members.CHILDREN,
                        involvement("EDUCATION", "CURRENT", "school", "On school roll", "Attendance=")))
                .isEmpty();
    }

    @Test
    void offendingIsAPoliceRecordAsOffenderOrSuspectProbationOrYouthOffending() {
        assertThat(indicators(Members.ADULTS, involvement("POLICE", "HISTORIC", "police", "Suspect: burglary")))
                .containsExactly("offending");
        assertThat(indicators(Members.ADULTS, involvement("POLICE", "HISTORIC", "police", "Witness")))
                .isEmpty();
        assertThat(indicators(Members.ADULTS, involvement("PROBATION", "CURRENT", "probation", "Community order")))
                .containsExactly("offending");
        assertThat(indicators(
                        Members.CHILDREN,
                        involvement("YOUTH_OFFENDING", "HISTORIC", "yos", "Referral order: Criminal damage")))
                .containsExactly("offending");
    }

    @Test
    void parentPreviouslyInCareIsAParentWithALookedAfterInvolvementOrAnSsda903Record() {
        var episode = involvement("CHILDRENS_SOCIAL_CARE", "HISTORIC", "lcs", "Looked after: interim care order");
        assertThat(indicators(Members.PARENTS, episode)).containsExactly("parent_previously_in_care");
        assertThat(indicators(Members.ADULTS, episode)).isEmpty();
        assertThat(indicators(Members.PARENTS, involvement("CHILDRENS_SOCIAL_CARE", "HISTORIC", "ssda903", "")))
                .containsExactly("parent_previously_in_care");
        assertThat(indicators(
                        Members.PARENTS,
                        involvement("CHILDRENS_SOCIAL_CARE", "HISTORIC", "lcs", "Child in need: absent parenting")))
                .isEmpty();
    }

    @Test
    void missedHealthAppointmentsAreThreeOrMoreAtTheCurrentGp() {
        assertThat(indicators(
                        Members.CHILDREN,
                        involvement("GP", "CURRENT", "gp", "Registered patient", "Missed appointments (12 months)=3")))
                .containsExactly("missed_health_appointments");
        assertThat(indicators(
                        Members.CHILDREN,
                        involvement("GP", "CURRENT", "gp", "Registered patient", "Missed appointments (12 months)=2")))
                .isEmpty();
        assertThat(indicators(
                        Members.CHILDREN,
                        involvement("GP", "HISTORIC", "gp", "Registered patient", "Missed appointments (12 months)=9")))
                .isEmpty();
    }

    @Test
    void worklessnessNeedsASourceThatRecordsEmployment() {
        var facts = new InvolvementFacts(BUNDLED, 1);
        facts.add(0, involvement("HOUSING", "CURRENT", "housing", "Tenancy", "Rent arrears over 6 weeks=Open"));
        assertThat(facts.unavailable()).contains("worklessness");

        var employment = involvement("ADULT_SOCIAL_CARE", "CURRENT", "asc", "x", "Employment status=Unemployed");
        assertThat(indicators(Members.ADULTS, employment)).containsExactly("worklessness");
        var employed = new InvolvementFacts(BUNDLED, 1);
        employed.add(0, involvement("ADULT_SOCIAL_CARE", "CURRENT", "asc", "x", "Employment status=Full time"));
        assertThat(employed.unavailable()).doesNotContain("worklessness");
        assertThat(employed.indicatorsOf(new int[] {0}, (p, k) -> true)).isEmpty();
    }

    @Test
    void anIndicatorIsUnavailableOnlyWhenNoInvolvementOfTheKindItReadsExists() {
        var facts = new InvolvementFacts(BUNDLED, 2);
        // Nobody missed an appointment, but the GP records them: the indicator is known to be absent.
        facts.add(0, involvement("GP", "CURRENT", "gp", "Registered patient", "Missed appointments (12 months)=0"));
        facts.add(1, involvement("EDUCATION", "CURRENT", "school", "On school roll", "Attendance=99%"));
        assertThat(facts.available()).contains("missed_health_appointments", "school_attendance");
        assertThat(facts.unavailable())
                .contains("worklessness", "offending", "substance_misuse")
                .doesNotContain("missed_health_appointments", "school_attendance");
    }

    @Test
    void lookedAfterAndOpenCasesFollowTheirDefinitions() {
        var facts = new InvolvementFacts(BUNDLED, 3);
        facts.add(0, involvement("CHILDRENS_SOCIAL_CARE", "CURRENT", "ssda903", "Looked after"));
        facts.add(0, involvement("CHILDRENS_SOCIAL_CARE", "CURRENT", "lcs", "Looked after: full care order"));
        facts.add(1, involvement("CHILDRENS_SOCIAL_CARE", "HISTORIC", "lcs", "Looked after: interim care order"));
        facts.add(2, involvement("CHILDRENS_SOCIAL_CARE", "CURRENT", "lcs", "Approved foster carer"));
        facts.add(2, involvement("EARLY_HELP", "CURRENT", "eh", "Early help: parenting support"));
        assertThat(facts.inCareNow(0)).isTrue();
        assertThat(facts.inCareNow(1)).isFalse();
        assertThat(facts.everInCare(1)).isTrue();
        assertThat(facts.everInCare(2)).isFalse();
        // Two sources' records of one episode are one open case: one per member and service.
        assertThat(facts.openCaseServices(0)).hasSize(1);
        assertThat(facts.openCaseServices(1)).isEmpty();
        assertThat(facts.openCaseServices(2)).extracting(Enum::name).containsExactly("EARLY_HELP");
        assertThat(facts.servicesCurrent(2))
                .extracting(Enum::name)
                .isEqualTo(List.of("CHILDRENS_SOCIAL_CARE", "EARLY_HELP"));
        assertThat(Set.copyOf(facts.servicesEver(1))).extracting(Enum::name).containsExactly("CHILDRENS_SOCIAL_CARE");
    }
}
