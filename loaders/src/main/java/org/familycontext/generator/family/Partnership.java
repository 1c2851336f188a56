/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.generator.family;

import java.time.LocalDate;

/**
 * A couple. Mutable while the family is built: a marriage may later end in divorce or a death.
 *
 * @param kind married, civil_partnership, cohabiting, separated or divorced
 */
final class Partnership {

    final Person a;
    final Person b;
    String kind;
    final LocalDate from;
    LocalDate to;

    Partnership(Person a, Person b, String kind, LocalDate from) {
        this.a = a;
        this.b = b;
        this.kind = kind;
        this.from = from;
    }

    boolean involves(Person p) {
        return a == p || b == p;
    }

    Person other(Person p) {
        return a == p ? b : a;
    }

    /** True when the couple were together on {@code date}. */
    boolean onDate(LocalDate date) {
        return !from.isAfter(date) && (to == null || to.isAfter(date));
    }
}
