/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.households;

import java.util.concurrent.Callable;
import org.familycontext.launcher.connect.GraphConnection;
import org.familycontext.matching.household.HouseholdBuilder;
import org.familycontext.model.schema.SchemaMigrations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Re-forms households and the ties living together suggests (see docs/graph-model.md, "Households"). */
@Command(
        name = "households",
        mixinStandardHelpOptions = true,
        description = {
            "Re-forms households from the persons' addresses and dates, and infers possible parents or carers and"
                    + " possible siblings from living together and age gaps (stored as inferred, never as fact)."
                    + " Run after link: records that belong to no person yet are left out."
        })
public class HouseholdsCommand implements Callable<Integer> {

    @Mixin
    GraphConnection graph;

    @Override
    public Integer call() {
        var started = System.nanoTime();
        try (var open = graph.open()) {
            SchemaMigrations.apply(open.driver());
            var counts = HouseholdBuilder.rebuild(open.driver());
            System.out.printf(
                    "%,d households (%,d written, %,d removed), %,d memberships; %,d inferred ties (%,d written, %,d"
                            + " removed; %,d not stored because a source records a tie); %,d addresses skipped as not"
                            + " one home; %.1f s%n",
                    counts.households(),
                    counts.householdsWritten(),
                    counts.householdsRemoved(),
                    counts.memberships(),
                    counts.inferredTies(),
                    counts.inferredTiesWritten(),
                    counts.inferredTiesRemoved(),
                    counts.tiesSuppressed(),
                    counts.addressesSkipped(),
                    (System.nanoTime() - started) / 1e9);
        }
        return 0;
    }
}
