/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.familycontext.model.source.Source;
import org.junit.jupiter.api.Test;

class SourceFreshnessTest {

    private static final Clock THIRD_OF_DECEMBER = Clock.fixed(Instant.parse("2026-12-03T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void aSourceIsStaleOnlyOnceOlderThanTheLimit() {
        var freshness = new SourceFreshness(THIRD_OF_DECEMBER, 35);
        assertThat(freshness.daysOld(taken("2026-10-29"))).isEqualTo(35);
        assertThat(freshness.stale(taken("2026-10-29"))).isFalse();
        assertThat(freshness.stale(taken("2026-10-28"))).isTrue();
        assertThat(new SourceFreshness(THIRD_OF_DECEMBER, 7).stale(taken("2026-11-20")))
                .isTrue();
    }

    @Test
    void aSourceThatDoesNotSayWhenItWasTakenIsOfUnknownAgeAndStale() {
        var freshness = new SourceFreshness(THIRD_OF_DECEMBER, 35);
        assertThat(freshness.daysOld(taken(null))).isNull();
        assertThat(freshness.stale(taken(null))).isTrue();
        assertThat(freshness.daysOld(taken("2026-11"))).isNull();
    }

    private static Source taken(String dataCurrentAsOf) {
        return new Source(null, "police", "System", "POLICE", dataCurrentAsOf, 6, "Demoton", 18, null, null);
    }
}
