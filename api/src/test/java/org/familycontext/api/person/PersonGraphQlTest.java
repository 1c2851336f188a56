/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import org.familycontext.api.DemoCouncilGraphQlTest;
import org.familycontext.api.DemoPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

@DemoCouncilGraphQlTest
class PersonGraphQlTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void aPersonShowsWhatEachSourceHolds() {
        var response = graphQl.document("""
                        query($id: ID!) {
                          person(id: $id, purpose: CHILD_AND_FAMILY_ASSESSMENT) {
                            name birthDate age sex
                            records { source sourceId forename birthDate }
                            addresses { lines postcode source from to current }
                          }
                        }
                        """)
                .variable("id", DemoPeople.personIdOf("housing", "T-5521"))
                .execute();
        response.path("person.name").entity(String.class).isEqualTo("Catherine Hale");
        response.path("person.age")
                .entity(Integer.class)
                .isEqualTo(Period.between(LocalDate.of(1990, 3, 7), LocalDate.now())
                        .getYears());
        response.path("person.records[*].source").entityList(String.class).containsExactly("gp", "housing", "lcs");
        // Housing has her date of birth with day and month swapped: the API shows it as housing holds it.
        response.path("person.records[?(@.source == 'housing')].birthDate")
                .entityList(String.class)
                .containsExactly("1990-07-03");
        var postcodes = response.path("person.addresses[*].postcode")
                .entityList(String.class)
                .get();
        assertThat(postcodes).containsOnly("XD1 4LC").hasSize(3);
    }

    @Test
    void someoneWhoHasDiedIsShownAtTheirAgeAtDeath() {
        graphQl.document("query($id: ID!) { person(id: $id, purpose: REVIEW) { age deathDate } }")
                .variable("id", DemoPeople.personIdOf("gp", "G-1002"))
                .execute()
                .path("person.age")
                .entity(Integer.class)
                .isEqualTo(64)
                .path("person.deathDate")
                .entity(String.class)
                .isEqualTo("2019-06-30");
    }

    @Test
    void anUnknownIdIsNullNotAnError() {
        graphQl.document("{ person(id: \"nobody\", purpose: REVIEW) { name } }")
                .execute()
                .errors()
                .verify()
                .path("person")
                .valueIsNull();
    }
}
