/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.familycontext.matching.TestRecord.named;

import java.util.ArrayList;
import java.util.List;
import org.familycontext.matching.MatchRecord;
import org.junit.jupiter.api.Test;

class TermFrequenciesTest {

    /** {@code common} records named Smith and {@code rare} records with surnames of their own. */
    private static List<MatchRecord> surnames(int common, int rare) {
        var records = new ArrayList<MatchRecord>();
        for (int i = 0; i < common; i++) {
            records.add(named("Kate", "Smith").build());
        }
        for (int i = 0; i < rare; i++) {
            records.add(named("Kate", "Rare" + (char) ('A' + i / 26) + (char) ('A' + i % 26))
                    .build());
        }
        return records;
    }

    @Test
    void agreeingOnARareValueCountsForMoreAndOnACommonOneForLess() {
        // half the records are Smith: two records agree by chance with 0.5^2 + 50 * 0.01^2 = 0.255
        var frequencies = TermFrequencies.of(surnames(50, 50), MatchRecord::surname);

        assertThat(frequencies.adjustment("SMITH"))
                .isCloseTo(log2(0.255 / 0.5), within(1e-9))
                .isNegative();
        // log2(0.255 / 0.01) = 4.67 bits, more than one field may say
        assertThat(frequencies.adjustment("RAREAA")).isEqualTo(TermFrequencies.MAX_ADJUSTMENT);
    }

    @Test
    void theAdjustmentIsBoundedBelowToo() {
        // a fifth are Smith: chance agreement 0.2^2 + 80 * 0.01^2 = 0.048
        var frequencies = TermFrequencies.of(surnames(20, 80), MatchRecord::surname);

        // log2(0.048 / 0.2) = -2.06 bits
        assertThat(frequencies.adjustment("SMITH")).isEqualTo(TermFrequencies.MIN_ADJUSTMENT);
        assertThat(frequencies.adjustment("RAREAA"))
                .isCloseTo(log2(0.048 / 0.01), within(1e-9))
                .isPositive();
    }

    @Test
    void aValueNotSeenOrMissingIsNotAdjustedAndRecordsWithoutTheFieldAreNotCounted() {
        var records = new ArrayList<>(surnames(20, 80));
        for (int i = 0; i < 100; i++) {
            records.add(named("Kate", null).build());
        }
        var frequencies = TermFrequencies.of(records, MatchRecord::surname);

        assertThat(frequencies.adjustment("JONES")).isZero();
        assertThat(frequencies.adjustment(null)).isZero();
        assertThat(frequencies.adjustment("RAREAA")).isCloseTo(log2(0.048 / 0.01), within(1e-9));
        assertThat(TermFrequencies.of(List.of(), MatchRecord::surname).adjustment("SMITH"))
                .isZero();
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
