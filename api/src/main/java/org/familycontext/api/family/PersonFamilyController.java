/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.family;

import static org.familycontext.api.graph.Values.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.familycontext.api.person.PersonView;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** A person's own households and recorded relationships, for every person in a response in one query each. */
@Controller
class PersonFamilyController {

    private final FamilyNetworkQueries queries;

    PersonFamilyController(FamilyNetworkQueries queries) {
        this.queries = queries;
    }

    @BatchMapping(typeName = "Person")
    List<List<HouseholdView>> households(List<PersonView> persons) {
        var byPerson = new HashMap<String, List<HouseholdView>>();
        queries.households(ids(persons), null, FamilyNetworks.MAX_HOUSEHOLD_MEMBERS)
                .forEach(row -> byPerson.computeIfAbsent(text(row, "pid"), k -> new ArrayList<>())
                        .add(HouseholdView.of(row)));
        return persons.stream()
                .map(p -> byPerson.getOrDefault(p.id(), List.of()))
                .toList();
    }

    @BatchMapping(typeName = "Person")
    List<List<PersonRelationshipView>> relationships(List<PersonView> persons) {
        var ids = ids(persons);
        var qualities = FamilyNetworks.latestByPair(queries.qualities(ids, null, null));
        var byPerson = new HashMap<String, List<PersonRelationshipView>>();
        for (var row : queries.relationships(ids)) {
            var pid = text(row, "pid");
            @SuppressWarnings("unchecked")
            var other = PersonView.of((Map<String, Object>) row.get("person"));
            var tie = FamilyTieView.ofRow(row);
            tie = tie.withQuality(qualities.get(PersonPair.of(tie.fromPersonId(), tie.toPersonId())));
            var step = new Step(
                    Move.crossing(tie.type(), tie.kind(), tie.fromPersonId().equals(pid)), tie.kind(), other.id());
            // One step is named from the other person's sex alone.
            var namer = new KinshipNamer(id -> other.sex(), SiblingDerivation.none());
            byPerson.computeIfAbsent(pid, k -> new ArrayList<>())
                    .add(new PersonRelationshipView(other, namer.name(pid, List.of(step)), tie));
        }
        return persons.stream()
                .map(p -> byPerson.getOrDefault(p.id(), List.<PersonRelationshipView>of()).stream()
                        .sorted(RELATIONSHIP_ORDER)
                        .toList())
                .toList();
    }

    private static List<String> ids(List<PersonView> persons) {
        return persons.stream().map(PersonView::id).distinct().toList();
    }

    /** Grouped by type of tie (parents and children, partners, relatives, siblings ...), then by start. */
    private static final Comparator<PersonRelationshipView> RELATIONSHIP_ORDER = Comparator.comparing(
                    (PersonRelationshipView r) -> r.tie().type())
            .thenComparing(r -> r.tie().from() == null ? "" : r.tie().from())
            .thenComparing(r -> r.person().id());
}
