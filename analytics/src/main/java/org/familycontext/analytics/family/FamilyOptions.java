/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.analytics.family;

import java.time.LocalDate;

/**
 * How family units are drawn (docs/analytics.md, "The family unit").
 *
 * @param asOf the day of the build: ages, and whether a tie or a stay has ended, are read on it
 * @param maxDegrees 1: a child and their current parents and carers; 2: also those parents' and carers' current
 *     partners
 * @param coResidence whether the people in a child's current household join the child's family
 * @param ageLimit a dependent child is younger than this on {@code asOf}
 * @param maxHouseholdSize a household with more current members than this (a hostel, a care home) joins no one
 */
public record FamilyOptions(LocalDate asOf, int maxDegrees, boolean coResidence, int ageLimit, int maxHouseholdSize) {

    public static final int DEFAULT_DEGREES = 2;
    public static final int DEFAULT_AGE_LIMIT = 18;
    public static final int DEFAULT_MAX_HOUSEHOLD = 12;

    public FamilyOptions {
        if (asOf == null) {
            throw new IllegalArgumentException("a build needs its day");
        }
        if (maxDegrees < 1 || maxDegrees > 2) {
            throw new IllegalArgumentException("degrees must be 1 or 2, not " + maxDegrees);
        }
        if (ageLimit < 1 || ageLimit > 25) {
            throw new IllegalArgumentException("the age limit must be from 1 to 25, not " + ageLimit);
        }
        if (maxHouseholdSize < 2) {
            throw new IllegalArgumentException("a household joins people only if it may hold 2 or more");
        }
    }

    public static FamilyOptions defaults(LocalDate asOf) {
        return new FamilyOptions(asOf, DEFAULT_DEGREES, true, DEFAULT_AGE_LIMIT, DEFAULT_MAX_HOUSEHOLD);
    }
}
