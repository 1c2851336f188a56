/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.model.schema;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the versioned Cypher migrations in {@code classpath:neo4j/migrations} (Neo4j-Migrations). Already
 * applied versions are skipped, and a changed script that was applied before fails the start, as it should.
 */
public final class SchemaMigrations {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

    private SchemaMigrations() {}

    /** Brings the database to the newest schema version and returns that version. */
    public static String apply(Driver driver) {
        var config = MigrationsConfig.builder()
                .withLocationsToScan("classpath:neo4j/migrations")
                .withAutocrlf(true)
                .build();
        var version =
                new Migrations(config, driver).apply().map(Object::toString).orElse("none");
        log.info("Graph schema at version {}", version);
        return version;
    }
}
