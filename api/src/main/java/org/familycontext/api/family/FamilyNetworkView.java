/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.family;

import java.util.List;
import org.familycontext.api.person.PersonView;

/** A person's family: the members (focus first) and every recorded tie between them. */
record FamilyNetworkView(PersonView focus, List<FamilyMemberView> members, List<FamilyTieView> ties) {}
