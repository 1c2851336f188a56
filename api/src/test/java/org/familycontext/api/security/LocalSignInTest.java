/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.apache.catalina.Context;
import org.familycontext.api.DemoCouncilInNeo4j;
import org.familycontext.api.DemoPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * The local profile, as {@code ./family-context serve} runs it: demo users, the sign-in page and a session cookie
 * for the browser, HTTP Basic for scripts, the session's limits and its CSRF token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
@ContextConfiguration(initializers = DemoCouncilInNeo4j.class)
@AutoConfigureWebTestClient
@Import(LocalSignInTest.MovableClock.class)
class LocalSignInTest {

    private static final String SOURCES = "{\"query\":\"{ sources { name } }\"}";

    @Autowired
    WebTestClient web;

    @Autowired
    MovableClock clock;

    @Autowired
    WebServerApplicationContext server;

    @BeforeEach
    void patientOnABusyMachine() {
        web = web.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    @AfterEach
    void backToToday() {
        clock.set(Duration.ZERO);
    }

    @Test
    void aPageSendsTheBrowserToTheSignInPage() {
        web.get()
                .uri("/")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isFound()
                .expectHeader()
                .valueMatches(HttpHeaders.LOCATION, ".*/login\\.html$");
        web.get()
                .uri("/login.html")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("Content-Security-Policy", SecurityHeaders.POLICY);
    }

    @Test
    void graphQlWithoutSignInAnswers401AndNoPasswordDialog() {
        web.post()
                .uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(SOURCES)
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .doesNotExist(HttpHeaders.WWW_AUTHENTICATE)
                .expectBody()
                .jsonPath("$.errors[0].extensions.classification")
                .isEqualTo("UNAUTHORIZED")
                .jsonPath("$.data")
                .doesNotExist();
        web.get().uri("/actuator/health").exchange().expectStatus().isOk();
    }

    @Test
    void aWrongPasswordGoesBackToTheSignInPageWithItsMessage() {
        var csrf = csrfCookieOfTheSignInPage();
        web.post()
                .uri("/login")
                .accept(MediaType.TEXT_HTML)
                .cookie("XSRF-TOKEN", csrf)
                .body(BodyInserters.fromFormData("username", "sam.social")
                        .with("password", "not-the-password")
                        .with("_csrf", csrf))
                .exchange()
                .expectStatus()
                .isFound()
                .expectHeader()
                .valueMatches(HttpHeaders.LOCATION, ".*/login\\.html\\?error#sign-in-failed$")
                .expectCookie()
                .doesNotExist("JSESSIONID");
    }

    @Test
    void signingInWithoutTheCsrfTokenIsRefused() {
        web.post()
                .uri("/login")
                .accept(MediaType.TEXT_HTML)
                .body(BodyInserters.fromFormData("username", "sam.social").with("password", "demo-sam"))
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void aBrowserSessionPostsOnlyWithItsCsrfToken() {
        var session = signIn("sam.social", "demo-sam");
        web.post()
                .uri("/graphql")
                .cookie("JSESSIONID", session.id())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(SOURCES)
                .exchange()
                .expectStatus()
                .isForbidden();
        post(session)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.data.sources")
                .isNotEmpty();
    }

    @Test
    void scriptsSignInWithHttpBasicAndGetNoSession() {
        web.post()
                .uri("/graphql")
                .headers(headers -> headers.setBasicAuth("sam.social", "demo-sam"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(SOURCES)
                .exchange()
                .expectStatus()
                .isOk()
                .expectCookie()
                .doesNotExist("JSESSIONID")
                .expectBody()
                .jsonPath("$.data.sources")
                .isNotEmpty();
        web.post()
                .uri("/graphql")
                .headers(headers -> headers.setBasicAuth("sam.social", "wrong"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(SOURCES)
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "sam.social, demo-sam, true, true",
        "fran.coordinator, demo-fran, true, true",
        "tom.manager, demo-tom, true, true",
        "ana.analyst, demo-ana, false, false",
        "dee.datamanager, demo-dee, false, true",
        "aud.auditor, demo-aud, false, true"
    })
    void eachDemoUserHasTheirRole(String user, String password, boolean maySearch, boolean mayListSources) {
        var response = web.post()
                .uri("/graphql")
                .headers(headers -> headers.setBasicAuth(user, password))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(
                        "{\"query\":\"{ sources { name } searchPeople(identifier: \\\"C-20119\\\") { totalCount } }\"}")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        var errors = String.valueOf(response.get("errors"));
        assertThat(errors.contains("may not use searchPeople"))
                .as("refused a search")
                .isNotEqualTo(maySearch);
        assertThat(errors.contains("may not use sources"))
                .as("refused the sources")
                .isNotEqualTo(mayListSources);
    }

    @Test
    void aSessionOlderThanItsLifetimeIsRefusedHoweverActive() {
        var session = signIn("sam.social", "demo-sam");
        clock.set(Duration.ofHours(7).plusMinutes(59));
        post(session).expectStatus().isOk();
        clock.set(Duration.ofHours(8).plusSeconds(1));
        post(session).expectStatus().isUnauthorized();
        web.get()
                .uri("/")
                .accept(MediaType.TEXT_HTML)
                .cookie("JSESSIONID", session.id())
                .exchange()
                .expectStatus()
                .isFound()
                .expectHeader()
                .valueMatches(HttpHeaders.LOCATION, ".*/login\\.html\\?session-ended#session-ended$");
    }

    @Test
    void anIdleSessionEndsAfterTheConfiguredTimeout() throws Exception {
        var session = signIn("sam.social", "demo-sam");
        var tomcat = ((TomcatWebServer) server.getWebServer()).getTomcat();
        var context = (Context) tomcat.getHost().findChildren()[0];
        var kept = context.getManager().findSession(session.id());
        assertThat(kept).isNotNull();
        assertThat(kept.getMaxInactiveInterval())
                .isEqualTo((int) Duration.ofMinutes(30).toSeconds());
    }

    @Test
    void signingOutEndsTheSession() {
        var session = signIn("sam.social", "demo-sam");
        web.post()
                .uri("/logout")
                .accept(MediaType.TEXT_HTML)
                .cookie("JSESSIONID", session.id())
                .cookie("XSRF-TOKEN", session.csrf())
                .body(BodyInserters.fromFormData("_csrf", session.csrf()))
                .exchange()
                .expectStatus()
                .isFound()
                .expectHeader()
                .valueMatches(HttpHeaders.LOCATION, ".*/login\\.html\\?signed-out#signed-out$");
        post(session).expectStatus().isUnauthorized();
    }

    @Test
    void onlyGraphiqlMayRunInlineScript() {
        var session = signIn("sam.social", "demo-sam");
        web.get()
                .uri("/")
                .cookie("JSESSIONID", session.id())
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("Content-Security-Policy", SecurityHeaders.POLICY)
                .expectHeader()
                .valueEquals("X-Frame-Options", "DENY")
                .expectHeader()
                .valueEquals("Referrer-Policy", "no-referrer")
                .expectHeader()
                .valueEquals("X-Content-Type-Options", "nosniff");
        web.get()
                .uri("/graphiql?path=/graphql")
                .cookie("JSESSIONID", session.id())
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("Content-Security-Policy", SecurityHeaders.GRAPHIQL_POLICY);
    }

    @Test
    void policeInvolvementsAreShownForAdultsOnly() {
        var ryan = DemoPeople.personIdOf("police", "PN-88213");
        var query =
                "{\"query\":\"{ person(id: \\\"%s\\\", purpose: REVIEW) { records { source } involvements { service } } }\"}"
                        .formatted(ryan);
        assertThat(asSocialWorker(query)).contains("POLICE").contains("\"police\"");
        // Ryan Thornbury was born on 23 November 1988: on 1 June 2004 he was 15.
        clock.set(Duration.between(Instant.now(), Instant.parse("2004-06-01T12:00:00Z")));
        assertThat(asSocialWorker(query))
                .doesNotContain("POLICE")
                .doesNotContain("\"police\"")
                .contains("\"lcs\"");
    }

    private String asSocialWorker(String json) {
        return web.post()
                .uri("/graphql")
                .headers(headers -> headers.setBasicAuth("sam.social", "demo-sam"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    private record Session(String id, String csrf) {}

    private Session signIn(String user, String password) {
        var csrf = csrfCookieOfTheSignInPage();
        var signedIn = web.post()
                .uri("/login")
                .accept(MediaType.TEXT_HTML)
                .cookie("XSRF-TOKEN", csrf)
                .body(BodyInserters.fromFormData("username", user)
                        .with("password", password)
                        .with("_csrf", csrf))
                .exchange()
                .expectStatus()
                .isFound()
                .returnResult(String.class);
        var session = signedIn.getResponseCookies().getFirst("JSESSIONID").getValue();
        // Signing in replaces the token: the next page sets the new one.
        var page = web.get()
                .uri("/")
                .cookie("JSESSIONID", session)
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(String.class);
        return new Session(
                session, page.getResponseCookies().getFirst("XSRF-TOKEN").getValue());
    }

    private String csrfCookieOfTheSignInPage() {
        return web.get()
                .uri("/login.html")
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseCookies()
                .getFirst("XSRF-TOKEN")
                .getValue();
    }

    private WebTestClient.ResponseSpec post(Session session) {
        return web.post()
                .uri("/graphql")
                .cookie("JSESSIONID", session.id())
                .cookie("XSRF-TOKEN", session.csrf())
                .header("X-XSRF-TOKEN", session.csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(SOURCES)
                .exchange();
    }

    /** The service's clock, moved by a test: sessions and ages are judged by it. */
    @TestConfiguration(proxyBeanMethods = false)
    static class MovableClock extends Clock {

        private volatile Duration offset = Duration.ZERO;

        @Bean
        @Primary
        MovableClock movableClock() {
            return this;
        }

        void set(Duration offset) {
            this.offset = offset;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.systemDefault();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }
}
