/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.model.person;

/** Where a SAME_AS link between two records stands. Only AUTO and CONFIRMED links join records into a Person. */
public enum MatchStatus {
    /** Above the automatic-link threshold; the algorithm's decision, which a person may overturn. */
    AUTO,
    /** A person (practitioner or data manager) confirmed it: wins over any later model run. */
    CONFIRMED,
    /** A person rejected it: never joins the two records, whatever a model says. */
    REJECTED,
    /** Between the thresholds: waits in the review queue. */
    CANDIDATE;

    public boolean joinsRecords() {
        return this == AUTO || this == CONFIRMED;
    }
}
