/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Date;
import org.familycontext.api.security.Role;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.WebTestClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Stands in for the council's identity provider: the service checks real signed JWTs against this key, as it
 * would against the provider's. Every request of {@link DemoCouncilGraphQlTest}s carries a token of
 * {@link #DEFAULT_USER} unless a test asks {@link #as} another user.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestIdentityProvider {

    /** A social worker who also reviews matches, so that the feature tests need not care about roles. */
    public static final String DEFAULT_USER = "test.worker";

    private static final RSAKey KEY = newKey();

    @Bean
    JwtDecoder councilTokens() throws JOSEException {
        return NimbusJwtDecoder.withPublicKey(KEY.toRSAPublicKey()).build();
    }

    @Bean
    WebTestClientBuilderCustomizer signedInAsTheDefaultUser() {
        // A generous timeout: the machines that run the tests are often busy with other work.
        return builder -> builder.responseTimeout(java.time.Duration.ofSeconds(30))
                .defaultHeaders(headers -> headers.setBearerAuth(
                        token(DEFAULT_USER, "North Locality", Role.SOCIAL_WORKER, Role.DATA_MANAGER)));
    }

    /** The same tester, signed in as a user with these roles. */
    public static HttpGraphQlTester as(HttpGraphQlTester graphQl, String username, Role... roles) {
        return graphQl.mutate()
                .headers(headers -> headers.setBearerAuth(token(username, "Test Team", roles)))
                .build();
    }

    /** A token of the test identity provider, valid for an hour. */
    public static String token(String username, String team, Role... roles) {
        var claims = new JWTClaimsSet.Builder()
                .subject("sub-" + username)
                .claim("preferred_username", username)
                .claim("team", team)
                .claim("roles", Arrays.stream(roles).map(Role::name).toList())
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plus(1, ChronoUnit.HOURS)))
                .build();
        return signed(claims);
    }

    public static String signed(JWTClaimsSet claims) {
        try {
            var jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(KEY.getKeyID())
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(KEY));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("test").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
