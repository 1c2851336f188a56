/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.household;

import java.time.LocalDate;
import java.util.List;

/**
 * A tie suggested by two persons living together, from the older to the younger for a possible parent or carer
 * (between siblings from the smaller person ID).
 *
 * @param fromDate the day they began living together, null when a source does not say when the later came
 * @param toDate the day they stopped, null while they still live together
 * @param households the households they shared, by ID
 */
record InferredTie(
        String from,
        String to,
        TieKind kind,
        double confidence,
        double ageGapYears,
        double overlapYears,
        LocalDate fromDate,
        LocalDate toDate,
        List<String> households) {}
