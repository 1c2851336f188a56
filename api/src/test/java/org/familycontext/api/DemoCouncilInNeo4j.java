/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api;

import org.familycontext.demo.DemoCouncilLoader;
import org.familycontext.model.testing.InProcessNeo4j;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points the application at the shared in-process Neo4j and loads the demo council into it once. */
public class DemoCouncilInNeo4j implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static boolean loaded;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("spring.neo4j.uri=" + InProcessNeo4j.boltUri()).applyTo(context);
        synchronized (DemoCouncilInNeo4j.class) {
            if (!loaded) {
                InProcessNeo4j.clear();
                new DemoCouncilLoader(InProcessNeo4j.driver()).loadIfEmpty();
                loaded = true;
            }
        }
    }
}
