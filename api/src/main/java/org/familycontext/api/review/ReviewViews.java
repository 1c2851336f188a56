/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.review;

import java.util.List;
import org.familycontext.matching.review.MatchContribution;
import org.familycontext.matching.review.MatchLink;
import org.familycontext.matching.review.PersonSnapshot;
import org.familycontext.matching.review.ReviewCandidate;
import org.familycontext.model.person.MatchStatus;
import org.familycontext.model.record.RecordKey;

/** The review types as GraphQL shows them (see review.graphqls). */
final class ReviewViews {

    private ReviewViews() {}

    record Connection(List<Edge> edges, PageInfo pageInfo, int totalCount) {}

    record Edge(String cursor, Candidate node) {}

    record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {}

    /** A pair in the queue; its records are loaded for the whole page at once. */
    record Candidate(
            String id,
            RecordKey first,
            RecordKey second,
            double probability,
            Double matchWeight,
            String modelVersion,
            double priority,
            String reasonForPriority,
            String refusedBecause,
            List<MatchContribution> explanation) {

        static Candidate of(ReviewCandidate c) {
            return new Candidate(
                    c.id(),
                    c.pair().first(),
                    c.pair().second(),
                    c.probability(),
                    c.matchWeight(),
                    c.modelVersion(),
                    Math.round(c.priority().score() * 1000) / 1000.0,
                    c.priority().reason(),
                    c.refusedBecause(),
                    c.explanation());
        }
    }

    record Link(
            String otherSource,
            String otherSourceId,
            MatchStatus status,
            Double probability,
            Double matchWeight,
            String modelVersion,
            String refusedBecause,
            List<MatchContribution> explanation,
            String decidedBy,
            String decidedAt,
            String decisionReason) {

        static Link of(MatchLink l) {
            return new Link(
                    l.other().source(),
                    l.other().sourceId(),
                    status(l.status()),
                    l.probability(),
                    l.matchWeight(),
                    l.modelVersion(),
                    l.refusedBecause(),
                    l.explanation(),
                    l.decidedBy(),
                    l.decidedAt(),
                    l.decisionReason());
        }

        /** A link with no status or one this version does not know waits for review rather than joining. */
        private static MatchStatus status(String stored) {
            try {
                return stored == null ? MatchStatus.CANDIDATE : MatchStatus.valueOf(stored);
            } catch (IllegalArgumentException unknown) {
                return MatchStatus.CANDIDATE;
            }
        }
    }

    record DecisionResult(
            String decisionId,
            String decision,
            List<DecidedPerson> personsBefore,
            List<DecidedPerson> personsAfter,
            String note) {}

    record DecidedPerson(String personId, List<RecordKey> records) {
        static DecidedPerson of(PersonSnapshot p) {
            return new DecidedPerson(p.id(), p.records());
        }
    }

    record RecordKeyInput(String source, String sourceId) {}

    record MatchDecisionInput(RecordKeyInput record, RecordKeyInput otherRecord, String reason) {}

    record SplitPersonInput(String personId, List<RecordKeyInput> records, String reason) {}
}
