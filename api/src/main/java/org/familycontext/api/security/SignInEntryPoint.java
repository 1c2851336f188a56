/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * What a request without a valid sign-in gets: a page is sent to the sign-in page (locally); anything else, the
 * GraphQL endpoint first, gets 401 with a GraphQL-shaped JSON body that says only that sign-in is needed.
 */
final class SignInEntryPoint implements AuthenticationEntryPoint {

    static final String LOGIN_PAGE = "/login.html";

    private static final String BODY = """
            {"errors":[{"message":"Sign in to use Family Context.","extensions":{"classification":"UNAUTHORIZED"}}]}""";

    private final boolean loginPage;
    private final AuthenticationEntryPoint challenge;

    private SignInEntryPoint(boolean loginPage, AuthenticationEntryPoint challenge) {
        this.loginPage = loginPage;
        this.challenge = challenge;
    }

    /** Production: every caller brings a bearer token; the 401 says so in {@code WWW-Authenticate}. */
    static SignInEntryPoint bearerTokens() {
        return new SignInEntryPoint(false, new BearerTokenAuthenticationEntryPoint());
    }

    /**
     * Local: pages go to the sign-in page. No {@code WWW-Authenticate: Basic} challenge: a browser would answer it
     * with its own password dialog instead of the sign-in page; scripts send their credentials unasked.
     */
    static SignInEntryPoint signInPage() {
        return new SignInEntryPoint(true, (request, response, e) -> response.setStatus(401));
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, jakarta.servlet.ServletException {
        if (loginPage && wantsPage(request)) {
            var sessionEnded = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
            response.sendRedirect(
                    request.getContextPath() + LOGIN_PAGE + (sessionEnded ? "?session-ended#session-ended" : ""));
            return;
        }
        challenge.commence(request, response, exception);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(BODY);
    }

    private static boolean wantsPage(HttpServletRequest request) {
        var accept = request.getHeader(HttpHeaders.ACCEPT);
        return "GET".equals(request.getMethod())
                && !request.getRequestURI().endsWith("/graphql")
                && accept != null
                && accept.contains(MediaType.TEXT_HTML_VALUE);
    }
}
