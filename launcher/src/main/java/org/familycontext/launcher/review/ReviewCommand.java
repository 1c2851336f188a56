/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.review;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The review queue and decisions about who is who, at the command line (the API offers the same). */
@Command(
        name = "review",
        mixinStandardHelpOptions = true,
        description = {
            "Pairs of records waiting for a person, and the decisions about them. Records are written"
                    + " source:sourceId. Every decision needs --reason and --by, is kept when records are linked"
                    + " again, and re-forms the persons it touches at once."
        },
        subcommands = {
            ReviewListCommand.class,
            ReviewConfirmCommand.class,
            ReviewRejectCommand.class,
            ReviewSplitCommand.class
        })
public class ReviewCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
