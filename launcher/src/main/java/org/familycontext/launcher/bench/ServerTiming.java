/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.bench;

import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * Tells the benchmark, in a {@code Server-Timing: graphql;dur=…} response header, how long the service took to
 * execute a GraphQL request: from the parsed request to the finished result, every resolver and Neo4j query
 * included, HTTP, sign-in and writing the JSON body left out. Outermost of the interceptors, so that whatever the
 * others do (putting the signed-in user in the context, for instance) is counted. Registered only by bench-api:
 * the service itself does not tell its callers how long it worked.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class ServerTiming implements WebGraphQlInterceptor {

    static final String HEADER = "Server-Timing";
    static final String METRIC = "graphql";

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return Mono.defer(() -> {
            long started = System.nanoTime();
            return chain.next(request)
                    .doOnNext(
                            response -> response.getResponseHeaders().add(HEADER, header(System.nanoTime() - started)));
        });
    }

    static String header(long nanos) {
        return METRIC + ";dur=" + String.format(Locale.ROOT, "%.3f", nanos / 1e6);
    }

    /** The server's time in nanoseconds from a Server-Timing header of ours, or -1 when there is none. */
    static long nanosFrom(String header) {
        if (header == null) {
            return -1;
        }
        for (var metric : header.split(",")) {
            var parts = metric.strip().split(";");
            if (!parts[0].strip().equals(METRIC)) {
                continue;
            }
            for (int i = 1; i < parts.length; i++) {
                var param = parts[i].strip();
                if (param.startsWith("dur=")) {
                    try {
                        return Math.round(Double.parseDouble(param.substring(4)) * 1e6);
                    } catch (NumberFormatException e) {
                        return -1;
                    }
                }
            }
        }
        return -1;
    }
}
