/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/** The memory figures the benchmarks report. */
final class ProcessMemory {

    private static final AtomicLong PEAK_HEAP = new AtomicLong();
    private static final AtomicBoolean TRACKING = new AtomicBoolean();

    private ProcessMemory() {}

    /**
     * Starts sampling the heap in use every 50 ms, for {@link #peakHeap()}. (The pools' own peaks cannot be added
     * up: each falls at another time, and their sum exceeds the heap's limit.)
     */
    static void track() {
        if (TRACKING.compareAndSet(false, true)) {
            var memory = ManagementFactory.getMemoryMXBean();
            Thread.ofPlatform().daemon().name("heap-sampler").start(() -> {
                while (true) {
                    PEAK_HEAP.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }
    }

    /** The most heap in use at any sample since {@link #track()}: what the run needed, garbage included. */
    static long peakHeap() {
        PEAK_HEAP.accumulateAndGet(
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        return PEAK_HEAP.get();
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
