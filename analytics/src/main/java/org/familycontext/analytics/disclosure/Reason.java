/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.analytics.disclosure;

/**
 * Why a figure is withheld. For the analyst who produces a table and for the audit trail: a published table (the CSV,
 * a chart) marks both alike with {@code [c]}, because "primary" would tell its reader that the count is small.
 */
public enum Reason {
    /** The count itself is from 1 to the threshold (or 0, when zeros are suppressed). */
    PRIMARY,
    /** Withheld so that a primary count cannot be worked out from the totals and the other published figures. */
    SECONDARY
}
