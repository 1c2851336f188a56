/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.familycontext.generator.CouncilGenerator;
import org.familycontext.generator.GeneratorOptions;
import org.familycontext.loading.ExtractLoader;
import org.familycontext.loading.GraphWriter;
import org.familycontext.loading.Progress;
import org.familycontext.manifest.ManifestReader;
import org.familycontext.matching.PersonResolver;
import org.familycontext.model.person.MatchStatus;
import org.familycontext.model.person.SameAsLink;
import org.familycontext.model.record.RecordKey;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo council a new install shows: a council of {@value #PEOPLE} people made by the generator (seed
 * {@value #SEED}), loaded through its manifests exactly as a council's own extracts are.
 *
 * <p>Until matching has run, its records are joined into persons by the generator's ground truth, marked as
 * such on every SAME_AS link (model version {@value #MODEL_VERSION}), so the demo shows whole families.
 */
public final class GeneratedDemoCouncil {

    public static final int PEOPLE = 2_000;
    public static final long SEED = 1;
    public static final String MODEL_VERSION = "demo-ground-truth";

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
        new GraphWriter(driver).writeSameAs(truthLinks());
        new PersonResolver(driver).resolveAll();
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

    /** One link between consecutive records of the same true person: enough to join them all. */
    private List<SameAsLink> truthLinks() {
        var recordsByPerson = new LinkedHashMap<String, List<RecordKey>>();
        try (Reader in = Files.newBufferedReader(folder.resolve("truth/records.csv"), StandardCharsets.UTF_8)) {
            for (var row : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)) {
                recordsByPerson
                        .computeIfAbsent(row.get("entityId"), e -> new ArrayList<>())
                        .add(new RecordKey(row.get("source"), row.get("sourceId")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var links = new ArrayList<SameAsLink>();
        for (var records : recordsByPerson.values()) {
            for (int i = 1; i < records.size(); i++) {
                links.add(new SameAsLink(
                        records.get(i - 1),
                        records.get(i),
                        null,
                        1.0,
                        MatchStatus.AUTO,
                        MODEL_VERSION,
                        "Demo council: joined by the generator's ground truth, not by matching",
                        null,
                        null));
            }
        }
        return links;
    }
}
