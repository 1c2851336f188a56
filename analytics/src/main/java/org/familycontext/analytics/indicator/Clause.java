/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.analytics.indicator;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * One way a family meets an indicator: a member of the family (of the kind {@code members} names) has an
 * involvement that meets every condition given. Conditions left out (null or empty) do not restrict.
 *
 * @param services the involvement's service is one of these (names of {@code Service})
 * @param sources the involvement comes from one of these sources
 * @param currentOnly the involvement is CURRENT
 * @param reason the reason contains a match (case ignored)
 * @param notReason the reason contains no match (case ignored)
 * @param detail a detail of the involvement meets this
 */
public record Clause(
        Members members,
        Set<String> services,
        Set<String> sources,
        boolean currentOnly,
        Pattern reason,
        Pattern notReason,
        DetailCondition detail) {

    public Clause {
        services = services == null ? Set.of() : Set.copyOf(services);
        sources = sources == null ? Set.of() : Set.copyOf(sources);
    }

    /** Whether this involvement meets the clause (who holds it is checked by the caller, with {@link #members}). */
    public boolean matches(Involvement involvement) {
        if (!readsFrom(involvement)) {
            return false;
        }
        if (currentOnly && !involvement.current()) {
            return false;
        }
        var why = involvement.reason() == null ? "" : involvement.reason();
        if (reason != null && !reason.matcher(why).find()) {
            return false;
        }
        if (notReason != null && notReason.matcher(why).find()) {
            return false;
        }
        return detail == null || detail.metBy(involvement);
    }

    /**
     * Whether the involvement is of the kind this clause reads (service, source, and the detail's label when the
     * clause looks at a detail): a council with no such involvement at all has no data for the clause.
     */
    public boolean readsFrom(Involvement involvement) {
        if (!services.isEmpty() && !services.contains(involvement.service())) {
            return false;
        }
        if (!sources.isEmpty() && !sources.contains(involvement.source())) {
            return false;
        }
        return detail == null || detail.labelIn(involvement);
    }
}
