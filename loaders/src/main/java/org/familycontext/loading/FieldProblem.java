/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.loading;

/** A field value that cannot be used; the message says why, for the reject report (never for logs). */
final class FieldProblem extends Exception {

    private final String field;

    FieldProblem(String field, String reason) {
        super(reason, null, false, false);
        this.field = field;
    }

    String field() {
        return field;
    }
}
