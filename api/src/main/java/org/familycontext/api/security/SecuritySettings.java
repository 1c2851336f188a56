/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code family-context.security.*}: how users are known (docs/security.md).
 *
 * @param rolesClaim the token claim holding the user's groups or roles; a dotted path reaches into nested
 *     claims ({@code realm_access.roles})
 * @param roleGroups the identity provider's group names that give each role; when empty, a claim value equal to a
 *     role's name gives that role
 * @param teamClaim the token claim holding the user's team
 * @param usernameClaim the token claim holding the user's name ({@code sub} when absent)
 * @param sessionMaxLifetime how long a signed-in browser session lasts at most, however active (local profile)
 * @param demoUsers users that sign in with a password: read only in the {@code local} profile
 */
@ConfigurationProperties("family-context.security")
record SecuritySettings(
        @DefaultValue("roles") String rolesClaim,
        Map<Role, List<String>> roleGroups,
        @DefaultValue("team") String teamClaim,
        @DefaultValue("preferred_username") String usernameClaim,
        @DefaultValue("8h") Duration sessionMaxLifetime,
        List<DemoUserSettings> demoUsers) {

    SecuritySettings {
        roleGroups = roleGroups == null ? Map.of() : Map.copyOf(roleGroups);
        demoUsers = demoUsers == null ? List.of() : List.copyOf(demoUsers);
    }

    /** A local demo user; {@code password} carries its encoding prefix ({@code {noop}}, {@code {bcrypt}}). */
    record DemoUserSettings(String username, String password, List<Role> roles, String team) {}
}
