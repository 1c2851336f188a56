/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.review;

import java.util.List;
import org.familycontext.model.record.RecordKey;

/**
 * A SAME_AS link as seen from one of its records: the other record, where the link stands, the model's evidence
 * and, when a person decided it, who, when and why.
 *
 * @param probability null for a link a person made without any model's evidence
 * @param explanation the waterfall; empty when the link has none
 */
public record MatchLink(
        RecordKey record,
        RecordKey other,
        String status,
        Double probability,
        Double matchWeight,
        String modelVersion,
        String refusedBecause,
        List<MatchContribution> explanation,
        String decidedBy,
        String decidedAt,
        String decisionReason) {}
