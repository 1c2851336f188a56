/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.review;

import java.util.Comparator;
import org.familycontext.model.record.RecordKey;

/**
 * Two different records, the smaller key first (by source, then source ID), as a SAME_AS link between them is
 * stored: so that a pair is one pair whichever way round a reviewer names it.
 */
public record RecordPair(RecordKey first, RecordKey second) {

    /** The order SAME_AS links are written in: source, then source ID. */
    public static final Comparator<RecordKey> KEY_ORDER =
            Comparator.comparing(RecordKey::source).thenComparing(RecordKey::sourceId);

    public RecordPair {
        if (KEY_ORDER.compare(first, second) >= 0) {
            throw new IllegalArgumentException("a pair holds two different records, the smaller first");
        }
    }

    /** The pair of two records named in any order. */
    public static RecordPair of(RecordKey a, RecordKey b) {
        if (a.equals(b)) {
            throw new InvalidDecisionException("records", "the two records must be different records");
        }
        return KEY_ORDER.compare(a, b) < 0 ? new RecordPair(a, b) : new RecordPair(b, a);
    }

    @Override
    public String toString() {
        return first + " ~ " + second;
    }
}
