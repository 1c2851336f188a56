/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.person;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class PersonController {

    private final PersonQueries people;
    private final Clock clock;

    PersonController(PersonQueries people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    @QueryMapping
    PersonView person(@Argument String id) {
        return people.findById(id).orElse(null);
    }

    @SchemaMapping(typeName = "Person")
    Integer age(PersonView person) {
        return person.ageOn(LocalDate.now(clock));
    }

    @BatchMapping(typeName = "Person")
    List<List<SourceRecordView>> records(List<PersonView> persons) {
        var byPerson = people.recordsOf(persons.stream().map(PersonView::id).toList());
        return persons.stream()
                .map(p -> byPerson.getOrDefault(p.id(), List.of()))
                .toList();
    }

    @BatchMapping(typeName = "Person")
    List<List<AddressPeriodView>> addresses(List<PersonView> persons) {
        var byPerson = people.addressesOf(persons.stream().map(PersonView::id).toList());
        return persons.stream()
                .map(p -> byPerson.getOrDefault(p.id(), List.of()))
                .toList();
    }
}
