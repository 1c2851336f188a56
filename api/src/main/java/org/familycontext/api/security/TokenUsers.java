/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Reads the user from a token of the council's identity provider: name, team and roles from the claims that
 * {@link SecuritySettings} names. Group names map to roles through {@code role-groups}; a group that maps to no
 * role gives none, so a user in no Family Context group can sign in but see nothing.
 */
final class TokenUsers implements Converter<Jwt, AbstractAuthenticationToken> {

    private final SecuritySettings settings;

    TokenUsers(SecuritySettings settings) {
        this.settings = settings;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        var username = jwt.getClaimAsString(settings.usernameClaim());
        var team = claim(jwt.getClaims(), settings.teamClaim());
        var user = new CurrentUser(
                username == null || username.isBlank() ? jwt.getSubject() : username,
                roles(values(claim(jwt.getClaims(), settings.rolesClaim()))),
                team == null ? null : team.toString());
        return new UserAuthentication(user, jwt);
    }

    Set<Role> roles(List<String> groups) {
        var roles = EnumSet.noneOf(Role.class);
        if (settings.roleGroups().isEmpty()) {
            for (var role : Role.values()) {
                if (groups.contains(role.name())) {
                    roles.add(role);
                }
            }
        } else {
            settings.roleGroups().forEach((role, names) -> {
                if (names.stream().anyMatch(groups::contains)) {
                    roles.add(role);
                }
            });
        }
        return roles;
    }

    /** A claim by a dotted path: {@code realm_access.roles} is the {@code roles} entry of the {@code realm_access} map. */
    private static Object claim(Map<String, Object> claims, String path) {
        Object value = claims;
        for (var part : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(part);
        }
        return value;
    }

    /** A list claim as it is; a text claim split at spaces and commas, as identity providers write scopes. */
    private static List<String> values(Object claim) {
        var values = new ArrayList<String>();
        if (claim instanceof Collection<?> collection) {
            collection.forEach(value -> values.add(String.valueOf(value)));
        } else if (claim instanceof String text) {
            for (var value : text.split("[\\s,]+")) {
                if (!value.isEmpty()) {
                    values.add(value);
                }
            }
        }
        return values;
    }
}
