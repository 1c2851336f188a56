/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.review;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.familycontext.matching.review.InvalidDecisionException;
import org.familycontext.model.record.RecordKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
        name = "split",
        mixinStandardHelpOptions = true,
        description = "Some of a person's records are someone else: they are split off, and never joined directly to"
                + " the person's other records again.")
public class ReviewSplitCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PERSON_ID", description = "The person to split.")
    String personId;

    @Parameters(
            index = "1..*",
            arity = "1..*",
            paramLabel = "RECORD",
            description = "The records to split off, each as source:sourceId.")
    List<String> records;

    @Mixin
    DecisionOptions decision;

    @Override
    public Integer call() {
        var keys = new ArrayList<RecordKey>();
        try {
            for (var record : records) {
                keys.add(DecisionOptions.record(record));
            }
        } catch (InvalidDecisionException e) {
            System.err.println("RECORD: " + e.getMessage());
            return 2;
        }
        return decision.decide(decisions -> decisions.split(personId, keys, decision.by, decision.reason));
    }
}
