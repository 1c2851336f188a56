/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.family;

import java.util.List;
import org.familycontext.api.person.PersonView;

/**
 * A person's family: the members (focus first), every tie between them, the households they lived in and the
 * qualities of relationships a practitioner recorded between them.
 *
 * @param truncated whether the network was cut at its size bound, so that more people lie within the depth
 */
record FamilyNetworkView(
        PersonView focus,
        List<FamilyMemberView> members,
        List<FamilyTieView> ties,
        List<HouseholdView> households,
        List<RelationshipQualityView> relationshipQualities,
        boolean truncated,
        String asOf) {}
