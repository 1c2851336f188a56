/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.security;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A local demo user: a Spring Security user that also knows its team. */
final class DemoUser extends User {

    private final Set<Role> roles;
    private final String team;

    DemoUser(String username, String password, Set<Role> roles, String team) {
        super(
                username,
                password,
                roles.stream()
                        .map(role -> new SimpleGrantedAuthority(role.authority()))
                        .toList());
        this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        this.team = team;
    }

    CurrentUser asCurrentUser() {
        return new CurrentUser(getUsername(), roles, team);
    }
}
