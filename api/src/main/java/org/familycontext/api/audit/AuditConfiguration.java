/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.audit;

import org.neo4j.driver.Driver;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditProperties.class)
class AuditConfiguration {

    /** Until sign-in supplies who makes each request, every request is recorded as unauthenticated. */
    @Bean
    @ConditionalOnMissingBean(AccessorSource.class)
    AccessorSource unauthenticatedAccessors() {
        return () -> Accessor.UNAUTHENTICATED;
    }

    @Bean
    AuditChainCheck auditChainCheck(Driver driver) {
        return new AuditChainCheck(driver);
    }

    @Bean
    WorkingHours workingHours(AuditProperties properties) {
        return WorkingHours.of(properties.workingHours());
    }
}
