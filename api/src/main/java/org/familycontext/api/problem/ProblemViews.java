/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.problem;

import static org.familycontext.api.graph.Values.text;

import java.util.List;
import java.util.Map;

/** The data-problem types as GraphQL shows them (see problem.graphqls). */
final class ProblemViews {

    private ProblemViews() {}

    /** The kinds of fact a user may flag (DataProblemFactKind). */
    enum FactKind {
        PERSON,
        ADDRESS,
        RELATIONSHIP,
        INVOLVEMENT,
        HOUSEHOLD
    }

    /** Where a report stands; the last three are also the outcomes a data manager may give. */
    enum Status {
        OPEN,
        SENT_TO_SOURCE,
        CORRECTED,
        NOT_A_PROBLEM;

        /** Whether nothing more is to be done: a closed report may not be resolved again. */
        boolean closed() {
            return this == CORRECTED || this == NOT_A_PROBLEM;
        }
    }

    record ReportDataProblemInput(
            String personId,
            FactKind factKind,
            String source,
            String sourceRecordId,
            String description,
            String note) {}

    record DataProblem(
            String id,
            String personId,
            FactKind factKind,
            String source,
            String sourceRecordId,
            String description,
            String note,
            String reportedBy,
            String reportedByTeam,
            String reportedAt,
            Status status,
            String resolvedBy,
            String resolvedAt,
            String resolutionNote) {

        static DataProblem of(Map<String, Object> node) {
            return new DataProblem(
                    text(node, "id"),
                    text(node, "personId"),
                    FactKind.valueOf(text(node, "factKind")),
                    text(node, "source"),
                    text(node, "sourceRecordId"),
                    text(node, "description"),
                    text(node, "note"),
                    text(node, "reportedBy"),
                    text(node, "reportedByTeam"),
                    text(node, "reportedAt"),
                    Status.valueOf(text(node, "status")),
                    text(node, "resolvedBy"),
                    text(node, "resolvedAt"),
                    text(node, "resolutionNote"));
        }
    }

    record Connection(List<Edge> edges, PageInfo pageInfo, int totalCount) {}

    record Edge(String cursor, DataProblem node) {}

    record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {}
}
