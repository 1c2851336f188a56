/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The local profile ({@code ./family-context serve}): demo users with passwords. A browser signs in on the sign-in
 * page and keeps a session cookie, so its posts carry a CSRF token; scripts use HTTP Basic on every request and get
 * no session (and need no token).
 */
@Configuration(proxyBeanMethods = false)
@Profile("local")
@EnableConfigurationProperties(SecuritySettings.class)
class LocalSecurity {

    /**
     * A request that signs in by HTTP Basic rather than by the session cookie. A cross-site form cannot send the
     * header, and wrong credentials in it fail the request rather than fall back to the cookie.
     */
    static final RequestMatcher CARRIES_CREDENTIALS = LocalSecurity::carriesCredentials;

    @Bean
    DemoUsers demoUsers(SecuritySettings settings) {
        var users = new DemoUsers(settings);
        if (users.isEmpty()) {
            throw new IllegalStateException("The local profile needs family-context.security.demo-users");
        }
        return users;
    }

    @Bean
    SecurityFilterChain signInWithPasswords(HttpSecurity http, SecuritySettings settings, Clock clock)
            throws Exception {
        var signIn = SignInEntryPoint.signInPage();
        var csrfTokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/actuator/health",
                                "/actuator/health/**",
                                SignInEntryPoint.LOGIN_PAGE,
                                "/login.js",
                                "/app.css",
                                "/favicon.svg",
                                "/error")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage(SignInEntryPoint.LOGIN_PAGE)
                        .loginProcessingUrl("/login")
                        .failureHandler(signInFailed())
                        .permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(signIn))
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl(SignInEntryPoint.LOGIN_PAGE + "?signed-out#signed-out")
                        .deleteCookies("JSESSIONID"))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(signIn).accessDeniedHandler(refusedOrSignIn(signIn)))
                // The token travels as it is in the cookie (no BREACH masking): it never appears in a response body.
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .ignoringRequestMatchers(CARRIES_CREDENTIALS))
                .addFilterAfter(new CsrfCookieWriter(CARRIES_CREDENTIALS), CsrfFilter.class)
                .addFilterBefore(
                        new SessionLifetimeFilter(settings.sessionMaxLifetime(), clock),
                        SecurityContextHolderFilter.class)
                .headers(SecurityHeaders.strictExceptGraphiql(PathPatternRequestMatcher.pathPattern("/graphiql")));
        return http.build();
    }

    /** Back to the sign-in page with its message; a failed attempt opens no session. */
    private static SimpleUrlAuthenticationFailureHandler signInFailed() {
        var failed = new SimpleUrlAuthenticationFailureHandler(SignInEntryPoint.LOGIN_PAGE + "?error#sign-in-failed");
        failed.setAllowSessionCreation(false);
        return failed;
    }

    /**
     * A post without a CSRF token from someone not signed in is a request to sign in first (401, or the sign-in
     * page), not a refusal: there is no session it could ride on. The sign-in form itself is refused (403).
     */
    private static AccessDeniedHandler refusedOrSignIn(AuthenticationEntryPoint signIn) {
        var refused = new AccessDeniedHandlerImpl();
        return (request, response, denied) -> {
            if (CurrentUser.find().isEmpty() && !"/login".equals(request.getServletPath())) {
                signIn.commence(request, response, new InsufficientAuthenticationException("Not signed in"));
            } else {
                refused.handle(request, response, denied);
            }
        };
    }

    private static boolean carriesCredentials(HttpServletRequest request) {
        var authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }
}
