/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class TokenUsersTest {

    @Test
    void rolesAreTheClaimsValuesThatNameARoleWhenNoGroupsAreConfigured() {
        var user = user(settings("roles", Map.of()), Map.of("roles", List.of("SOCIAL_WORKER", "Staff", "auditor")));
        assertThat(user.roles()).containsExactly(Role.SOCIAL_WORKER);
    }

    @Test
    void configuredGroupsGiveRolesAndNothingElseDoes() {
        var settings = settings(
                "groups", Map.of(Role.FGC_COORDINATOR, List.of("FC Coordinators"), Role.AUDITOR, List.of("IG Team")));
        assertThat(user(settings, Map.of("groups", List.of("FC Coordinators", "SOCIAL_WORKER")))
                        .roles())
                .containsExactly(Role.FGC_COORDINATOR);
        assertThat(user(settings, Map.of("groups", List.of("Everyone"))).roles())
                .isEmpty();
    }

    @Test
    void theRolesClaimMayBeNestedOrText() {
        assertThat(user(
                        settings("realm_access.roles", Map.of()),
                        Map.of("realm_access", Map.of("roles", List.of("TEAM_MANAGER")))))
                .extracting(CurrentUser::roles)
                .isEqualTo(java.util.Set.of(Role.TEAM_MANAGER));
        assertThat(user(settings("scope", Map.of()), Map.of("scope", "openid DATA_MANAGER,AUDITOR"))
                        .roles())
                .containsExactlyInAnyOrder(Role.DATA_MANAGER, Role.AUDITOR);
    }

    @Test
    void nameAndTeamComeFromTheirClaimsAndTheSubjectStandsInForAMissingName() {
        var settings = settings("roles", Map.of());
        assertThat(user(settings, Map.of("preferred_username", "sam", "team", "North Locality")))
                .isEqualTo(new CurrentUser("sam", java.util.Set.of(), "North Locality"));
        assertThat(user(settings, Map.of())).isEqualTo(new CurrentUser("subject-1", java.util.Set.of(), null));
    }

    private static CurrentUser user(SecuritySettings settings, Map<String, Object> claims) {
        var jwt = Jwt.withTokenValue("token")
                .header("alg", "RS256")
                .subject("subject-1")
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60))
                .claims(all -> all.putAll(claims))
                .build();
        return (CurrentUser) new TokenUsers(settings).convert(jwt).getPrincipal();
    }

    private static SecuritySettings settings(String rolesClaim, Map<Role, List<String>> groups) {
        return new SecuritySettings(rolesClaim, groups, "team", "preferred_username", Duration.ofHours(8), List.of());
    }
}
