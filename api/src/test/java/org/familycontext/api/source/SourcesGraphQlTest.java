/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.source;

import org.familycontext.api.DemoCouncilGraphQlTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
}
