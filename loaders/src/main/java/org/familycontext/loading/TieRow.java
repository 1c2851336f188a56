/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.loading;

import org.familycontext.model.record.RecordKey;
import org.familycontext.model.relationship.FamilyTieType;

/**
 * A family relationship between two records as a source records it.
 *
 * @param confidence only for inferred ties (0..1); recorded ties have none
 * @param parentalResponsibility for a parent or carer, whether the source records that they hold parental
 *     responsibility for the child; null when it does not say
 */
public record TieRow(
        FamilyTieType type,
        String kind,
        RecordKey from,
        RecordKey to,
        String source,
        String fromDate,
        String toDate,
        boolean inferred,
        Double confidence,
        Boolean parentalResponsibility) {

    public TieRow {
        if (!type.allows(kind)) {
            throw new IllegalArgumentException(type + " has no kind '" + kind + "'; allowed: " + type.kinds());
        }
    }
}
