/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.review;

import java.util.List;

/**
 * What a decision changed.
 *
 * @param decisionId the ID of the {@code MatchDecision} node that records it
 * @param decision CONFIRMED, REJECTED or SPLIT
 * @param before the persons the records involved belonged to before the decision
 * @param after the persons those records belong to now
 * @param note something the person deciding should know, or null (e.g. two rejected records still joined
 *     through other links)
 */
public record DecisionOutcome(
        String decisionId, String decision, List<PersonSnapshot> before, List<PersonSnapshot> after, String note) {}
