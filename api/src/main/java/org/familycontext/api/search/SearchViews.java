/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.search;

import java.util.List;
import org.familycontext.api.person.PersonView;

/** The search result types as GraphQL shows them (see search.graphqls). */
final class SearchViews {

    private SearchViews() {}

    record Connection(List<Edge> edges, PageInfo pageInfo, int totalCount) {}

    record Edge(String cursor, PersonView node, List<SearchMatch> matchedOn) {}

    record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {}

    /** One page of ranked results starting at {@code start}, with cursors of this search. */
    static Connection page(List<RankedPerson> ranked, int start, int first, SearchCursor cursor) {
        int from = Math.min(start, ranked.size());
        int to = Math.min(ranked.size(), from + first);
        var edges = new java.util.ArrayList<Edge>();
        for (int i = from; i < to; i++) {
            var result = ranked.get(i);
            edges.add(new Edge(cursor.at(i), result.person(), result.matchedOn()));
        }
        return new Connection(
                edges,
                new PageInfo(
                        to < ranked.size(),
                        from > 0,
                        edges.isEmpty() ? null : edges.getFirst().cursor(),
                        edges.isEmpty() ? null : edges.getLast().cursor()),
                ranked.size());
    }
}
