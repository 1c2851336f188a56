/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.involvement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.familycontext.api.person.PersonQueries;
import org.familycontext.api.person.PersonView;
import org.familycontext.api.source.SourceCatalogue;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class InvolvementController {

    private final InvolvementQueries involvements;
    private final PersonQueries people;
    private final SourceCatalogue sources;
    private final Clock clock;

    InvolvementController(InvolvementQueries involvements, PersonQueries people, SourceCatalogue sources, Clock clock) {
        this.involvements = involvements;
        this.people = people;
        this.sources = sources;
        this.clock = clock;
    }

    /** One person's involvements against every loaded source: three queries, however many sources there are. */
    @QueryMapping(name = "involvements")
    PersonInvolvementsView involvementsOf(@Argument String personId) {
        return people.findById(personId)
                .map(person -> ServiceOverview.of(
                        person,
                        involvements.ofPersons(List.of(person.id())).getOrDefault(person.id(), List.of()),
                        sources.all(),
                        LocalDate.now(clock)))
                .orElse(null);
    }

    /** Everyone's involvements in one query, however many people the response holds. */
    @BatchMapping(typeName = "Person")
    List<List<InvolvementView>> involvements(List<PersonView> persons) {
        var byPerson =
                involvements.ofPersons(persons.stream().map(PersonView::id).toList());
        return persons.stream()
                .map(p -> byPerson.getOrDefault(p.id(), List.of()))
                .toList();
    }
}
