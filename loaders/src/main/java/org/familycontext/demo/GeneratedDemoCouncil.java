/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.demo;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.familycontext.analytics.family.FamilyBuilder;
import org.familycontext.generator.CouncilGenerator;
import org.familycontext.generator.GeneratorOptions;
import org.familycontext.loading.ExtractLoader;
import org.familycontext.loading.Progress;
import org.familycontext.manifest.ManifestReader;
import org.familycontext.matching.LinkOptions;
import org.familycontext.matching.RecordLinking;
import org.familycontext.matching.household.HouseholdBuilder;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo council a new install shows: a council of {@value #PEOPLE} people made by the generator (seed
 * {@value #SEED}), loaded through its manifests exactly as a council's own extracts are.
 *
 * <p>Its records are then linked into persons by the linker, trained on the demo itself, exactly as a council's
 * would be: what the demo shows is what matching makes of it (the generator's truth, in {@code truth/}, is there
 * to measure that, never to join records).
 */
public final class GeneratedDemoCouncil {

    public static final int PEOPLE = 2_000;
    public static final long SEED = 1;

    private static final Logger log = LoggerFactory.getLogger(GeneratedDemoCouncil.class);

    private final Driver driver;
    private final Path folder;

    /** @param folder where the demo's extracts, truth and reject reports are written */
    public GeneratedDemoCouncil(Driver driver, Path folder) {
        this.driver = driver;
        this.folder = folder;
    }

    /**
     * Loads the demo into a store that holds no source, or finishes a demo load that was cut off. A store with
     * a council's own sources is left alone, and a complete demo is not loaded twice.
     *
     * @return whether the demo was loaded now
     */
    public boolean loadIfEmpty() {
        var state = state();
        if (state.equals("complete") || state.equals("other data")) {
            log.info("Store already holds data: demo council not loaded");
            return false;
        }
        var started = System.nanoTime();
        mark("loading");
        var options = new GeneratorOptions(PEOPLE, SEED, folder, GeneratorOptions.DEFAULT_AS_OF);
        CouncilGenerator.generate(options);
        var loader = new ExtractLoader(driver, folder.resolve("reports"), Clock.systemUTC(), Progress.none(), 5_000);
        for (var manifest : ManifestReader.findIn(folder)) {
            loader.load(ManifestReader.read(manifest), false);
        }
        // Linked as a council's extracts would be: the generator's truth only measures the linker, never joins.
        new RecordLinking(driver, LinkOptions.defaults()).run(null, false);
        HouseholdBuilder.rebuild(driver);
        FamilyBuilder.rebuild(driver);
        mark("complete");
        log.info(
                "Loaded the demo council ({} people, generated into {}) in {} s",
                PEOPLE,
                folder,
                (System.nanoTime() - started) / 1_000_000_000);
        return true;
    }

    /**
     * Whether the store holds the demo council. A council's own extracts must never be loaded beside it: the
     * demo's source names and IDs would be taken for theirs, and its persons joined by invented truth.
     */
    public static boolean isIn(Driver driver) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run("RETURN EXISTS { (:DemoCouncil) } AS demo")
                    .single()
                    .get("demo")
                    .asBoolean());
        }
    }

    private String state() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run("""
                            OPTIONAL MATCH (d:DemoCouncil)
                            RETURN CASE WHEN d IS NOT NULL THEN d.state
                                        WHEN EXISTS { (:Source) } THEN 'other data'
                                        ELSE 'empty' END AS state
                            """).single().get("state").asString());
        }
    }

    private void mark(String state) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(
                    tx -> tx.run("MERGE (d:DemoCouncil {name: 'Demoton'}) SET d.state = $state", Map.of("state", state))
                            .consume());
        }
    }
}
