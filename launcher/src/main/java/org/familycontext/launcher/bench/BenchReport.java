/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** How a benchmark ends: the machine's memory figures added to its result, the result written as JSON, one line. */
final class BenchReport {

    private BenchReport() {}

    static void write(Map<String, Object> result, Path out) throws IOException {
        result.put("heapMaxBytes", Runtime.getRuntime().maxMemory());
        result.put("heapPeakUsedBytes", ProcessMemory.peakHeap());
        result.put("processPeakRssBytes", ProcessMemory.peakRss());
        Files.createDirectories(out.toAbsolutePath().getParent());
        JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), result);
        System.out.printf(
                "%d cores; peak heap used %,d MB of %,d MB; peak resident memory %,d MB. Written to %s%n",
                Runtime.getRuntime().availableProcessors(),
                ProcessMemory.peakHeap() >> 20,
                Runtime.getRuntime().maxMemory() >> 20,
                ProcessMemory.peakRss() >> 20,
                out);
    }
}
