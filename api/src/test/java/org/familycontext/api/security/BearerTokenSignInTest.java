/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.familycontext.api.DemoCouncilGraphQlTest;
import org.familycontext.api.TestIdentityProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The production set-up: a JWT on every request, no session, no password, and the headers on every response. */
@DemoCouncilGraphQlTest
@AutoConfigureWebTestClient
class BearerTokenSignInTest {

    private static final String SOURCES = "{\"query\":\"{ sources { name } }\"}";

    @Autowired
    WebTestClient web;

    @Test
    void withoutATokenGraphQlAnswers401WithAGraphQlErrorAndNothingElse() {
        var body = post(withoutToken(), SOURCES)
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Bearer.*")
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(body)
                .isEqualTo("{\"errors\":[{\"message\":\"Sign in to use Family Context.\","
                        + "\"extensions\":{\"classification\":\"UNAUTHORIZED\"}}]}");
    }

    @Test
    void aPageNeedsATokenToo() {
        withoutToken()
                .get()
                .uri("/")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void healthIsOpen() {
        withoutToken().get().uri("/actuator/health").exchange().expectStatus().isOk();
    }

    @Test
    void aTokenNotSignedByTheIdentityProviderIsRefused() {
        var token = TestIdentityProvider.token("someone", "Team", Role.SOCIAL_WORKER);
        var forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        post(withToken(forged), SOURCES).expectStatus().isUnauthorized();
    }

    @Test
    void anExpiredTokenIsRefused() {
        var expired = TestIdentityProvider.signed(new JWTClaimsSet.Builder()
                .subject("someone")
                .claim("roles", List.of("SOCIAL_WORKER"))
                .issueTime(Date.from(Instant.now().minus(2, ChronoUnit.HOURS)))
                .expirationTime(Date.from(Instant.now().minus(1, ChronoUnit.HOURS)))
                .build());
        post(withToken(expired), SOURCES).expectStatus().isUnauthorized();
    }

    @Test
    void aUserWithNoFamilyContextRoleIsSignedInButMayDoNothing() {
        var noRole = TestIdentityProvider.token("visitor", "Elsewhere");
        post(withToken(noRole), SOURCES)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.errors[0].extensions.classification")
                .isEqualTo("FORBIDDEN")
                .jsonPath("$.errors[0].message")
                .isEqualTo("Your role may not use sources.");
    }

    @Test
    void aTokenRequestMakesNoSessionAndNeedsNoCsrfToken() {
        post(web, SOURCES)
                .expectStatus()
                .isOk()
                .expectHeader()
                .doesNotExist(HttpHeaders.SET_COOKIE)
                .expectBody()
                .jsonPath("$.data.sources")
                .isNotEmpty();
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (var response : List.of(post(web, SOURCES), web.get().uri("/").exchange(), post(withoutToken(), SOURCES))) {
            response.expectHeader()
                    .valueEquals("Content-Security-Policy", SecurityHeaders.POLICY)
                    .expectHeader()
                    .valueEquals("X-Content-Type-Options", "nosniff")
                    .expectHeader()
                    .valueEquals("Referrer-Policy", "no-referrer")
                    .expectHeader()
                    .valueEquals("X-Frame-Options", "DENY")
                    .expectHeader()
                    .valueMatches(HttpHeaders.CACHE_CONTROL, ".*no-store.*");
        }
        var scriptSources = SecurityHeaders.POLICY.replaceAll(".*script-src ([^;]*);.*", "$1");
        assertThat(scriptSources).isEqualTo("'self'");
        assertThat(SecurityHeaders.POLICY).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    }

    private WebTestClient withoutToken() {
        return web.mutate()
                .defaultHeaders(headers -> headers.remove(HttpHeaders.AUTHORIZATION))
                .build();
    }

    private WebTestClient withToken(String token) {
        return web.mutate()
                .defaultHeaders(headers -> headers.setBearerAuth(token))
                .build();
    }

    private static WebTestClient.ResponseSpec post(WebTestClient client, String json) {
        return client.post()
                .uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json)
                .exchange();
    }
}
