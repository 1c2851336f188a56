/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.review;

/**
 * A decision that cannot be stored as asked. The message is written for the person deciding and never holds
 * personal data beyond the record keys and person IDs they gave; {@link #field()} names what to change.
 */
public class InvalidDecisionException extends IllegalArgumentException {

    private final String field;

    public InvalidDecisionException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input that is wrong: {@code reason}, {@code decidedBy}, {@code records}, {@code personId} ... */
    public String field() {
        return field;
    }
}
