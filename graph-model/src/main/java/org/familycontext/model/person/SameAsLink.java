/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.model.person;

import org.familycontext.model.record.RecordKey;

/**
 * Properties of {@code (:Record)-[:SAME_AS]->(:Record)}: the evidence that two records are one person.
 *
 * @param matchWeight log2 Bayes factor summed over comparisons (Fellegi-Sunter), null when set by a person
 * @param probability posterior probability of a match
 * @param explanation each comparison's contribution, as JSON, for the waterfall
 * @param decidedBy who confirmed or rejected it (null for the algorithm's own links)
 */
public record SameAsLink(
        RecordKey from,
        RecordKey to,
        Double matchWeight,
        Double probability,
        MatchStatus status,
        String modelVersion,
        String explanation,
        String decidedBy,
        String reason) {}
