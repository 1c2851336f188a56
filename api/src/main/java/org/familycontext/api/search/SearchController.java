/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.search;

import java.util.List;
import org.apache.commons.lang3.StringUtils;
import org.familycontext.api.graph.InvalidArgumentException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class SearchController {

    static final int MAX_FIRST = 50;

    private final PersonSearch search;

    SearchController(PersonSearch search) {
        this.search = search;
    }

    @QueryMapping
    SearchViews.Connection searchPeople(
            @Argument String name,
            @Argument String dateOfBirth,
            @Argument String identifier,
            @Argument SearchOrder orderBy,
            @Argument int first,
            @Argument String after) {
        if (first < 1 || first > MAX_FIRST) {
            throw new InvalidArgumentException("first must be between 1 and " + MAX_FIRST);
        }
        var order = orderBy == null ? SearchOrder.BEST_MATCH : orderBy;
        if (StringUtils.isNotBlank(identifier)) {
            var cursor = SearchCursor.forSearch("identifier", identifier.strip(), order.name());
            int start = cursor.startAfter(after);
            return page(search.byIdentifier(identifier), order, start, first, cursor);
        }
        if (StringUtils.isBlank(name)) {
            throw new InvalidArgumentException(
                    "searchPeople needs a name (with an optional dateOfBirth) or an identifier");
        }
        var typed = TypedName.of(name);
        if (typed.isEmpty()) {
            throw new InvalidArgumentException("name must contain a word of at least two letters");
        }
        var dob = StringUtils.isBlank(dateOfBirth) ? null : DateOfBirth.parse(dateOfBirth);
        var cursor = SearchCursor.forSearch(
                "name", String.join(" ", typed.words()), dob == null ? null : dob.toString(), order.name());
        int start = cursor.startAfter(after);
        return page(search.byName(typed, dob), order, start, first, cursor);
    }

    /** The best matches (at most {@link PersonSearch#MAX_RESULTS}), in the order asked for, one page of them. */
    private static SearchViews.Connection page(
            List<RankedPerson> found, SearchOrder order, int start, int first, SearchCursor cursor) {
        var ranked = found.stream()
                .sorted(RankedPerson.BEST_MATCH)
                .limit(PersonSearch.MAX_RESULTS)
                .sorted(RankedPerson.order(order))
                .toList();
        return SearchViews.page(ranked, start, first, cursor);
    }
}
