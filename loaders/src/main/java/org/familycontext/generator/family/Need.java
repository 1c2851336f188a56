/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.generator.family;

/** What a person struggles with; it decides which services meet them and why. */
public enum Need {
    MENTAL_HEALTH,
    SUBSTANCE_MISUSE,
    DOMESTIC_ABUSE_PERPETRATOR,
    OFFENDING,
    DISABILITY,
    FRAILTY,
    SCHOOL_ATTENDANCE,
    YOUNG_CARER
}
