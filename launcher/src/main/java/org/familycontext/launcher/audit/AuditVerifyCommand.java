/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.audit;

import java.util.concurrent.Callable;
import org.familycontext.api.audit.AuditChainCheck;
import org.familycontext.launcher.connect.GraphConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Checks the audit trail's hash chain; only reads, so it is safe against a running service. */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = {
            "Checks that every audit event is present, in order and unchanged since it was written: seq 1, 2, 3 …"
                    + " with no gaps, each previousHash the hash of the event before, each hash that of the event's"
                    + " fields. Prints the number of events and the newest hash (keep it outside the service), or"
                    + " the first place the chain breaks and why.",
            "Exit status: 0 intact, 1 broken, 2 the graph could not be reached."
        })
public class AuditVerifyCommand implements Callable<Integer> {

    @Mixin
    GraphConnection graph;

    @Override
    public Integer call() {
        GraphConnection.Open open;
        try {
            open = graph.open();
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        try (open) {
            var status = new AuditChainCheck(open.driver()).check();
            if (status.intact()) {
                System.out.printf(
                        "Audit trail intact: %,d events (seq 1 to %,d).%n", status.events(), status.lastSeq());
                if (status.lastHash() != null) {
                    System.out.println("Newest hash: " + status.lastHash());
                }
                return 0;
            }
            System.out.printf(
                    "Audit trail BROKEN at seq %,d: %s.%n%,d events read, the newest seq %,d.%n",
                    status.firstBrokenSeq(), status.problem(), status.events(), status.lastSeq());
            System.out.println("See docs/operations.md, \"Audit trail\", for what to do.");
            return 1;
        }
    }
}
