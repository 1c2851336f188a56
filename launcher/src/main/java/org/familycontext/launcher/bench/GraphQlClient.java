/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts GraphQL requests as the web page does (JSON over HTTP/1.1, kept-alive connections), signed in by HTTP Basic
 * when a user is given, and times each one end to end: from sending the request to holding the whole body.
 */
final class GraphQlClient implements AutoCloseable {

    /** What one request gave: its times (nanoseconds; server -1 when the service did not say) and any errors. */
    record Answer(int status, long endToEndNanos, long serverNanos, List<String> errors, JsonNode data) {

        boolean failed() {
            return !errors.isEmpty();
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI url;
    private final String authorization;
    private final HttpClient http;

    /** @param user null to send no credentials */
    GraphQlClient(String url, String user, String password) {
        this.url = URI.create(url);
        this.authorization = user == null
                ? null
                : "Basic "
                        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(TIMEOUT)
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
    }

    Answer post(String query, Map<String, Object> variables) {
        var body = new LinkedHashMap<String, Object>();
        body.put("query", query);
        body.put("variables", variables);
        var request = HttpRequest.newBuilder(url)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Accept", "application/graphql-response+json, application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        long started = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return new Answer(
                    -1, System.nanoTime() - started, -1, List.of(e.getClass().getSimpleName()), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, System.nanoTime() - started, -1, List.of("interrupted"), null);
        }
        long endToEnd = System.nanoTime() - started;
        long server = ServerTiming.nanosFrom(
                response.headers().firstValue(ServerTiming.HEADER).orElse(null));
        var errors = new ArrayList<String>();
        JsonNode data = null;
        if (response.statusCode() != 200) {
            errors.add("HTTP " + response.statusCode());
        }
        try {
            var tree = JSON.readTree(response.body());
            for (var error : tree.path("errors")) {
                errors.add(error.path("message").asString("error without a message"));
            }
            data = tree.path("data");
        } catch (RuntimeException e) {
            if (errors.isEmpty()) {
                errors.add("a body that is not JSON");
            }
        }
        return new Answer(response.statusCode(), endToEnd, server, List.copyOf(errors), data);
    }

    @Override
    public void close() {
        http.close();
    }
}
