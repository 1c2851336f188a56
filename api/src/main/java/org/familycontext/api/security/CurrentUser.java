/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.security;

import graphql.GraphQLContext;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting: for the audit trail and for decisions that record who took them.
 *
 * @param username the user's name at the identity provider (or the demo user's name locally)
 * @param roles what the user does; empty for a user the council has given no Family Context role
 * @param team the user's team, when the identity provider says (null otherwise)
 */
public record CurrentUser(String username, Set<Role> roles, String team) {

    public CurrentUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Collection<Role> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }

    /** The signed-in user of the current request, if any (controllers and services may call it). */
    public static Optional<CurrentUser> find() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    /** The signed-in user of the current request; fails when nobody is signed in. */
    public static CurrentUser current() {
        return find().orElseThrow(() -> new IllegalStateException("No user is signed in"));
    }

    /** The user a GraphQL request runs for, as {@link SignedInUserInterceptor} put it in the request's context. */
    public static Optional<CurrentUser> in(GraphQLContext context) {
        return Optional.ofNullable(context.get(CurrentUser.class));
    }

    /**
     * The name of the user a GraphQL request runs for, to record with what they decide or record. Every operation
     * is refused to a request without a user ({@link AccessControl}), so a controller always finds one.
     */
    public static String nameIn(GraphQLContext context) {
        return in(context)
                .map(CurrentUser::username)
                .orElseThrow(() -> new IllegalStateException("No user is signed in"));
    }

    static Optional<CurrentUser> of(Authentication authentication) {
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(
                switch (authentication.getPrincipal()) {
                    case CurrentUser user -> user;
                    case DemoUser demo -> demo.asCurrentUser();
                    default ->
                        new CurrentUser(authentication.getName(), rolesIn(authentication.getAuthorities()), null);
                });
    }

    static Set<Role> rolesIn(Collection<? extends GrantedAuthority> authorities) {
        var roles = EnumSet.noneOf(Role.class);
        for (var authority : authorities) {
            for (var role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}
