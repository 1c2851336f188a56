/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching;

/**
 * The fields of a record the linker looks at. Blocking rules and comparisons name the fields they use, so that
 * training can tell when a pair was chosen because of a field (and so says nothing new about it).
 */
public enum MatchField {
    FORENAME,
    SURNAME,
    BIRTH_DATE,
    SEX,
    POSTCODE,
    ADDRESS,
    NHS_NUMBER,
    UPN,
    CASE_ID
}
