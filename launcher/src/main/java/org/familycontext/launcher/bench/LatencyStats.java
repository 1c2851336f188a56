/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * The times of one kind of request, end to end and on the server, in microsecond histograms (three significant
 * digits, up to a minute), with its errors (which are counted, not timed). Safe to record into from many threads
 * at once.
 */
final class LatencyStats {

    private static final long LONGEST_MICROS = 60_000_000L;
    private static final int KEPT_ERROR_MESSAGES = 5;

    private final Histogram endToEnd = new ConcurrentHistogram(LONGEST_MICROS, 3);
    private final Histogram server = new ConcurrentHistogram(LONGEST_MICROS, 3);
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong withoutServerTime = new AtomicLong();
    private final Set<String> errorMessages = ConcurrentHashMap.newKeySet();

    /** Counts the request; times it only when it succeeded, since a quick refusal would flatter the figures. */
    void record(GraphQlClient.Answer answer) {
        requests.incrementAndGet();
        if (answer.failed()) {
            errors.incrementAndGet();
            // The service's messages name no person (GraphQlErrors); a few distinct ones say what went wrong.
            answer.errors().stream()
                    .filter(m -> errorMessages.size() < KEPT_ERROR_MESSAGES)
                    .forEach(errorMessages::add);
            return;
        }
        endToEnd.recordValue(micros(answer.endToEndNanos()));
        if (answer.serverNanos() >= 0) {
            server.recordValue(micros(answer.serverNanos()));
        } else {
            withoutServerTime.incrementAndGet();
        }
    }

    long requests() {
        return requests.get();
    }

    long errors() {
        return errors.get();
    }

    /** Milliseconds at a percentile (0 to 100) of the server's times; -1 when none were recorded. */
    double serverMillisAt(double percentile) {
        return millisAt(server, percentile);
    }

    /** Milliseconds at a percentile (0 to 100) of the end-to-end times; -1 when none were recorded. */
    double endToEndMillisAt(double percentile) {
        return millisAt(endToEnd, percentile);
    }

    Map<String, Object> summary() {
        var summary = new LinkedHashMap<String, Object>();
        summary.put("requests", requests.get());
        summary.put("errors", errors.get());
        if (!errorMessages.isEmpty()) {
            summary.put("errorMessages", errorMessages.stream().sorted().toList());
        }
        summary.put("serverMillis", percentiles(server));
        if (withoutServerTime.get() > 0) {
            summary.put("requestsWithoutServerTime", withoutServerTime.get());
        }
        summary.put("endToEndMillis", percentiles(endToEnd));
        return summary;
    }

    /** One line: count, errors, and server and end-to-end p50/p95/p99/max. */
    String line() {
        return String.format(
                "%,7d requests, %,d errors; server p50 %s p95 %s p99 %s max %s ms; end to end p50 %s p95 %s p99 %s"
                        + " max %s ms",
                requests.get(),
                errors.get(),
                shown(serverMillisAt(50)),
                shown(serverMillisAt(95)),
                shown(serverMillisAt(99)),
                shown(serverMillisAt(100)),
                shown(endToEndMillisAt(50)),
                shown(endToEndMillisAt(95)),
                shown(endToEndMillisAt(99)),
                shown(endToEndMillisAt(100)));
    }

    private static Map<String, Object> percentiles(Histogram histogram) {
        var figures = new LinkedHashMap<String, Object>();
        figures.put("p50", millisAt(histogram, 50));
        figures.put("p95", millisAt(histogram, 95));
        figures.put("p99", millisAt(histogram, 99));
        figures.put("max", millisAt(histogram, 100));
        figures.put("mean", histogram.getTotalCount() == 0 ? -1 : round(histogram.getMean() / 1000));
        return figures;
    }

    private static double millisAt(Histogram histogram, double percentile) {
        if (histogram.getTotalCount() == 0) {
            return -1;
        }
        var micros = percentile >= 100 ? histogram.getMaxValue() : histogram.getValueAtPercentile(percentile);
        return round(micros / 1000.0);
    }

    private static String shown(double millis) {
        return millis < 0 ? "-" : String.format("%.1f", millis);
    }

    private static double round(double millis) {
        return Math.round(millis * 10) / 10.0;
    }

    private static long micros(long nanos) {
        return Math.min(LONGEST_MICROS, Math.max(1, nanos / 1000));
    }
}
