/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Outside the local profile the service is an OAuth2 resource server: every request but the health check brings a
 * JWT from the council's identity provider ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}). No
 * sessions and no cookies, so no CSRF token either; there are no passwords and no demo users.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!local")
@EnableConfigurationProperties(SecuritySettings.class)
class ProductionSecurity {

    @Bean
    SecurityFilterChain bearerTokens(HttpSecurity http, SecuritySettings settings, ObjectProvider<JwtDecoder> decoder)
            throws Exception {
        if (decoder.getIfAvailable() == null) {
            throw new IllegalStateException(
                    "Family Context needs the council's identity provider: set "
                            + "spring.security.oauth2.resourceserver.jwt.issuer-uri (or jwk-set-uri), or run the local profile");
        }
        var signIn = SignInEntryPoint.bearerTokens();
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(
                        server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(new TokenUsers(settings)))
                                .authenticationEntryPoint(signIn))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(signIn))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .headers(SecurityHeaders.strict());
        return http.build();
    }
}
