/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.relationship;

import org.familycontext.api.family.RelationshipQuality;
import org.familycontext.model.relationship.FamilyTieType;

/** The mutations' inputs as GraphQL gives them, before any check. */
final class RelationshipInputs {

    private RelationshipInputs() {}

    record RecordRelationshipInput(
            String fromPersonId,
            String toPersonId,
            FamilyTieType type,
            String kind,
            String from,
            String to,
            String note) {}

    record RecordRelationshipQualityInput(
            String fromPersonId, String toPersonId, RelationshipQuality quality, String note) {}
}
