/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.relationship;

import graphql.GraphQLContext;
import java.util.ArrayList;
import java.util.List;
import org.familycontext.api.family.FamilyTieView;
import org.familycontext.api.family.RelationshipQualityView;
import org.familycontext.api.person.PersonQueries;
import org.familycontext.api.person.PersonView;
import org.familycontext.api.relationship.RelationshipInputs.RecordRelationshipInput;
import org.familycontext.api.relationship.RelationshipInputs.RecordRelationshipQualityInput;
import org.familycontext.api.security.CurrentUser;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** Relationships and their qualities as practitioners record them, with the signed-in user as who recorded them. */
@Controller
class RelationshipController {

    private final PersonQueries people;
    private final PractitionerRecords records;

    RelationshipController(PersonQueries people, PractitionerRecords records) {
        this.people = people;
        this.records = records;
    }

    @MutationMapping
    FamilyTieView recordRelationship(@Argument RecordRelationshipInput input, GraphQLContext context) {
        var fact = new PractitionerFactRules(records.today(), CurrentUser.nameIn(context))
                .relationship(input, named(input.fromPersonId(), input.toPersonId()));
        return records.record(fact);
    }

    @MutationMapping
    RelationshipQualityView recordRelationshipQuality(
            @Argument RecordRelationshipQualityInput input, GraphQLContext context) {
        var fact = new PractitionerFactRules(records.today(), CurrentUser.nameIn(context))
                .quality(input, named(input.fromPersonId(), input.toPersonId()));
        return records.record(fact);
    }

    /** The persons the input names, in one query; the rules say which is missing. */
    private List<PersonView> named(String... ids) {
        var given = new ArrayList<String>();
        for (var id : ids) {
            if (id != null && !id.isBlank()) {
                given.add(id.strip());
            }
        }
        return given.isEmpty() ? List.of() : people.findByIds(given);
    }
}
