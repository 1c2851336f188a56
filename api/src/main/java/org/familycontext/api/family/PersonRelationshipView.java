/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.family;

import org.familycontext.api.person.PersonView;

/** One recorded relationship of a person, seen from that person: who the other is to them, and the tie itself. */
record PersonRelationshipView(PersonView person, String relationship, FamilyTieView tie) {}
