/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.family;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.familycontext.api.graph.InvalidArgumentException;
import org.familycontext.api.person.PersonQueries;
import org.familycontext.api.person.PersonView;
import org.familycontext.model.record.Sex;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class FamilyNetworkController {

    static final int MAX_DEPTH = 4;

    private final FamilyNetworkQueries network;
    private final PersonQueries people;

    FamilyNetworkController(FamilyNetworkQueries network, PersonQueries people) {
        this.network = network;
        this.people = people;
    }

    @QueryMapping
    FamilyNetworkView familyNetwork(@Argument String personId, @Argument int depth) {
        if (depth < 1 || depth > MAX_DEPTH) {
            throw new InvalidArgumentException("depth must be between 1 and " + MAX_DEPTH);
        }
        var focus = people.findById(personId).orElse(null);
        if (focus == null) {
            return null;
        }
        var paths = network.pathsFrom(personId, depth);
        Map<String, PersonView> byId = people.findByIds(paths.keySet()).stream()
                .collect(Collectors.toMap(PersonView::id, Function.identity()));
        var ties = network.tiesBetween(paths.keySet());
        var namer = new KinshipNamer(
                id -> byId.containsKey(id) ? byId.get(id).sex() : Sex.UNKNOWN, FamilyNetworkQueries.legalParents(ties));
        List<FamilyMemberView> members = paths.entrySet().stream()
                .filter(e -> byId.containsKey(e.getKey()))
                .map(e -> new FamilyMemberView(
                        byId.get(e.getKey()),
                        namer.name(personId, e.getValue()),
                        e.getValue().size()))
                .toList();
        return new FamilyNetworkView(focus, members, ties);
    }
}
