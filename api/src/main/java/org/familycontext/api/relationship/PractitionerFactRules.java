/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.relationship;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.familycontext.api.graph.InvalidArgumentException;
import org.familycontext.api.person.PersonView;
import org.familycontext.api.relationship.PractitionerFacts.Quality;
import org.familycontext.api.relationship.PractitionerFacts.Relationship;
import org.familycontext.api.relationship.RelationshipInputs.RecordRelationshipInput;
import org.familycontext.api.relationship.RelationshipInputs.RecordRelationshipQualityInput;
import org.familycontext.model.PartialDate;
import org.familycontext.model.relationship.FamilyTieType;

/**
 * Checks what a practitioner records before anything is written. Each refusal names the input field and says
 * what is allowed; none repeats what was typed, since a note or a date may be personal data.
 */
final class PractitionerFactRules {

    static final int MAX_NOTE = 2000;
    private final LocalDate today;
    private final String recordedBy;

    /** @param recordedBy the signed-in user, who records the fact */
    PractitionerFactRules(LocalDate today, String recordedBy) {
        this.today = today;
        this.recordedBy = recordedBy;
    }

    /**
     * @param people the persons the input names that exist (any order)
     */
    Relationship relationship(RecordRelationshipInput input, List<PersonView> people) {
        var byId = byId(people);
        var from = person(input.fromPersonId(), "fromPersonId", byId);
        var to = person(input.toPersonId(), "toPersonId", byId);
        differentPeople(from, to);
        var type = input.type();
        if (type == null) {
            throw new InvalidArgumentException("input.type: give the type of relationship");
        }
        var kind = kind(type, input.kind());
        var start = date(input.from(), "from");
        var end = date(input.to(), "to");
        if (certainlyLater(start, end)) {
            throw new InvalidArgumentException("input.to: the relationship cannot end before it began (input.from)");
        }
        if (type == FamilyTieType.PARENT_OF && certainlyLater(from.birthDate(), to.birthDate())) {
            throw new InvalidArgumentException(
                    "input.fromPersonId: the parent was born after the child; the parent goes in fromPersonId");
        }
        return new Relationship(from.id(), to.id(), type, kind, start, end, note(input.note()), recordedBy);
    }

    Quality quality(RecordRelationshipQualityInput input, List<PersonView> people) {
        var byId = byId(people);
        var from = person(input.fromPersonId(), "fromPersonId", byId);
        var to = person(input.toPersonId(), "toPersonId", byId);
        differentPeople(from, to);
        if (input.quality() == null) {
            throw new InvalidArgumentException("input.quality: say how the relationship is");
        }
        return new Quality(from.id(), to.id(), input.quality(), note(input.note()), recordedBy);
    }

    private static Map<String, PersonView> byId(List<PersonView> people) {
        return people.stream().collect(Collectors.toMap(PersonView::id, Function.identity(), (a, b) -> a));
    }

    private static PersonView person(String id, String field, Map<String, PersonView> byId) {
        if (id == null || id.isBlank()) {
            throw new InvalidArgumentException("input." + field + ": give the ID of a person");
        }
        var person = byId.get(id.strip());
        if (person == null) {
            throw new InvalidArgumentException("input." + field + ": no person has this ID");
        }
        return person;
    }

    private static void differentPeople(PersonView from, PersonView to) {
        if (from.id().equals(to.id())) {
            throw new InvalidArgumentException(
                    "input.toPersonId: a relationship is between two different people, and this is fromPersonId");
        }
    }

    private static String kind(FamilyTieType type, String given) {
        if (given == null || given.isBlank()) {
            return type.allows("unknown") ? "unknown" : "other";
        }
        var kind = given.strip().toLowerCase(java.util.Locale.ROOT);
        if (!type.allows(kind)) {
            throw new InvalidArgumentException(
                    "input.kind: " + type + " takes one of " + String.join(", ", type.kinds()));
        }
        return kind;
    }

    private String date(String given, String field) {
        if (given == null || given.isBlank()) {
            return null;
        }
        PartialDate date;
        try {
            date = PartialDate.parseIso(given).orElseThrow();
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException("input." + field + ": write a date as YYYY, YYYY-MM or YYYY-MM-DD");
        }
        var iso = date.toIso();
        if (certainlyLater(iso, today.toString())) {
            throw new InvalidArgumentException("input." + field + ": the date is in the future");
        }
        return iso;
    }

    /**
     * Whether one ISO date, possibly partial, is after another whichever days they stand for: compared as far as
     * both go, so that "2020-05" is not after "2020".
     */
    static boolean certainlyLater(String date, String other) {
        if (date == null || other == null) {
            return false;
        }
        int common = Math.min(date.length(), other.length());
        return date.substring(0, common).compareTo(other.substring(0, common)) > 0;
    }

    private static String note(String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        var note = given.strip();
        if (note.length() > MAX_NOTE) {
            throw new InvalidArgumentException("input.note: at most " + MAX_NOTE + " characters");
        }
        return note;
    }
}
