/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.review;

import java.time.Clock;
import org.familycontext.matching.LinkOptions;
import org.familycontext.matching.review.MatchDecisions;
import org.familycontext.matching.review.MatchLinks;
import org.familycontext.matching.review.ReviewQueue;
import org.neo4j.driver.Driver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The review queue and decisions of the matching module, over the service's driver. The queue ranks pairs within
 * the default review band (0.80 to 0.99), the band {@code ./family-context link} uses unless told otherwise.
 */
@Configuration(proxyBeanMethods = false)
class ReviewBeans {

    @Bean
    ReviewQueue reviewQueue(Driver driver, Clock clock) {
        return new ReviewQueue(driver, LinkOptions.defaults(), clock);
    }

    @Bean
    MatchDecisions matchDecisions(Driver driver, Clock clock) {
        return new MatchDecisions(driver, clock);
    }

    @Bean
    MatchLinks matchLinks(Driver driver) {
        return new MatchLinks(driver);
    }
}
