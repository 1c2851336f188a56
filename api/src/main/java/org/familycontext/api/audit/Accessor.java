/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.audit;

import java.util.List;
import java.util.Objects;

/**
 * Who makes a request, as the audit trail records it: the user name, their roles and their team at the time. The
 * team is what the caseload rule of {@link UnusualAccessFinder} compares with the teams of a person's services.
 */
public record Accessor(String username, List<String> roles, String team) {

    /** A request nobody signed in for (the local tool, or before sign-in is configured). */
    public static final Accessor UNAUTHENTICATED = new Accessor("unauthenticated", List.of(), null);

    public Accessor {
        Objects.requireNonNull(username, "username");
        roles = roles == null ? List.of() : List.copyOf(roles);
    }
}
