/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.source;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.familycontext.model.source.Source;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How old a source's data is by the server's clock, and whether that is too old to rely on without checking:
 * a monthly extract is stale once it is more than {@code family-context.sources.stale-after-days} old (35 by
 * default: a month and a few days' slack for the next extract to arrive).
 */
@Component
class SourceFreshness {

    private final Clock clock;
    private final int staleAfterDays;

    SourceFreshness(Clock clock, @Value("${family-context.sources.stale-after-days:35}") int staleAfterDays) {
        this.clock = clock;
        this.staleAfterDays = staleAfterDays;
    }

    /** Whole days since the extract was taken; null when the source does not say when. */
    Integer daysOld(Source source) {
        return SourceCoverage.takenOn(source)
                .map(taken -> (int) Math.max(0, ChronoUnit.DAYS.between(taken, LocalDate.now(clock))))
                .orElse(null);
    }

    /**
     * Older than the limit, or of unknown age. What practitioners record in Family Context itself is never
     * stale: it is written as they record it, not extracted.
     */
    boolean stale(Source source) {
        if (Source.PRACTITIONER_RECORDED.equals(source.name())) {
            return false;
        }
        var days = daysOld(source);
        return days == null || days > staleAfterDays;
    }
}
