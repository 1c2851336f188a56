/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.review;

import graphql.GraphQLContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.familycontext.api.graph.InvalidArgumentException;
import org.familycontext.api.person.PersonQueries;
import org.familycontext.api.person.PersonView;
import org.familycontext.api.person.SourceRecordView;
import org.familycontext.api.review.ReviewViews.Candidate;
import org.familycontext.api.review.ReviewViews.Connection;
import org.familycontext.api.review.ReviewViews.DecidedPerson;
import org.familycontext.api.review.ReviewViews.DecisionResult;
import org.familycontext.api.review.ReviewViews.Edge;
import org.familycontext.api.review.ReviewViews.Link;
import org.familycontext.api.review.ReviewViews.MatchDecisionInput;
import org.familycontext.api.review.ReviewViews.PageInfo;
import org.familycontext.api.review.ReviewViews.RecordKeyInput;
import org.familycontext.api.review.ReviewViews.SplitPersonInput;
import org.familycontext.api.security.CurrentUser;
import org.familycontext.matching.review.DecisionOutcome;
import org.familycontext.matching.review.InvalidDecisionException;
import org.familycontext.matching.review.MatchDecisions;
import org.familycontext.matching.review.MatchLinks;
import org.familycontext.matching.review.ReviewQueue;
import org.familycontext.model.record.RecordKey;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The review queue and the decisions about who is who, each recorded with the signed-in user as who decided.
 */
@Controller
class ReviewController {

    static final int MAX_FIRST = 50;

    private final ReviewQueue queue;
    private final MatchDecisions decisions;
    private final MatchLinks links;
    private final ReviewRecords records;
    private final PersonQueries people;

    ReviewController(
            ReviewQueue queue,
            MatchDecisions decisions,
            MatchLinks links,
            ReviewRecords records,
            PersonQueries people) {
        this.queue = queue;
        this.decisions = decisions;
        this.links = links;
        this.records = records;
        this.people = people;
    }

    @QueryMapping
    Connection reviewQueue(@Argument int first, @Argument String after) {
        if (first < 1 || first > MAX_FIRST) {
            throw new InvalidArgumentException("first must be between 1 and " + MAX_FIRST);
        }
        int start = QueueCursor.startAfter(after);
        var page = queue.page(first, start);
        var edges = new ArrayList<Edge>();
        for (int i = 0; i < page.candidates().size(); i++) {
            edges.add(new Edge(
                    QueueCursor.of(page.offset() + i),
                    Candidate.of(page.candidates().get(i))));
        }
        return new Connection(
                edges,
                new PageInfo(
                        page.hasMore(),
                        page.offset() > 0,
                        edges.isEmpty() ? null : edges.getFirst().cursor(),
                        edges.isEmpty() ? null : edges.getLast().cursor()),
                page.total());
    }

    /** Both records of every pair on the page, in one query. */
    @BatchMapping(typeName = "MatchCandidate")
    List<List<SourceRecordView>> records(List<Candidate> candidates) {
        var keys = new ArrayList<RecordKey>();
        candidates.forEach(c -> keys.addAll(List.of(c.first(), c.second())));
        var byKey = records.byKeys(keys);
        return candidates.stream()
                .map(c -> java.util.stream.Stream.of(byKey.get(c.first()), byKey.get(c.second()))
                        .filter(Objects::nonNull)
                        .toList())
                .toList();
    }

    /** The links of every record in the response, in one query. */
    @BatchMapping(typeName = "SourceRecord")
    List<List<Link>> matchLinks(List<SourceRecordView> sourceRecords) {
        var keys = sourceRecords.stream()
                .map(r -> new RecordKey(r.source(), r.sourceId()))
                .toList();
        var byRecord = links.of(keys);
        return keys.stream()
                .map(k -> byRecord.getOrDefault(k, List.of()).stream()
                        .map(Link::of)
                        .toList())
                .toList();
    }

    /** The persons before and after a decision as they are now, in one query. */
    @BatchMapping(typeName = "DecidedPerson")
    Map<DecidedPerson, PersonView> person(List<DecidedPerson> decided) {
        var byId = people
                .findByIds(decided.stream().map(DecidedPerson::personId).toList())
                .stream()
                .collect(Collectors.toMap(PersonView::id, Function.identity()));
        var out = new HashMap<DecidedPerson, PersonView>();
        decided.forEach(d -> {
            if (byId.containsKey(d.personId())) {
                out.put(d, byId.get(d.personId()));
            }
        });
        return out;
    }

    @MutationMapping
    DecisionResult confirmMatch(@Argument MatchDecisionInput input, GraphQLContext context) {
        return pairDecision(input, CurrentUser.nameIn(context), true);
    }

    @MutationMapping
    DecisionResult rejectMatch(@Argument MatchDecisionInput input, GraphQLContext context) {
        return pairDecision(input, CurrentUser.nameIn(context), false);
    }

    @MutationMapping
    DecisionResult splitPerson(@Argument SplitPersonInput input, GraphQLContext context) {
        var keys = new ArrayList<RecordKey>();
        var given = input.records() == null ? List.<RecordKeyInput>of() : input.records();
        for (int i = 0; i < given.size(); i++) {
            keys.add(key(given.get(i), "input.records[" + i + "]"));
        }
        try {
            return result(decisions.split(input.personId(), keys, CurrentUser.nameIn(context), input.reason()));
        } catch (InvalidDecisionException e) {
            throw new InvalidArgumentException("input." + e.field() + ": " + e.getMessage());
        }
    }

    private DecisionResult pairDecision(MatchDecisionInput input, String decidedBy, boolean confirm) {
        var record = key(input.record(), "input.record");
        var other = key(input.otherRecord(), "input.otherRecord");
        try {
            var outcome = confirm
                    ? decisions.confirm(record, other, decidedBy, input.reason())
                    : decisions.reject(record, other, decidedBy, input.reason());
            return result(outcome);
        } catch (InvalidDecisionException e) {
            var field = e.field().equals("records") ? "record, input.otherRecord" : e.field();
            throw new InvalidArgumentException("input." + field + ": " + e.getMessage());
        }
    }

    private static RecordKey key(RecordKeyInput input, String field) {
        if (input == null
                || input.source() == null
                || input.source().isBlank()
                || input.sourceId() == null
                || input.sourceId().isBlank()) {
            throw new InvalidArgumentException(field + ": give both a source and a sourceId");
        }
        return new RecordKey(input.source().strip(), input.sourceId().strip());
    }

    private static DecisionResult result(DecisionOutcome outcome) {
        return new DecisionResult(
                outcome.decisionId(),
                outcome.decision(),
                outcome.before().stream().map(DecidedPerson::of).toList(),
                outcome.after().stream().map(DecidedPerson::of).toList(),
                outcome.note());
    }
}
