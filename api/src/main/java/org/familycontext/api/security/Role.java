/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.security;

/**
 * What a signed-in user does for the council; {@link AccessPolicy} says what each role may see. A user may hold
 * several roles and then sees what any of them may.
 */
public enum Role {
    /** Works with children and families: searches, opens people, sees sensitive services in detail. */
    SOCIAL_WORKER,
    /** Family group conference coordinator: the wider family and whom to call, not sensitive services' details. */
    FGC_COORDINATOR,
    /** Manages social workers: sees what they see. */
    TEAM_MANAGER,
    /** Never sees an identifiable person; only the cohort API (when it exists). */
    ANALYST,
    /** Loads sources and reviews matches: the review queue and the match decisions, with the records they need. */
    DATA_MANAGER,
    /** Reads the audit trail and the sources; no person data. */
    AUDITOR;

    /** The Spring Security authority a role is granted as. */
    public String authority() {
        return "ROLE_" + name();
    }
}
