/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@DemoCouncilGraphQlTest
@AutoConfigureWebTestClient
class WebEndpointsTest {

    @Autowired
    WebTestClient web;

    @Test
    void theUiIsServedAtTheRoot() {
        web.get()
                .uri("/")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.TEXT_HTML);
        web.get().uri("/app.js").exchange().expectStatus().isOk();
    }

    @Test
    void graphiqlAndIntrospectionAreOffOutsideTheLocalProfile() {
        web.get().uri("/graphiql").exchange().expectStatus().isNotFound();
        web.post()
                .uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"query\":\"{ __schema { types { name } } }\"}")
                .exchange()
                .expectBody()
                .jsonPath("$.errors[0].message")
                .exists()
                .jsonPath("$.data.__schema")
                .doesNotExist();
    }

    @Test
    void healthIsUp() {
        web.get()
                .uri("/actuator/health")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("UP");
    }
}
