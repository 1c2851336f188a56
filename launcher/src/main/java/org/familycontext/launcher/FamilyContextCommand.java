/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher;

import org.familycontext.launcher.audit.AuditCommand;
import org.familycontext.launcher.bench.ApiBenchmarkCommand;
import org.familycontext.launcher.bench.CohortBenchmarkCommand;
import org.familycontext.launcher.bench.LinkBenchmarkCommand;
import org.familycontext.launcher.bench.LoadBenchmarkCommand;
import org.familycontext.launcher.evaluate.EvaluateCommand;
import org.familycontext.launcher.families.FamiliesCommand;
import org.familycontext.launcher.generate.GenerateCommand;
import org.familycontext.launcher.households.HouseholdsCommand;
import org.familycontext.launcher.link.LinkCommand;
import org.familycontext.launcher.links.LinksCommand;
import org.familycontext.launcher.load.LoadCommand;
import org.familycontext.launcher.quality.QualityCommand;
import org.familycontext.launcher.review.ReviewCommand;
import org.familycontext.launcher.serve.ServeCommand;
import org.familycontext.launcher.status.StatusCommand;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ./family-context} command; each feature adds a subcommand. */
@Command(
        name = "family-context",
        mixinStandardHelpOptions = true,
        version = "Family Context 0.1.0",
        description = "Who is in a child's family, and which services work with each of them.",
        subcommands = {
            ServeCommand.class,
            GenerateCommand.class,
            LoadCommand.class,
            StatusCommand.class,
            QualityCommand.class,
            LoadBenchmarkCommand.class,
            LinkBenchmarkCommand.class,
            ApiBenchmarkCommand.class,
            CohortBenchmarkCommand.class,
            LinkCommand.class,
            EvaluateCommand.class,
            LinksCommand.class,
            ReviewCommand.class,
            HouseholdsCommand.class,
            FamiliesCommand.class,
            AuditCommand.class,
            CommandLine.HelpCommand.class
        })
public class FamilyContextCommand {

    public static void main(String[] args) {
        // The Neo4j driver and Neo4j-Migrations log through java.util.logging; send it to the one console format.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        // Netty (under Bolt, on both ends) otherwise records a stack trace for one buffer in a hundred, to report
        // leaks nobody here would read; at load rates that is measurable work.
        if (System.getProperty("io.netty.leakDetection.level") == null) {
            System.setProperty("io.netty.leakDetection.level", "disabled");
        }
        var exitCode = commandLine().execute(args);
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    /** The command line as {@code ./family-context} parses it. */
    public static CommandLine commandLine() {
        return new CommandLine(new FamilyContextCommand()).setCaseInsensitiveEnumValuesAllowed(true);
    }
}
