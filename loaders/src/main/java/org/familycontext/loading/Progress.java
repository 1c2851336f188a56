/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.loading;

import java.io.PrintStream;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows how a load goes: a bar with rows per second and time left on a terminal, a plain line every few seconds
 * otherwise (CI, cron, a log file). It only ever shows counts, never row contents.
 */
public interface Progress {

    void file(String source, String file, long totalBytes);

    void advance(long bytesRead, long rows);

    void done();

    static Progress forConsole() {
        return System.console() != null ? new Bar(System.err) : new LogLines();
    }

    static Progress none() {
        return new Progress() {
            @Override
            public void file(String source, String file, long totalBytes) {}

            @Override
            public void advance(long bytesRead, long rows) {}

            @Override
            public void done() {}
        };
    }

    /** The terminal bar. */
    final class Bar implements Progress {
        private final PrintStream out;
        private String label = "";
        private long total;
        private long started;
        private long lastDrawn;

        Bar(PrintStream out) {
            this.out = out;
        }

        @Override
        public void file(String source, String file, long totalBytes) {
            label = source + "/" + file;
            total = Math.max(1, totalBytes);
            started = System.nanoTime();
            lastDrawn = 0;
        }

        @Override
        public void advance(long bytesRead, long rows) {
            long now = System.nanoTime();
            if (now - lastDrawn < 200_000_000L) {
                return;
            }
            lastDrawn = now;
            double fraction = Math.min(1.0, (double) bytesRead / total);
            double seconds = Math.max(1e-3, (now - started) / 1e9);
            long rate = Math.round(rows / seconds);
            long eta = fraction > 0 ? Math.round(seconds / fraction - seconds) : 0;
            int filled = (int) Math.round(fraction * 30);
            out.printf(
                    "\r%-28.28s [%s%s] %3d%% %,d rows %,d rows/s ETA %s  ",
                    label,
                    "#".repeat(filled),
                    " ".repeat(30 - filled),
                    Math.round(fraction * 100),
                    rows,
                    rate,
                    clock(eta));
        }

        @Override
        public void done() {
            out.println();
        }

        private static String clock(long seconds) {
            var d = Duration.ofSeconds(seconds);
            return "%d:%02d".formatted(d.toMinutes(), d.toSecondsPart());
        }
    }

    /** One log line every five seconds. */
    final class LogLines implements Progress {
        private static final Logger log = LoggerFactory.getLogger(Progress.class);
        private String label = "";
        private long total;
        private long started;
        private long lastLogged;

        @Override
        public void file(String source, String file, long totalBytes) {
            label = source + "/" + file;
            total = Math.max(1, totalBytes);
            started = System.nanoTime();
            lastLogged = started;
            log.info("Loading {} ({} bytes)", label, totalBytes);
        }

        @Override
        public void advance(long bytesRead, long rows) {
            long now = System.nanoTime();
            if (now - lastLogged < 5_000_000_000L) {
                return;
            }
            lastLogged = now;
            double seconds = (now - started) / 1e9;
            log.info(
                    "{}: {}% read, {} rows, {} rows/s",
                    label, Math.round(100.0 * bytesRead / total), rows, Math.round(rows / seconds));
        }

        @Override
        public void done() {}
    }
}
