/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.review;

import java.util.List;
import org.familycontext.model.record.RecordKey;

/** A resolved person at one moment: its ID and its records, in key order. */
public record PersonSnapshot(String id, List<RecordKey> records) {

    public PersonSnapshot {
        records = records.stream().sorted(RecordPair.KEY_ORDER).toList();
    }
}
