/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.review;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
        name = "confirm",
        mixinStandardHelpOptions = true,
        description = "Two records are one person: they are joined whatever any model says.")
public class ReviewConfirmCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RECORD", description = "One record, as source:sourceId.")
    String record;

    @Parameters(index = "1", paramLabel = "OTHER", description = "The other record, as source:sourceId.")
    String other;

    @Mixin
    DecisionOptions decision;

    @Override
    public Integer call() {
        return PairDecision.take(decision, record, other, true);
    }
}
