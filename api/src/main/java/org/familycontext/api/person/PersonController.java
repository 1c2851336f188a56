/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.person;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.familycontext.matching.review.MatchLinks;
import org.familycontext.model.record.RecordKey;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class PersonController {

    private final PersonQueries people;
    private final MatchLinks links;
    private final Clock clock;

    PersonController(PersonQueries people, MatchLinks links, Clock clock) {
        this.people = people;
        this.links = links;
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

    /** Every name of every person in the response, from one read of their records. */
    @BatchMapping(typeName = "Person")
    List<List<PersonNameView>> names(List<PersonView> persons) {
        var byPerson = people.recordsOf(persons.stream().map(PersonView::id).toList());
        return persons.stream()
                .map(p -> PersonNameView.of(byPerson.getOrDefault(p.id(), List.of())))
                .toList();
    }

    /** Why each record in the response is in its person, from one read of their links. */
    @BatchMapping(typeName = "SourceRecord")
    List<String> joinedBecause(List<SourceRecordView> records) {
        var keys = records.stream()
                .map(r -> new RecordKey(r.source(), r.sourceId()))
                .toList();
        var byRecord = links.of(keys);
        return keys.stream()
                .map(k -> JoinReason.of(byRecord.getOrDefault(k, List.of())))
                .toList();
    }
}
