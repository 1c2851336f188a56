/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.family;

import static org.familycontext.api.graph.Values.decimal;
import static org.familycontext.api.graph.Values.flag;
import static org.familycontext.api.graph.Values.text;

import java.util.Map;

/**
 * A relationship between two persons: recorded by a source (a practitioner too), inferred from a shared home, or
 * derived from shared parents. Recorded ties have confidence 1.
 *
 * @param type the GraphQL {@code FamilyTieType}; an inferred tie is a {@code PARENT_OF} or {@code SIBLING_OF} of
 *     kind {@code possible_parent_or_carer} or {@code possible_sibling}, with {@code inferred} set
 * @param basis why an inferred or derived tie is suggested; null for a recorded one
 * @param note what the practitioner wrote; null unless practitioner-recorded
 * @param quality the latest recorded quality of the relationship between the two persons, or null
 */
public record FamilyTieView(
        String fromPersonId,
        String toPersonId,
        String type,
        String kind,
        String from,
        String to,
        String source,
        boolean inferred,
        double confidence,
        String basis,
        boolean derived,
        String note,
        String recordedBy,
        String recordedAt,
        RelationshipQualityView quality) {

    /**
     * A row of the walk or of a person's relationships: {@code pid} one end, {@code other} the other, {@code
     * outgoing} whether the tie is stored from {@code pid}.
     */
    static FamilyTieView ofRow(Map<String, Object> row) {
        var outgoing = flag(row, "outgoing");
        var pid = text(row, "pid");
        var other = text(row, "other");
        var stored = text(row, "type");
        var kind = text(row, "kind");
        var inferredTie = Move.INFERRED_ROW.equals(stored);
        var confidence = decimal(row, "confidence");
        return new FamilyTieView(
                outgoing ? pid : other,
                outgoing ? other : pid,
                inferredTie ? ("possible_parent_or_carer".equals(kind) ? "PARENT_OF" : "SIBLING_OF") : stored,
                kind == null ? "unknown" : kind,
                text(row, "fromDate"),
                text(row, "toDate"),
                text(row, "source"),
                flag(row, "inferred"),
                confidence == null ? 1.0 : confidence,
                text(row, "basis"),
                false,
                text(row, "note"),
                text(row, "recordedBy"),
                text(row, "recordedAt"),
                null);
    }

    public FamilyTieView withQuality(RelationshipQualityView recorded) {
        return new FamilyTieView(
                fromPersonId,
                toPersonId,
                type,
                kind,
                from,
                to,
                source,
                inferred,
                confidence,
                basis,
                derived,
                note,
                recordedBy,
                recordedAt,
                recorded);
    }

    /** The tie without its quality, to tell the same tie read twice (from both ends) apart from two ties. */
    FamilyTieView identity() {
        return quality == null ? this : withQuality(null);
    }

    boolean joins(String a, String b) {
        return (fromPersonId.equals(a) && toPersonId.equals(b)) || (fromPersonId.equals(b) && toPersonId.equals(a));
    }

    boolean isParentage() {
        return "PARENT_OF".equals(type) && !inferred;
    }
}
