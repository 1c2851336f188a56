/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.familycontext.api.DemoCouncilGraphQlTest;
import org.familycontext.api.DemoPeople;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

@DemoCouncilGraphQlTest
class SearchGraphQlTest {

    private static final String SEARCH = """
            query($name: String, $dob: String, $identifier: String, $orderBy: SearchOrder, $first: Int!,
                  $after: String) {
              searchPeople(name: $name, dateOfBirth: $dob, identifier: $identifier, orderBy: $orderBy,
                           first: $first, after: $after) {
                edges { cursor matchedOn node { id name age birthDate } }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                totalCount
              }
            }
            """;

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void aNameFindsThePersonFirst() {
        var response = byName("Maisie Thornbury", null).execute();
        response.path("searchPeople.edges[0].node.name").entity(String.class).isEqualTo("Maisie Thornbury");
        response.path("searchPeople.edges[0].matchedOn")
                .entityList(String.class)
                .containsExactly("NAME");
    }

    @Test
    void aMisspeltNameStillFindsThePerson() {
        assertThat(names("Maisy Thornbery", null)).first().isEqualTo("Maisie Thornbury");
    }

    @Test
    void aDateOfBirthNarrowsTheNameSearch() {
        assertThat(names("Thornbury", null)).contains("Maisie Thornbury", "Leo Thornbury", "Ryan Thornbury");
        assertThat(names("Thornbury", "09/04/2015")).containsExactly("Leo Thornbury");
    }

    @Test
    void anExactNameWithItsDateOfBirthComesFirstAndSaysSo() {
        // Daniel and David Okafor are twins: the date of birth fits both, the name only Daniel.
        var response = byName("Daniel Okafor", "2014-07-02").execute();
        response.path("searchPeople.edges[*].node.name")
                .entityList(String.class)
                .containsExactly("Daniel Okafor", "David Okafor");
        response.path("searchPeople.edges[0].matchedOn")
                .entityList(String.class)
                .containsExactly("NAME", "DATE_OF_BIRTH");
    }

    @Test
    void aKnownAliasFindsThePerson() {
        // Children's social care knows Catherine Hale also as Kate Thornbury.
        var response = byName("Kate Thornbury", null).execute();
        response.path("searchPeople.edges[0].node.name").entity(String.class).isEqualTo("Catherine Hale");
        response.path("searchPeople.edges[0].matchedOn")
                .entityList(String.class)
                .contains("OTHER_NAME");
    }

    @Test
    void aNicknameAndASurnameThatSoundsAlikeFindThePersonFirst() {
        // Danny is a nickname of Daniel; Ockaphor sounds like Okafor but is three edits away from it.
        var response = byName("Danny Ockaphor", null).execute();
        response.path("searchPeople.edges[0].node.name").entity(String.class).isEqualTo("Daniel Okafor");
        response.path("searchPeople.edges[0].matchedOn")
                .entityList(String.class)
                .containsExactly("NICKNAME", "SOUNDS_LIKE");
    }

    @Test
    void namesThatOnlySoundAlikeAreFoundThroughTheirSounds() {
        // Neither word is within two edits of Daniel Okafor's names, nor the start of one: only the name sounds
        // (Double Metaphone TNL, AKFR) lead to him.
        var response = byName("Dhanyal Ockaphor", null).execute();
        response.path("searchPeople.edges[*].node.name")
                .entityList(String.class)
                .containsExactly("Daniel Okafor");
        response.path("searchPeople.edges[0].matchedOn")
                .entityList(String.class)
                .containsExactly("SOUNDS_LIKE");
    }

    @Test
    void theStartOfANameFindsThePeopleWithIt() {
        assertThat(names("Thornb", null)).contains("Maisie Thornbury", "Leo Thornbury", "Ryan Thornbury");
    }

    @ParameterizedTest
    @ValueSource(strings = {"C-20119", "c-20119", " C-20119 "})
    void aCaseIdGoesStraightToThePerson(String caseId) {
        var response = graphQl.document(SEARCH)
                .variable("identifier", caseId)
                .variable("first", 20)
                .execute();
        response.path("searchPeople.edges[*].node.id").entityList(String.class).containsExactly(DemoPeople.maisie());
        response.path("searchPeople.edges[0].matchedOn")
                .entityList(String.class)
                .containsExactly("IDENTIFIER");
        response.path("searchPeople.totalCount").entity(Integer.class).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({"'999 100 2596'", "'999-100-2596'", "9991002596"})
    void anNhsNumberTypedWithSpacesOrHyphensGoesStraightToThePerson(String nhsNumber) {
        // Maisie's GP record holds NHS number 9991002596.
        graphQl.document(SEARCH)
                .variable("identifier", nhsNumber)
                .variable("first", 20)
                .execute()
                .path("searchPeople.edges[*].node.id")
                .entityList(String.class)
                .containsExactly(DemoPeople.maisie());
    }

    @Test
    void aUpnInSmallLettersGoesStraightToThePerson() {
        graphQl.document(SEARCH)
                .variable("identifier", "y999210015002")
                .variable("first", 20)
                .execute()
                .path("searchPeople.edges[*].node.id")
                .entityList(String.class)
                .containsExactly(DemoPeople.maisie());
    }

    @Test
    void youngestFirstOrdersByDateOfBirth() {
        var response =
                byName("Thornbury", null).variable("orderBy", "YOUNGEST_FIRST").execute();
        var birthDates = response.path("searchPeople.edges[*].node.birthDate")
                .entityList(String.class)
                .get();
        assertThat(birthDates).hasSizeGreaterThanOrEqualTo(4).isSortedAccordingTo(Comparator.reverseOrder());
        response.path("searchPeople.edges[0].node.name").entity(String.class).isEqualTo("Maisie Thornbury");
        // The same people as the best-match order, only ordered differently.
        assertThat(names("Thornbury", null))
                .containsExactlyInAnyOrderElementsOf(response.path("searchPeople.edges[*].node.name")
                        .entityList(String.class)
                        .get());
    }

    @Test
    void pagesFollowOnWithoutOverlap() {
        var all = byName("Thornbury", null).variable("first", 50).execute();
        var everyone = all.path("searchPeople.edges[*].node.id")
                .entityList(String.class)
                .get();
        assertThat(everyone).hasSizeGreaterThanOrEqualTo(4);
        all.path("searchPeople.totalCount").entity(Integer.class).isEqualTo(everyone.size());
        all.path("searchPeople.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);

        var seen = new ArrayList<String>();
        String after = null;
        for (int page = 0; page < everyone.size(); page++) {
            var response = byName("Thornbury", null)
                    .variable("first", 2)
                    .variable("after", after)
                    .execute();
            var ids = response.path("searchPeople.edges[*].node.id")
                    .entityList(String.class)
                    .get();
            seen.addAll(ids);
            response.path("searchPeople.pageInfo.hasPreviousPage")
                    .entity(Boolean.class)
                    .isEqualTo(after != null);
            response.path("searchPeople.totalCount").entity(Integer.class).isEqualTo(everyone.size());
            boolean more = response.path("searchPeople.pageInfo.hasNextPage")
                    .entity(Boolean.class)
                    .get();
            assertThat(more).isEqualTo(seen.size() < everyone.size());
            if (!more) {
                break;
            }
            after = response.path("searchPeople.pageInfo.endCursor")
                    .entity(String.class)
                    .get();
        }
        assertThat(seen).containsExactlyElementsOf(everyone);
    }

    @Test
    void aCursorFromAnotherSearchIsRefused() {
        var cursor = byName("Thornbury", null)
                .variable("first", 1)
                .execute()
                .path("searchPeople.pageInfo.endCursor")
                .entity(String.class)
                .get();
        refused(byName("Okafor", null).variable("after", cursor), "after");
        refused(byName("Thornbury", null).variable("after", "not-a-cursor"), "after");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 51})
    void firstOutOfRangeIsRefused(int first) {
        refused(byName("Thornbury", null).variable("first", first), "first must be between 1 and 50");
    }

    @Test
    void neitherNameNorIdentifierIsRefused() {
        refused(
                graphQl.document(SEARCH).variable("first", 20),
                "a name (with an optional dateOfBirth) or an identifier");
        refused(byName("   ", null), "a name (with an optional dateOfBirth) or an identifier");
        refused(byName("J", null), "name must contain a word of at least two letters");
    }

    @Test
    void anImpossibleDateOfBirthIsRefusedClearly() {
        refused(byName("Thornbury", "31/02/2015"), "dateOfBirth must be a real date as yyyy-MM-dd or dd/MM/yyyy");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\") OR 1=1 //", "*:*", "Thornbury~ AND name:*", "<script>alert(1)</script>"})
    void hostileInputIsOnlyEverAName(String hostile) {
        var response = byName(hostile, null).execute();
        response.errors()
                .satisfy(errors -> assertThat(errors)
                        .allSatisfy(e -> assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST")));
    }

    private GraphQlTester.Request<?> byName(String name, String dob) {
        return graphQl.document(SEARCH)
                .variable("name", name)
                .variable("dob", dob)
                .variable("first", 20);
    }

    private List<String> names(String name, String dob) {
        return byName(name, dob)
                .execute()
                .path("searchPeople.edges[*].node.name")
                .entityList(String.class)
                .get();
    }

    private static void refused(GraphQlTester.Request<?> request, String messagePart) {
        request.execute()
                .errors()
                .expect(e -> e.getErrorType().toString().equals("BAD_REQUEST")
                        && e.getMessage() != null
                        && e.getMessage().contains(messagePart))
                .verify();
    }
}
