/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.search;

import java.util.List;
import org.apache.commons.lang3.StringUtils;
import org.familycontext.api.graph.InvalidArgumentException;
import org.familycontext.api.person.PersonView;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class SearchController {

    private final PersonSearch search;

    SearchController(PersonSearch search) {
        this.search = search;
    }

    @QueryMapping
    List<PersonView> searchPeople(
            @Argument String name, @Argument String dateOfBirth, @Argument String identifier, @Argument int first) {
        if (first < 1 || first > 50) {
            throw new InvalidArgumentException("first must be between 1 and 50");
        }
        if (StringUtils.isNotBlank(identifier)) {
            return search.byIdentifier(identifier, first);
        }
        if (StringUtils.isBlank(name)) {
            throw new InvalidArgumentException("give a name (with an optional dateOfBirth) or an identifier");
        }
        var luceneQuery = NameQuery.of(name);
        if (luceneQuery.isEmpty()) {
            throw new InvalidArgumentException("name must contain at least two letters");
        }
        var dob = StringUtils.isBlank(dateOfBirth) ? null : DateOfBirth.parse(dateOfBirth);
        return search.byName(luceneQuery, dob, first);
    }
}
