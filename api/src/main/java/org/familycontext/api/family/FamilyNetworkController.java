/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.family;

import org.familycontext.api.graph.InvalidArgumentException;
import org.familycontext.api.person.PersonQueries;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class FamilyNetworkController {

    static final int MAX_DEPTH = 4;

    private final FamilyNetworks networks;
    private final PersonQueries people;

    FamilyNetworkController(FamilyNetworks networks, PersonQueries people) {
        this.networks = networks;
        this.people = people;
    }

    @QueryMapping
    FamilyNetworkView familyNetwork(
            @Argument String personId,
            @Argument int depth,
            @Argument Double minConfidence,
            @Argument Boolean includeInferred,
            @Argument String asOf) {
        if (depth < 1 || depth > MAX_DEPTH) {
            throw new InvalidArgumentException("depth must be between 1 and " + MAX_DEPTH);
        }
        var filter = NetworkFilter.of(minConfidence, includeInferred, asOf);
        return people.findById(personId)
                .map(focus -> networks.draw(focus, depth, filter))
                .orElse(null);
    }
}
