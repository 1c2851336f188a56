/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.quality;

import java.util.Map;

/**
 * What a data manager needs to fix one source's data, counted over its current records.
 *
 * @param completeness for each field, how many current records hold it
 * @param problemsByField from the source's last load: rejected rows and dropped values, by field and reason
 * @param duplicateGroups groups of two or more records in this source with the same name and date of birth
 * @param conflicts for each field, how many records disagree with another source's record of the same person
 * @param reportedByUsers problems users reported on this source's facts, by where they stand (every status of
 *     {@link QualityReport#REPORT_STATUSES}, in that order, zeros included)
 */
public record SourceQuality(
        String source,
        long records,
        Map<String, Long> completeness,
        Map<String, Long> problemsByField,
        long duplicateGroups,
        long recordsInDuplicateGroups,
        Map<String, Long> conflicts,
        Map<String, Long> reportedByUsers) {

    public double percentComplete(String field) {
        return records == 0 ? 0 : 100.0 * completeness.getOrDefault(field, 0L) / records;
    }
}
