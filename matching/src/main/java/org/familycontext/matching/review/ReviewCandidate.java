/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.review;

import java.util.List;
import org.familycontext.model.record.RecordKey;

/**
 * A SAME_AS link waiting for a person's decision, with what the reviewer needs: both records in brief, the
 * model's evidence (its waterfall) and why it is where it is in the queue.
 *
 * @param matchWeight the sum of the explanation's weights, in bits; null for a link without one
 * @param refusedBecause why clustering refused an otherwise automatic link, or null
 */
public record ReviewCandidate(
        RecordPair pair,
        RecordSummary first,
        RecordSummary second,
        double probability,
        Double matchWeight,
        String modelVersion,
        String refusedBecause,
        List<MatchContribution> explanation,
        ReviewPriority priority) {

    /** Stable while the link waits: the pair's two keys. */
    public String id() {
        return pair.first() + "|" + pair.second();
    }

    /** The record fields a reviewer at the command line sees first. */
    public record RecordSummary(RecordKey key, String forename, String surname, String birthDate) {}
}
