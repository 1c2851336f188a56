/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.problem;

import graphql.GraphQLContext;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.familycontext.api.graph.InvalidArgumentException;
import org.familycontext.api.graph.OffsetCursor;
import org.familycontext.api.person.PersonQueries;
import org.familycontext.api.person.PersonView;
import org.familycontext.api.problem.ProblemViews.Connection;
import org.familycontext.api.problem.ProblemViews.DataProblem;
import org.familycontext.api.problem.ProblemViews.Edge;
import org.familycontext.api.problem.ProblemViews.PageInfo;
import org.familycontext.api.problem.ProblemViews.ReportDataProblemInput;
import org.familycontext.api.problem.ProblemViews.Status;
import org.familycontext.api.security.CurrentUser;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Facts users flag as wrong, and the data managers' queue of them: reported by the signed-in user with their team,
 * resolved by a data manager, each step recorded on the report (and, like every mutation, in the audit trail).
 */
@Controller
class ProblemController {

    static final int MAX_FIRST = 50;
    private static final OffsetCursor CURSOR = new OffsetCursor("queue of data problems");

    private final DataProblems store;
    private final PersonQueries people;
    private final Clock clock;

    ProblemController(DataProblems store, PersonQueries people, Clock clock) {
        this.store = store;
        this.people = people;
        this.clock = clock;
    }

    @MutationMapping
    DataProblem reportDataProblem(@Argument ReportDataProblemInput input, GraphQLContext context) {
        var checked = ProblemReportCheck.checked(input, store);
        var user = CurrentUser.in(context).orElseThrow(() -> new IllegalStateException("No user is signed in"));
        var properties = new HashMap<String, Object>();
        properties.put("id", UUID.randomUUID().toString());
        properties.put("personId", checked.personId());
        properties.put("factKind", checked.factKind().name());
        properties.put("source", checked.source());
        properties.put("sourceRecordId", checked.sourceRecordId());
        properties.put("description", checked.description());
        properties.put("note", checked.note());
        properties.put("reportedBy", user.username());
        properties.put("reportedByTeam", user.team());
        properties.put("reportedAt", now());
        properties.put("status", Status.OPEN.name());
        properties.values().removeIf(Objects::isNull);
        return store.create(properties);
    }

    @QueryMapping
    Connection dataProblems(
            @Argument Status status, @Argument String source, @Argument int first, @Argument String after) {
        if (first < 1 || first > MAX_FIRST) {
            throw new InvalidArgumentException("first must be between 1 and " + MAX_FIRST);
        }
        var wantedSource = source == null || source.isBlank() ? null : source.strip();
        int start = CURSOR.startAfter(after);
        var problems = store.page(status, wantedSource, start, first + 1);
        var edges = new ArrayList<Edge>();
        for (int i = 0; i < Math.min(first, problems.size()); i++) {
            edges.add(new Edge(CURSOR.of(start + i), problems.get(i)));
        }
        return new Connection(
                edges,
                new PageInfo(
                        problems.size() > first,
                        start > 0,
                        edges.isEmpty() ? null : edges.getFirst().cursor(),
                        edges.isEmpty() ? null : edges.getLast().cursor()),
                store.count(status, wantedSource));
    }

    @MutationMapping
    DataProblem resolveDataProblem(
            @Argument String id, @Argument Status outcome, @Argument String note, GraphQLContext context) {
        var problem = store.find(id == null ? "" : id.strip())
                .orElseThrow(() -> new InvalidArgumentException("id: no reported data problem has this ID"));
        if (outcome == null || outcome == Status.OPEN) {
            throw new InvalidArgumentException("outcome: SENT_TO_SOURCE, CORRECTED or NOT_A_PROBLEM");
        }
        var resolutionNote = note == null || note.isBlank() ? null : note.strip();
        if (outcome == Status.NOT_A_PROBLEM && resolutionNote == null) {
            throw new InvalidArgumentException("note: say why it is not a problem, for the user who reported it");
        }
        ProblemReportCheck.limit(resolutionNote, ProblemReportCheck.MAX_NOTE, "note");
        if (problem.status().closed()) {
            throw new InvalidArgumentException("id: this problem is closed already (" + problem.status() + ")");
        }
        return store.resolve(
                        problem.id(), problem.status(), outcome, CurrentUser.nameIn(context), now(), resolutionNote)
                .orElseThrow(() -> new InvalidArgumentException(
                        "id: another data manager resolved this problem meanwhile; reload the queue"));
    }

    /** The persons of every report in the response, in one query. */
    @BatchMapping(typeName = "DataProblem")
    Map<DataProblem, PersonView> person(List<DataProblem> problems) {
        var byId = people
                .findByIds(
                        problems.stream().map(DataProblem::personId).distinct().toList())
                .stream()
                .collect(Collectors.toMap(PersonView::id, Function.identity()));
        var out = new HashMap<DataProblem, PersonView>();
        problems.forEach(p -> {
            if (byId.containsKey(p.personId())) {
                out.put(p, byId.get(p.personId()));
            }
        });
        return out;
    }

    private String now() {
        return DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.MILLIS));
    }
}
