/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.generator.sources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.familycontext.generator.Dice;
import org.familycontext.generator.family.Family;
import org.familycontext.generator.family.Involvement;
import org.familycontext.generator.family.Person;
import org.familycontext.generator.noise.NoiseProfile;
import org.familycontext.generator.noise.Seen;
import org.familycontext.model.involvement.Service;

/**
 * One source system's extract: its own folder, files, layout and manifest. A source sees only the people
 * its service met, and only as it recorded them. Subclasses say which people, and how a row looks.
 */
public abstract class Source {

    /** Duplicates are written a little later than the record they copy, as they are made in real systems. */
    private static final int DUPLICATE_DELAY = 40;

    protected final String name;
    protected final SourceContext ctx;
    protected final Dice dice;
    protected final NoiseProfile profile;
    protected final LocalDate asOf;
    private final List<Runnable> pendingDuplicates = new ArrayList<>();
    private final List<CsvFile> files = new ArrayList<>();
    private long records;
    private long nextId = 1;

    protected Source(String name, SourceContext ctx, NoiseProfile profile) {
        this.name = name;
        this.ctx = ctx;
        this.profile = profile;
        this.asOf = ctx.asOf();
        this.dice = Dice.stream(ctx.seed(), "source:" + name);
    }

    public String name() {
        return name;
    }

    /** Person records written, within-source duplicates included. */
    public long records() {
        return records;
    }

    public Path folder() {
        return ctx.outDir().resolve(name);
    }

    /** Writes whatever the source holds about the family. */
    public abstract void write(Family family);

    /** The manifest template under {@code resources/}, with {@code {{asOf}}} for the extract date. */
    protected String manifestResource() {
        return "/generator/manifests/" + name + ".manifest.yaml";
    }

    protected CsvFile file(
            String fileName,
            java.nio.charset.Charset charset,
            boolean bom,
            char delimiter,
            String newline,
            List<String> header) {
        var file = new CsvFile(folder().resolve(fileName), charset, bom, delimiter, newline, header);
        files.add(file);
        return file;
    }

    protected CsvFile utf8(String fileName, char delimiter, List<String> header) {
        return file(fileName, StandardCharsets.UTF_8, false, delimiter, "\n", header);
    }

    /** A new ID in the source's own style; {@code digits} wide, after the prefix. */
    protected String nextId(String prefix, int digits) {
        return prefix + String.format("%0" + digits + "d", nextId++);
    }

    /** Notes in the truth that this source's record {@code sourceId} is the person. */
    protected void recorded(String sourceId, Person person) {
        ctx.truth().record(name, sourceId, person.entityId());
        records++;
    }

    protected Seen see(Person person, LocalDate knownAt) {
        return ctx.noise().see(person, knownAt, profile, dice);
    }

    /**
     * Sometimes the source holds the person twice: {@code writer} writes the second record (from a second,
     * differently noisy view) a few families later.
     */
    protected void maybeDuplicate(Person person, LocalDate knownAt, DuplicateWriter writer) {
        if (!ctx.noise().duplicate(profile, dice)) {
            return;
        }
        var seen = ctx.noise().seeAgain(person, knownAt, profile, dice);
        pendingDuplicates.add(() -> writer.write(seen));
        if (pendingDuplicates.size() >= DUPLICATE_DELAY) {
            flushDuplicates();
        }
    }

    /**
     * One row per person known to the service (their latest involvement), and sometimes a second record of
     * the same person, as in {@link #maybeDuplicate}.
     */
    protected void writeLatest(Family family, Service service, RowWriter writer) {
        for (var person : family.people()) {
            var inv = latest(person, service);
            if (inv == null) {
                continue;
            }
            var knownAt = knownAt(inv);
            writer.write(person, see(person, knownAt), inv);
            maybeDuplicate(person, knownAt, seen -> writer.write(person, seen, inv));
        }
    }

    /** Writes the row of one person's involvement as the source sees the person. */
    protected interface RowWriter {
        void write(Person person, Seen seen, Involvement involvement);
    }

    /** Writes one more record from a view of the person. */
    protected interface DuplicateWriter {
        void write(Seen seen);
    }

    private void flushDuplicates() {
        var pending = new ArrayList<>(pendingDuplicates);
        pendingDuplicates.clear();
        pending.forEach(Runnable::run);
    }

    /** The person's involvements with this source's service, oldest first. */
    protected static List<Involvement> involvements(Person person, Service service) {
        var out = new ArrayList<Involvement>(1);
        for (var inv : person.involvements()) {
            if (inv.service() == service) {
                out.add(inv);
            }
        }
        return out;
    }

    /** The most recent involvement with the service, or null. */
    protected static Involvement latest(Person person, Service service) {
        Involvement latest = null;
        for (var inv : person.involvements()) {
            if (inv.service() == service && (latest == null || !inv.start().isBefore(latest.start()))) {
                latest = inv;
            }
        }
        return latest;
    }

    /** The day the source last heard of the person through this involvement. */
    protected LocalDate knownAt(Involvement inv) {
        if (inv.end() != null) {
            return inv.end();
        }
        return inv.lastContact() != null ? inv.lastContact() : asOf;
    }

    /** The manifest as written next to the files: the template with the extract's date filled in. */
    protected String manifest(String template) {
        return template.replace("{{asOf}}", asOf.toString());
    }

    /**
     * A manifest shipped for councils (resources/manifests/...) as written next to this extract: only the given
     * keys of its source block set to the extract's values, so that it is otherwise the manifest councils get.
     */
    protected static String withSourceValues(String shipped, Map<String, Object> values) {
        var text = shipped;
        for (var value : values.entrySet()) {
            text = text.replaceFirst(
                    "(?m)^(\\s*" + value.getKey() + ":).*$",
                    "$1 " + Matcher.quoteReplacement(String.valueOf(value.getValue())));
        }
        return text;
    }

    /** Finishes the files and copies the manifest next to them. */
    public void close() {
        flushDuplicates();
        files.forEach(CsvFile::close);
        try (var in = Source.class.getResourceAsStream(manifestResource())) {
            if (in == null) {
                throw new IllegalStateException("missing manifest template " + manifestResource());
            }
            var text = manifest(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Files.writeString(folder().resolve(name + ".manifest.yaml"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
