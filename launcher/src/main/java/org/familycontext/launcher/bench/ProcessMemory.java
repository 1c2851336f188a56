/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/** The memory figures the benchmarks report. */
final class ProcessMemory {

    private ProcessMemory() {}

    /** The sum of the heap pools' peaks (each pool's peak may fall at another time, so an upper bound). */
    static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }

    /** Peak resident set size of this process (Linux), which includes Neo4j's page cache; -1 elsewhere. */
    static long peakRss() {
        try {
            for (var line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: unknown
        }
        return -1;
    }
}
