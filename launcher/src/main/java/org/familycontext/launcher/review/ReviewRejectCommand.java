/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.review;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
        name = "reject",
        mixinStandardHelpOptions = true,
        description = "Two records are not one person: they are never joined directly, whatever any model says.")
public class ReviewRejectCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RECORD", description = "One record, as source:sourceId.")
    String record;

    @Parameters(index = "1", paramLabel = "OTHER", description = "The other record, as source:sourceId.")
    String other;

    @Mixin
    DecisionOptions decision;

    @Override
    public Integer call() {
        return PairDecision.take(decision, record, other, false);
    }
}
