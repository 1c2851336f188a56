/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.family;

import org.familycontext.api.person.PersonView;

/**
 * One person in a family network, with how they relate to the focus person.
 *
 * @param inferred whether the way to them crosses an inferred tie: a guess, never a fact
 */
record FamilyMemberView(PersonView person, String relationshipToFocus, int distance, boolean inferred) {}
