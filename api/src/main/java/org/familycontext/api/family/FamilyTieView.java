/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.family;

import static org.familycontext.api.graph.Values.decimal;
import static org.familycontext.api.graph.Values.flag;
import static org.familycontext.api.graph.Values.text;

import java.util.Map;

/** A relationship between two members as a source records it. */
record FamilyTieView(
        String fromPersonId,
        String toPersonId,
        String type,
        String kind,
        String from,
        String to,
        String source,
        boolean inferred,
        Double confidence) {

    static FamilyTieView of(Map<String, Object> row) {
        return new FamilyTieView(
                text(row, "fromPersonId"),
                text(row, "toPersonId"),
                text(row, "type"),
                text(row, "kind"),
                text(row, "fromDate"),
                text(row, "toDate"),
                text(row, "source"),
                flag(row, "inferred"),
                decimal(row, "confidence"));
    }

    boolean isLegalParentage() {
        return "PARENT_OF".equals(type) && ("birth".equals(kind) || "adoptive".equals(kind) || "unknown".equals(kind));
    }
}
