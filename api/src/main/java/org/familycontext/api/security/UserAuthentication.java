/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** A user signed in by a bearer token: the principal is the {@link CurrentUser} read from its claims. */
final class UserAuthentication extends AbstractAuthenticationToken {

    private final CurrentUser user;
    private final transient Jwt token;

    UserAuthentication(CurrentUser user, Jwt token) {
        super(user.roles().stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList());
        this.user = user;
        this.token = token;
        setAuthenticated(true);
    }

    @Override
    public CurrentUser getPrincipal() {
        return user;
    }

    @Override
    public Jwt getCredentials() {
        return token;
    }

    @Override
    public String getName() {
        return user.username();
    }
}
