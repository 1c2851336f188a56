/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.security;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Puts the signed-in user into the GraphQL request's context while still on the request's thread, so that
 * {@link AccessControl} knows it wherever graphql-java runs a data fetcher. A request with no user gets nothing:
 * every operation is then refused.
 */
@Component
class SignedInUserInterceptor implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        CurrentUser.find()
                .ifPresent(user -> request.configureExecutionInput(
                        (input, builder) -> builder.graphQLContext(context -> context.put(CurrentUser.class, user))
                                .build()));
        return chain.next(request);
    }
}
