/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.relationship;

import org.familycontext.api.family.RelationshipQuality;
import org.familycontext.model.relationship.FamilyTieType;

/** What a practitioner records, checked and tidied, ready to store. */
final class PractitionerFacts {

    private PractitionerFacts() {}

    /** A relationship between two persons; dates are ISO text, possibly partial, null when not known. */
    record Relationship(
            String fromPersonId,
            String toPersonId,
            FamilyTieType type,
            String kind,
            String from,
            String to,
            String note,
            String recordedBy) {}

    /** How the relationship between two persons is. */
    record Quality(
            String fromPersonId, String toPersonId, RelationshipQuality quality, String note, String recordedBy) {}
}
