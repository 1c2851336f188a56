/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.familycontext.launcher.serve.EmbeddedNeo4j;
import org.familycontext.loading.ExtractLoader;
import org.familycontext.loading.Progress;
import org.familycontext.manifest.ManifestReader;
import org.familycontext.matching.LinkOptions;
import org.familycontext.matching.RecordLinking;
import org.familycontext.matching.household.HouseholdBuilder;
import org.familycontext.model.schema.Drivers;
import org.familycontext.model.schema.SchemaMigrations;
import org.neo4j.driver.AuthTokens;
import tools.jackson.databind.json.JsonMapper;

/**
 * The in-process Neo4j the API benchmark reads: a council loaded and linked into a new store (every source loaded
 * as bench-link does, a full linking run, then households), or a store an earlier run built, found by the note it
 * left in the store's folder. Loading and linking a million people takes several minutes; measuring again should
 * not.
 */
final class BenchStore {

    /** The note a finished build leaves in the store's folder: what is in it, and how long it took. */
    static final String NOTE = "bench-api-store.json";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BenchStore() {}

    /** True when this folder holds a store an earlier run finished building. */
    /**
     * The folder a bench run's store goes in: the one given, else a new one in the work folder. Null, with the
     * reason printed, when the folder given holds something other than a store a bench run built.
     */
    static Path folderFor(Path given, Path workDir) throws IOException {
        Files.createDirectories(workDir);
        var folder = given != null ? given : workDir.resolve("neo4j-" + System.currentTimeMillis());
        if (!isBuilt(folder) && !isFree(folder)) {
            System.err.println(folder + " holds something other than a store a bench-api run loaded and linked (no "
                    + NOTE + "): give an empty or new folder, or one an earlier run built.");
            return null;
        }
        return folder;
    }

    static boolean isBuilt(Path folder) {
        return Files.isRegularFile(folder.resolve(NOTE));
    }

    /** What the note of a built store says. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> note(Path folder) {
        return JSON.readValue(folder.resolve(NOTE).toFile(), LinkedHashMap.class);
    }

    /** Whether a folder can take a new store: absent, or empty. */
    static boolean isFree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return true;
        }
        try (var entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    /**
     * Loads every source of the council into the new store the database holds, links it and forms households,
     * then leaves the note in its folder. Returns what the note says.
     */
    static Map<String, Object> build(EmbeddedNeo4j db, Path folder, BenchCouncil councilOptions, Path workDir)
            throws IOException {
        var council = councilOptions.folder(workDir);
        var note = new LinkedHashMap<String, Object>();
        note.put("extracts", council.toAbsolutePath().toString());
        note.put("people", councilOptions.extracts == null ? councilOptions.people : null);
        note.put("seed", councilOptions.extracts == null ? councilOptions.seed : null);
        try (var driver = Drivers.open(db.boltUri(), AuthTokens.none())) {
            SchemaMigrations.apply(driver);
            var started = System.nanoTime();
            var loader = new ExtractLoader(
                    db.cypherRunner(), workDir.resolve("reports"), Clock.systemUTC(), Progress.forConsole(), 5_000);
            for (var manifest : ManifestReader.findIn(council)) {
                loader.load(ManifestReader.read(manifest), false);
            }
            note.put("loadSeconds", secondsSince(started));
            started = System.nanoTime();
            var linked = new RecordLinking(driver, LinkOptions.defaults()).run(null, false);
            note.put("linkSeconds", secondsSince(started));
            note.put("autoLinks", linked.counts().get("autoLinks"));
            started = System.nanoTime();
            var households = HouseholdBuilder.rebuild(driver);
            note.put("householdSeconds", secondsSince(started));
            note.put("households", households.households());
            note.put("inferredTies", households.inferredTies());
            System.out.printf(
                    "Loaded in %.1f s, linked in %.1f s, households formed in %.1f s%n",
                    note.get("loadSeconds"), note.get("linkSeconds"), note.get("householdSeconds"));
        }
        return writeNote(folder, note);
    }

    /** Marks the store in the folder as built, with what is in it; from now on runs reuse it. */
    static Map<String, Object> writeNote(Path folder, Map<String, Object> note) {
        var stamped = new LinkedHashMap<>(note);
        stamped.put("builtAt", Instant.now().toString());
        JSON.writerWithDefaultPrettyPrinter().writeValue(folder.resolve(NOTE).toFile(), stamped);
        return stamped;
    }

    private static double secondsSince(long started) {
        return Math.round((System.nanoTime() - started) / 1e8) / 10.0;
    }
}
