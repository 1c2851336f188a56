/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Headers on every response. The page loads only its own script and style files (no inline script or style, see
 * ui/src/dom.ts), so the policy allows nothing else. Spring Security adds {@code X-Content-Type-Options: nosniff},
 * {@code Cache-Control: no-store} and, over HTTPS, {@code Strict-Transport-Security}. Images may also come from
 * {@code blob:} URLs the page makes itself: the PNG and PDF exports draw the diagram's SVG into a canvas through an
 * image (ui/src/export/raster.ts), and a browser offers no other way to turn SVG into pixels.
 */
final class SecurityHeaders {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; "
            + "form-action 'self'";

    /**
     * GraphiQL (local profile only) is a page of Spring for GraphQL that loads its code from esm.sh and starts it
     * with inline script and style; only its own page gets this policy.
     */
    static final String GRAPHIQL_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' https://esm.sh; "
            + "style-src 'self' 'unsafe-inline' https://esm.sh; img-src 'self' data: https://esm.sh; "
            + "font-src 'self' data: https://esm.sh; connect-src 'self' https://esm.sh; "
            + "worker-src 'self' blob: https://esm.sh; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; "
            + "form-action 'self'";

    private SecurityHeaders() {}

    /** The strict policy on every response. */
    static Customizer<HeadersConfigurer<HttpSecurity>> strict() {
        return headers -> common(headers).contentSecurityPolicy(csp -> csp.policyDirectives(POLICY));
    }

    /** The strict policy everywhere but on the GraphiQL page. */
    static Customizer<HeadersConfigurer<HttpSecurity>> strictExceptGraphiql(RequestMatcher graphiql) {
        return headers -> common(headers)
                .addHeaderWriter(onlyFor(new NegatedRequestMatcher(graphiql), POLICY))
                .addHeaderWriter(onlyFor(graphiql, GRAPHIQL_POLICY));
    }

    private static HeadersConfigurer<HttpSecurity> common(HeadersConfigurer<HttpSecurity> headers) {
        return headers.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .contentTypeOptions(Customizer.withDefaults());
    }

    private static HeaderWriter onlyFor(RequestMatcher matcher, String policy) {
        return new DelegatingRequestMatcherHeaderWriter(matcher, new ContentSecurityPolicyHeaderWriter(policy));
    }
}
