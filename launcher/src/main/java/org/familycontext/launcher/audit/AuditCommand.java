/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.audit;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The audit trail at the command line (auditors read it through the API: auditEvents, unusualAccess). */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = {
            "The audit trail of who searched for, opened or decided about whom, when and why (see docs/audit.md)."
        },
        subcommands = {AuditVerifyCommand.class})
public class AuditCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
