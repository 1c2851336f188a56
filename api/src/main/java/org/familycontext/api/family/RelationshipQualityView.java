/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.family;

import static org.familycontext.api.graph.Values.text;

import java.util.Map;
import org.familycontext.model.source.Source;

/** How the relationship between two persons is, as a practitioner recorded it, and who recorded it when. */
public record RelationshipQualityView(
        String fromPersonId,
        String toPersonId,
        RelationshipQuality quality,
        String note,
        String recordedBy,
        String recordedAt) {

    public static RelationshipQualityView of(Map<String, Object> row) {
        return new RelationshipQualityView(
                text(row, "fromPersonId"),
                text(row, "toPersonId"),
                RelationshipQuality.valueOf(text(row, "quality")),
                text(row, "note"),
                text(row, "recordedBy"),
                text(row, "recordedAt"));
    }

    public String source() {
        return Source.PRACTITIONER_RECORDED;
    }

    /** The two persons in a fixed order: a quality is about the pair, whichever way it was recorded. */
    PersonPair pair() {
        return PersonPair.of(fromPersonId, toPersonId);
    }
}
