/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.familycontext.api.DemoCouncilGraphQlTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

@DemoCouncilGraphQlTest
class SourcesGraphQlTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void everySourceSaysHowFreshItIsAndWhatItCovers() {
        var response = graphQl.document(
                        "{ sources { name service dataCurrentAsOf historyYears areaCovered minAge loadedAt } }")
                .execute();
        response.path("sources").entityList(Object.class).hasSize(14);
        response.path("sources[?(@.name == 'police')].minAge")
                .entityList(Integer.class)
                .containsExactly(18);
        response.path("sources[?(@.name == 'police')].service")
                .entityList(String.class)
                .containsExactly("POLICE");
        response.path("sources[*].loadedAt").entityList(String.class).hasSize(14);
    }

    @Test
    void eachSourceIsAsOldAsItsExtractByTheServersClockAndStaleAfter35Days() {
        var sources = graphQl.document("{ sources { name dataCurrentAsOf daysOld stale } }")
                .execute()
                .path("sources")
                .entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {})
                .get();
        var today = LocalDate.now();
        assertThat(sources).hasSize(14).allSatisfy(source -> {
            long expected = ChronoUnit.DAYS.between(LocalDate.parse((String) source.get("dataCurrentAsOf")), today);
            assertThat(source.get("daysOld")).isEqualTo((int) expected);
            boolean practitionerRecorded = source.get("name").equals("practitioner-recorded");
            assertThat(source.get("stale")).isEqualTo(!practitionerRecorded && expected > 35);
        });
    }

    @Test
    void eachSourceSaysWhomAndHowFarBackItCovers() {
        var response = graphQl.document("{ sources { name historyCovered agesCovered } }")
                .execute();
        response.path("sources[?(@.name == 'police')].historyCovered")
                .entityList(String.class)
                .containsExactly("since 2020");
        response.path("sources[?(@.name == 'police')].agesCovered")
                .entityList(String.class)
                .containsExactly("people aged 18 or over");
        response.path("sources[?(@.name == 'school')].agesCovered")
                .entityList(String.class)
                .containsExactly("people aged 2 to 19");
        response.path("sources[?(@.name == 'gp')].agesCovered")
                .entityList(String.class)
                .containsExactly("people of any age");
    }
}
