/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.audit;

import java.util.List;
import org.familycontext.api.graph.InvalidArgumentException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The audit trail for auditors and the privacy officer (see audit.graphqls). */
@Controller
class AuditController {

    static final int MAX_FIRST = 200;

    private final AuditQueries queries;
    private final UnusualAccessFinder unusualAccess;
    private final AuditChainCheck chainCheck;

    AuditController(AuditQueries queries, UnusualAccessFinder unusualAccess, AuditChainCheck chainCheck) {
        this.queries = queries;
        this.unusualAccess = unusualAccess;
        this.chainCheck = chainCheck;
    }

    @QueryMapping
    AuditEventConnection auditEvents(@Argument AuditFilter filter, @Argument int first, @Argument String after) {
        if (first < 1 || first > MAX_FIRST) {
            throw new InvalidArgumentException("first must be between 1 and " + MAX_FIRST);
        }
        return queries.page(
                filter == null ? AuditFilter.ALL : filter, first, after == null ? null : AuditCursor.seqOf(after));
    }

    @QueryMapping
    List<UnusualAccess> unusualAccess(@Argument String from, @Argument String to) {
        var start = AuditTime.argument(from, "from");
        var end = AuditTime.argument(to, "to");
        if (start.compareTo(end) >= 0) {
            throw new InvalidArgumentException("from must be before to");
        }
        return unusualAccess.find(start, end);
    }

    @QueryMapping
    AuditChainStatus auditChainStatus() {
        return chainCheck.check();
    }

    @SchemaMapping(typeName = "AuditEvent")
    AuditOutcome outcome(AuditEvent event) {
        return AuditOutcome.fromStored(event.outcome());
    }
}
