/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.household;

import java.time.LocalDate;

/**
 * One record's address link as the graph holds it, with the dates of the person the record belongs to: the
 * input households are formed from. Dates are the stored ISO text, possibly partial, null when unknown.
 *
 * @param current false once a newer snapshot of the source no longer holds the link
 * @param lastSeen the day of the last load that held the link, null when not known
 */
record Residence(
        String person,
        String birthDate,
        String deathDate,
        String fromDate,
        String toDate,
        boolean current,
        LocalDate lastSeen) {}
