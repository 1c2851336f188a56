/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a newcomer's first run does: start on an empty folder, see the demo, restart, still one demo. */
class LocalStackTest {

    /** The demo social worker of application-local.yaml, signed in by HTTP Basic as a script would. */
    private static final String SOCIAL_WORKER =
            "Basic " + Base64.getEncoder().encodeToString("sam.social:demo-sam".getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path dataDir;

    @Test
    void servesTheDemoAndKeepsItAcrossARestartWithoutLoadingItTwice() throws Exception {
        int boltPort = freePort();
        String firstAnswer;
        try (var stack = LocalStack.start(new LocalStack.Options(dataDir, 0, boltPort, true, null))) {
            assertThat(stack.demoLoaded()).isTrue();
            firstAnswer = familyOfMatilda(stack.port());
            assertThat(firstAnswer)
                    .contains("\"relationshipToFocus\":\"mother\"")
                    .contains("\"relationshipToFocus\":\"maternal grandmother and special guardian\"")
                    .contains("Looked after");
            var graphiql = get(stack.port(), "/graphiql");
            assertThat(graphiql.statusCode()).isEqualTo(200);
            assertThat(graphiql.body()).contains("GraphiQL");
            assertThat(unauthenticatedPost(stack.port()).statusCode()).isEqualTo(401);
        }
        try (var stack = LocalStack.start(new LocalStack.Options(dataDir, 0, boltPort, true, null))) {
            assertThat(stack.demoLoaded()).isFalse();
            assertThat(familyOfMatilda(stack.port())).isEqualTo(firstAnswer);
            assertThat(post(stack.port(), "{\"query\": \"{ sources { name } }\"}")
                            .body()
                            .split("\"name\""))
                    .hasSize(sourcesIn(dataDir.resolve("demo-council")) + 1);
        }
    }

    private static String familyOfMatilda(int port) throws Exception {
        var search = post(
                        port,
                        "{\"query\": \"{ searchPeople(identifier: \\\"1000018\\\") { edges { node { id } } } }\"}")
                .body();
        var id = search.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        var query =
                "{\"query\": \"{ familyNetwork(personId: \\\"%s\\\", depth: 2, purpose: CHILD_AND_FAMILY_ASSESSMENT) { members { relationshipToFocus person { name involvements { reason } } } } }\"}"
                        .formatted(id);
        var response = post(port, query);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static int sourcesIn(Path council) throws IOException {
        try (var files = Files.list(council)) {
            return (int) files.filter(dir -> Files.exists(dir.resolve(dir.getFileName() + ".manifest.yaml")))
                    .count();
        }
    }

    private static HttpResponse<String> post(int port, String json) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .header("Authorization", SOCIAL_WORKER)
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> unauthenticatedPost(int port) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ sources { name } }\"}"))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", SOCIAL_WORKER)
                .build();
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
