/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.familycontext.api.DemoCouncilGraphQlTest;
import org.familycontext.api.DemoPeople;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

@DemoCouncilGraphQlTest
class SearchGraphQlTest {

    private static final String SEARCH = """
            query($name: String, $dob: String, $identifier: String) {
              searchPeople(name: $name, dateOfBirth: $dob, identifier: $identifier) { id name age birthDate }
            }
            """;

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void aNameFindsThePersonFirst() {
        var names = search("Maisie Thornbury", null);
        assertThat(names.getFirst()).isEqualTo("Maisie Thornbury");
    }

    @Test
    void aMisspeltNameStillFindsThePerson() {
        assertThat(search("Maisy Thornbery", null)).first().isEqualTo("Maisie Thornbury");
    }

    @Test
    void aDateOfBirthNarrowsTheNameSearch() {
        assertThat(search("Thornbury", null)).contains("Maisie Thornbury", "Leo Thornbury", "Ryan Thornbury");
        assertThat(search("Thornbury", "09/04/2015")).containsExactly("Leo Thornbury");
    }

    @Test
    void aKnownAliasFindsThePerson() {
        // Children's social care knows Catherine Hale also as Kate Thornbury.
        assertThat(search("Kate Thornbury", null)).first().isEqualTo("Catherine Hale");
    }

    @ParameterizedTest
    @ValueSource(strings = {"C-20119", "c-20119"})
    void aCaseIdGoesStraightToThePerson(String caseId) {
        graphQl.document(SEARCH)
                .variable("identifier", caseId.toUpperCase())
                .execute()
                .path("searchPeople[*].id")
                .entityList(String.class)
                .containsExactly(DemoPeople.maisie());
    }

    @Test
    void anNhsNumberTypedWithSpacesGoesStraightToThePerson() {
        var nhsNumber = graphQl.document(
                        "query($id: ID!) { person(id: $id, purpose: CONTACT_AND_REFERRAL) { records { nhsNumber } } }")
                .variable("id", DemoPeople.maisie())
                .execute()
                .path("person.records[?(@.nhsNumber)].nhsNumber")
                .entityList(String.class)
                .get()
                .getFirst();
        var spaced = nhsNumber.substring(0, 3) + " " + nhsNumber.substring(3, 6) + " " + nhsNumber.substring(6);
        graphQl.document(SEARCH)
                .variable("identifier", spaced)
                .execute()
                .path("searchPeople[*].id")
                .entityList(String.class)
                .containsExactly(DemoPeople.maisie());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\") OR 1=1 //", "*:*", "Thornbury~ AND name:*", "<script>alert(1)</script>"})
    void hostileInputIsOnlyEverAName(String hostile) {
        var response = graphQl.document(SEARCH).variable("name", hostile).execute();
        response.errors()
                .satisfy(errors -> assertThat(errors)
                        .allSatisfy(e -> assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST")));
    }

    @Test
    void anImpossibleDateOfBirthIsRefusedClearly() {
        graphQl.document(SEARCH)
                .variable("name", "Thornbury")
                .variable("dob", "31/02/2015")
                .execute()
                .errors()
                .expect(e -> e.getMessage().equals("dateOfBirth must be a real date as yyyy-MM-dd or dd/MM/yyyy"))
                .verify();
    }

    private java.util.List<String> search(String name, String dob) {
        return graphQl.document(SEARCH)
                .variable("name", name)
                .variable("dob", dob)
                .execute()
                .path("searchPeople[*].name")
                .entityList(String.class)
                .get();
    }
}
