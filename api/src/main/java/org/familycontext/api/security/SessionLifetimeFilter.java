/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a browser session older than its absolute lifetime, however active it is: the idle timeout alone would let
 * a session left open on a shared computer live for ever. It runs before the sign-in is read from the session, so
 * the request then counts as not signed in (a page goes to the sign-in page, a GraphQL request gets 401).
 */
final class SessionLifetimeFilter extends OncePerRequestFilter {

    private final Duration maxLifetime;
    private final Clock clock;

    SessionLifetimeFilter(Duration maxLifetime, Clock clock) {
        this.maxLifetime = maxLifetime;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        if (session != null && clock.millis() - session.getCreationTime() >= maxLifetime.toMillis()) {
            session.invalidate();
        }
        chain.doFilter(request, response);
    }
}
