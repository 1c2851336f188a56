/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.generator.family;

import java.time.LocalDate;

/**
 * A true family relationship, read "from is TYPE of to" as in docs/data-schema.md.
 *
 * @param type PARENT_OF, PARTNER_OF, SIBLING_OF, RELATIVE_OF or SIGNIFICANT_OTHER_OF
 * @param kind one of the type's kinds (birth, step, married, half, grandparent ...)
 * @param toDate null while it lasts
 */
public record Tie(Person from, Person to, String type, String kind, LocalDate fromDate, LocalDate toDate) {

    public String typeAndKind() {
        return type + ":" + kind;
    }
}
