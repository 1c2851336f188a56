/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api;

import java.util.Arrays;
import java.util.List;
import org.familycontext.api.audit.Accessor;
import org.familycontext.api.audit.AccessorSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who makes a request, in tests: the {@code X-Test-User}, {@code X-Test-Roles} (comma-separated) and {@code
 * X-Test-Team} headers, standing in for sign-in; without them the request is unauthenticated, as without sign-in.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestAccessors {

    public static final String USER = "X-Test-User";
    public static final String ROLES = "X-Test-Roles";
    public static final String TEAM = "X-Test-Team";

    @Bean
    @Primary
    AccessorSource headerAccessors() {
        return () -> {
            var request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
            var user = request.getHeader(USER);
            if (user == null) {
                return Accessor.UNAUTHENTICATED;
            }
            var roles = request.getHeader(ROLES);
            List<String> roleList = roles == null ? List.of() : Arrays.asList(roles.split(","));
            return new Accessor(user, roleList, request.getHeader(TEAM));
        };
    }
}
