/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.analytics.family;

/** The recorded family ties the builder reads (significant others are not family). */
enum TieType {
    PARENT_OF,
    PARTNER_OF,
    SIBLING_OF,
    RELATIVE_OF
}
