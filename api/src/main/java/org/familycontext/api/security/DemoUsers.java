/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.security;

import java.util.EnumSet;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.familycontext.api.security.SecuritySettings.DemoUserSettings;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The local profile's users, from {@code family-context.security.demo-users}. Every look-up gives a new
 * {@link DemoUser}: Spring Security erases the password of the user it signed in, which must not be the one kept
 * here.
 */
final class DemoUsers implements UserDetailsService {

    private final Map<String, DemoUserSettings> users;

    DemoUsers(SecuritySettings settings) {
        this.users = settings.demoUsers().stream()
                .collect(Collectors.toUnmodifiableMap(DemoUserSettings::username, Function.identity()));
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var user = users.get(username);
        if (user == null) {
            throw new UsernameNotFoundException("No such user");
        }
        var roles = user.roles() == null || user.roles().isEmpty()
                ? EnumSet.noneOf(Role.class)
                : EnumSet.copyOf(user.roles());
        return new DemoUser(user.username(), user.password(), roles, user.team());
    }

    boolean isEmpty() {
        return users.isEmpty();
    }
}
