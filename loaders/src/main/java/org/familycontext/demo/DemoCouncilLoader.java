/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.demo;

import org.familycontext.loading.GraphWriter;
import org.familycontext.matching.PersonResolver;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads the bundled demo council into an empty store, so that a new install shows something on first start. */
public final class DemoCouncilLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoCouncilLoader.class);

    private final Driver driver;

    public DemoCouncilLoader(Driver driver) {
        this.driver = driver;
    }

    /**
     * Loads the demo when no source has been loaded yet. A store that already holds any source (the demo or a
     * council's own extracts) is left alone, so a restart never loads the demo twice and never mixes it in.
     *
     * @return whether the demo was loaded
     */
    public boolean loadIfEmpty() {
        if (hasAnySource()) {
            log.info("Store already holds data: demo council not loaded");
            return false;
        }
        load(DemoCouncil.bundled());
        return true;
    }

    /** Writes the demo; idempotent, so a crash half-way is mended by loading again. */
    public void load(DemoCouncil demo) {
        var writer = new GraphWriter(driver);
        // Sources last: their presence is what marks the store as loaded, so a crash before this point
        // leaves the store looking empty and the next start loads the demo again, completing it.
        writer.writeRecords(demo.records());
        writer.writeLivedAt(demo.addresses());
        writer.writeTies(demo.ties());
        writer.writeInvolvements(demo.involvements());
        writer.writeSameAs(demo.links());
        new PersonResolver(driver).resolveAll();
        writer.writeSources(demo.sources());
        log.info(
                "Loaded the demo council: {} sources, {} records, {} involvements",
                demo.sources().size(),
                demo.records().size(),
                demo.involvements().size());
    }

    private boolean hasAnySource() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run("MATCH (s:Source) RETURN count(s) > 0 AS any")
                    .single()
                    .get("any")
                    .asBoolean());
        }
    }
}
