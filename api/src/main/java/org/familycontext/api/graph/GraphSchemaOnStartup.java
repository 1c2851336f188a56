/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.graph;

import org.familycontext.model.schema.SchemaMigrations;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/** Brings the graph schema up to date before the service answers its first request. */
@Component
class GraphSchemaOnStartup implements InitializingBean {

    private final Driver driver;

    GraphSchemaOnStartup(Driver driver) {
        this.driver = driver;
    }

    @Override
    public void afterPropertiesSet() {
        SchemaMigrations.apply(driver);
    }
}
