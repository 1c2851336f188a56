/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.review;

import org.familycontext.matching.review.InvalidDecisionException;

/** Confirm and reject differ only in the decision. */
final class PairDecision {

    private PairDecision() {}

    static int take(DecisionOptions options, String record, String other, boolean confirm) {
        try {
            var a = DecisionOptions.record(record);
            var b = DecisionOptions.record(other);
            return options.decide(decisions -> confirm
                    ? decisions.confirm(a, b, options.by, options.reason)
                    : decisions.reject(a, b, options.by, options.reason));
        } catch (InvalidDecisionException e) {
            System.err.println("RECORD: " + e.getMessage());
            return 2;
        }
    }
}
