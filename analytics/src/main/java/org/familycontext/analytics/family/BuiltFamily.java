/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.analytics.family;

import java.util.Map;

/**
 * One family as built, before it is written.
 *
 * @param members person numbers, in person-ID order
 * @param roles each member's role, in the same order
 * @param possibleParent for each member, whether a co-residence guess names them a possible parent or carer of a
 *     child of the family (only for members with the role {@code household})
 * @param properties the {@code Family} node's properties, the related group's included once known
 */
record BuiltFamily(String id, int[] members, Role[] roles, boolean[] possibleParent, Map<String, Object> properties) {}
