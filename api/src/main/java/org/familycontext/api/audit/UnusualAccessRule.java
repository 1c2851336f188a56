/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.audit;

/** The patterns {@link UnusualAccessFinder} looks for. */
enum UnusualAccessRule {
    OUTSIDE_CASELOAD_OR_TEAM,
    MANY_PERSONS_IN_AN_HOUR,
    OUT_OF_HOURS_BULK
}
