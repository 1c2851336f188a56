/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes sure the browser holds the CSRF cookie before it first posts: the sign-in form and the page's GraphQL
 * calls send its value back (the token is otherwise only written when something asks for it).
 */
final class CsrfCookieWriter extends OncePerRequestFilter {

    private final RequestMatcher notCookieSessions;

    /** @param notCookieSessions requests that bring their own credentials and need no cookie */
    CsrfCookieWriter(RequestMatcher notCookieSessions) {
        this.notCookieSessions = notCookieSessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!notCookieSessions.matches(request)
                && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            token.getToken();
        }
        chain.doFilter(request, response);
    }
}
