/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.graph;

import org.neo4j.driver.Logging;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The driver logs through SLF4J: its default (System.Logger) formats every Bolt message, parameters included,
 * before dropping it, which costs time on every query (see Drivers in graph-model).
 */
@Configuration(proxyBeanMethods = false)
class DriverLogging {

    @Bean
    ConfigBuilderCustomizer slf4jDriverLogging() {
        return builder -> builder.withLogging(Logging.slf4j());
    }
}
