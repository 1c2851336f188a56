/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.loading;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.familycontext.manifest.FileSpec;
import org.familycontext.manifest.Manifest;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads one source's extract as its manifest describes: checks every file's header first, then streams the
 * rows in batches, so memory does not grow with the extract. See docs/loading.md for what a run does.
 */
public final class ExtractLoader {

    private static final int RECORD_WRITERS = 2;

    private static final Logger log = LoggerFactory.getLogger(ExtractLoader.class);
    private static final DateTimeFormatter REPORT_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final CypherRunner cypher;
    private final Path reportsDir;
    private final Clock clock;
    private final Progress progress;
    private final int batchSize;

    /** A loader over Bolt; {@code driver} null for dry runs only. */
    public ExtractLoader(Driver driver, Path reportsDir, Clock clock, Progress progress, int batchSize) {
        this(driver == null ? null : CypherRunner.over(driver), reportsDir, clock, progress, batchSize);
    }

    /** @param cypher null for dry runs only */
    public ExtractLoader(CypherRunner cypher, Path reportsDir, Clock clock, Progress progress, int batchSize) {
        this.cypher = cypher;
        this.reportsDir = reportsDir;
        this.clock = clock;
        this.progress = progress;
        this.batchSize = batchSize;
    }

    /**
     * @param dryRun reads and checks everything and writes nothing to the graph
     * @throws ExtractException when a file is empty or its header lacks mapped columns; nothing is loaded then
     */
    public LoadReport load(Manifest manifest, boolean dryRun) {
        checkHeaders(manifest);
        var source = manifest.source().name();
        var started = Instant.now(clock);
        var runId = source + "-" + REPORT_TIME.format(started) + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        var runs = dryRun ? null : new LoadRuns(cypher);
        boolean sourceWasEmpty = runs != null && runs.holdsNothingOf(source);
        long stamp = runs == null ? 0 : runs.start(manifest, runId, started);
        var counts = new Counts();
        boolean anyFileEmpty = false;
        var stoppedEarly = new ArrayList<String>();
        var writer = dryRun ? null : new ExtractWriter(cypher);
        var reportPath = reportsDir.resolve("rejects-" + source + "-" + REPORT_TIME.format(started) + ".csv");
        try (var report = new RejectReport(reportPath)) {
            for (var file : inLoadOrder(manifest.files())) {
                long before = counts.read;
                var stopped = loadFile(manifest, file, new Run(stamp, sourceWasEmpty), writer, report, counts);
                anyFileEmpty |= counts.read == before;
                if (stopped != null) {
                    stoppedEarly.add(file.name() + " (" + file.path().getFileName() + ") " + stopped);
                    log.error(
                            "{}: {} ({}) could not be read to its end, {}; the rows before were loaded",
                            source,
                            file.name(),
                            file.path(),
                            stopped);
                }
            }
        }
        long noLongerCurrent = 0;
        if (!dryRun && manifest.mode() == Manifest.LoadMode.SNAPSHOT) {
            if (anyFileEmpty || !stoppedEarly.isEmpty()) {
                // An empty or broken file is far more likely a failed export than a source that forgot everyone.
                log.warn("{}: a file had no rows or was cut short, so nothing was marked as no longer current", source);
            } else {
                noLongerCurrent = runs.markNotSeen(source, stamp);
            }
        }
        var result = new LoadReport(
                source,
                runId,
                dryRun,
                counts.read,
                counts.loaded.get(),
                counts.updated.get(),
                counts.unchanged.get(),
                counts.rejected.get(),
                counts.dropped,
                counts.blank,
                noLongerCurrent,
                reportPath,
                manifest.maxRejectedPercent(),
                stoppedEarly);
        if (runs != null) {
            runs.finish(runId, result, Instant.now(clock));
        }
        log.info(result.summary());
        return result;
    }

    /** Loads one file's rows; returns why reading stopped before its end, or null when it did not. */
    private String loadFile(
            Manifest manifest, FileSpec file, Run run, ExtractWriter writer, RejectReport report, Counts counts) {
        var source = manifest.source().name();
        // Rows of a records file are written by two writers at once, split by address so that the two never
        // lock the same address (which would deadlock them). Rows of other files (ties, links between records
        // that both writers could lock) keep one writer.
        int partitions = file.maps("record") ? RECORD_WRITERS : 1;
        var writeBehinds = new WriteBehind[partitions];
        var batches = new ArrayList<List<MappedRow>>();
        for (int i = 0; i < partitions; i++) {
            writeBehinds[i] = new WriteBehind();
            batches.add(new ArrayList<>(batchSize));
        }
        try (var bytes = new CountingStream(Files.newInputStream(file.path()));
                var rows = ExtractFile.open(file, bytes)) {
            progress.file(source, file.name(), Files.size(file.path()));
            var mapper = new RowMapper(manifest, file, rows.header(), LocalDate.now(clock));
            long rowsInFile = 0;
            for (var row = rows.next(); row != null; row = rows.next()) {
                if (ExtractFile.isBlank(row)) {
                    counts.blank++;
                    continue;
                }
                counts.read++;
                rowsInFile++;
                var mapped = row.readable()
                        ? mapper.map(row)
                        : new Rejection(file.name(), row.line(), "row", row.problem(), false);
                if (mapped instanceof Rejection rejection) {
                    report.add(rejection);
                    counts.rejected.incrementAndGet();
                } else {
                    var good = (MappedRow) mapped;
                    good.droppedFields().forEach(report::add);
                    counts.dropped += good.droppedFields().size();
                    int partition = partitions == 1 ? 0 : partitionOf(good, partitions);
                    var batch = batches.get(partition);
                    batch.add(good);
                    if (batch.size() == batchSize) {
                        flush(source, run, writer, file, batch, report, counts, writeBehinds[partition]);
                        batches.set(partition, new ArrayList<>(batchSize));
                    }
                }
                progress.advance(bytes.count, rowsInFile);
            }
            for (int i = 0; i < partitions; i++) {
                flush(source, run, writer, file, batches.get(i), report, counts, writeBehinds[i]);
            }
            // Later files (relationships) refer to this file's records: they must be in the graph first.
            for (var writeBehind : writeBehinds) {
                writeBehind.drain();
            }
            progress.advance(bytes.count, rowsInFile);
            progress.done();
            return rows.stoppedEarly();
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file.path(), e);
        } finally {
            for (var writeBehind : writeBehinds) {
                writeBehind.close();
            }
        }
    }

    private static int partitionOf(MappedRow row, int partitions) {
        var address = row.address();
        var key = address == null ? row.record().sourceId() : address.addressKey();
        return Math.floorMod(key.hashCode(), partitions);
    }

    private static void flush(
            String source,
            Run run,
            ExtractWriter writer,
            FileSpec file,
            List<MappedRow> batch,
            RejectReport report,
            Counts counts,
            WriteBehind writeBehind) {
        if (batch.isEmpty() || writer == null) {
            return;
        }
        writeBehind.submit(() -> {
            var outcomes = writer.write(source, run.stamp(), batch, run.sourceWasEmpty());
            for (int i = 0; i < batch.size(); i++) {
                var row = batch.get(i);
                switch (outcomes.get(i)) {
                    case LOADED -> counts.loaded.incrementAndGet();
                    case UPDATED -> counts.updated.incrementAndGet();
                    case UNCHANGED -> counts.unchanged.incrementAndGet();
                    case NO_SUCH_RECORD -> {
                        counts.rejected.incrementAndGet();
                        report.add(new Rejection(
                                file.name(),
                                row.line(),
                                "recordId",
                                "no record with this ID in source " + source + " (is it in the extract?)",
                                false));
                    }
                }
            }
        });
    }

    /** Files with records first: addresses, involvements and ties of other files refer to them. */
    private static List<FileSpec> inLoadOrder(List<FileSpec> files) {
        return files.stream()
                .sorted(Comparator.comparingInt(f -> f.maps("record") ? 0 : f.maps("relationship") ? 2 : 1))
                .toList();
    }

    /** Reads each file's header and checks the mapped columns are there, before any row of any file. */
    private static void checkHeaders(Manifest manifest) {
        var problems = new ArrayList<String>();
        for (var file : manifest.files()) {
            var where = file.name() + " (" + file.path().getFileName() + "): ";
            try {
                var problem = ExtractFile.problemBeforeRows(file);
                if (problem != null) {
                    problems.add(where + problem);
                    continue;
                }
                try (var opened = ExtractFile.open(file, Files.newInputStream(file.path()))) {
                    new RowMapper(manifest, file, opened.header(), LocalDate.now());
                }
            } catch (IllegalArgumentException e) {
                problems.add(where + e.getMessage());
            } catch (IOException e) {
                problems.add(where + "cannot be read: " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new ExtractException(manifest.location(), problems);
        }
    }

    /** The run's stamp, and whether the graph held nothing of the source when it began. */
    private record Run(long stamp, boolean sourceWasEmpty) {}

    /** Updated by the reading thread and the writer thread. */
    private static final class Counts {
        volatile long read;
        volatile long dropped;
        volatile long blank;
        final java.util.concurrent.atomic.AtomicLong loaded = new java.util.concurrent.atomic.AtomicLong();
        final java.util.concurrent.atomic.AtomicLong updated = new java.util.concurrent.atomic.AtomicLong();
        final java.util.concurrent.atomic.AtomicLong unchanged = new java.util.concurrent.atomic.AtomicLong();
        final java.util.concurrent.atomic.AtomicLong rejected = new java.util.concurrent.atomic.AtomicLong();
    }

    /** Counts bytes read, for the progress bar's share of the file. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
