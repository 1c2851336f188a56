/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.family;

/** Two persons without direction, the smaller ID first. */
record PersonPair(String first, String second) {

    static PersonPair of(String a, String b) {
        return a.compareTo(b) <= 0 ? new PersonPair(a, b) : new PersonPair(b, a);
    }
}
