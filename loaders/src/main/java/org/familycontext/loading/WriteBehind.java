/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.loading;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Writes batches on one background thread while the caller reads and checks the next rows, so that parsing and
 * the database work at the same time. At most two batches wait, which bounds memory; batches are written in the
 * order given. A failed write is thrown to the caller at its next submit or drain.
 */
final class WriteBehind implements AutoCloseable {

    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        var thread = new Thread(r, "extract-writer");
        thread.setDaemon(true);
        return thread;
    });
    private final Semaphore slots = new Semaphore(2);
    private final Deque<Future<?>> pending = new ArrayDeque<>();

    void submit(Runnable write) {
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to write", e);
        }
        pending.add(writer.submit(() -> {
            try {
                write.run();
            } finally {
                slots.release();
            }
        }));
        while (!pending.isEmpty() && pending.peek().isDone()) {
            await(pending.poll());
        }
    }

    /** Waits until every submitted batch is written. */
    void drain() {
        while (!pending.isEmpty()) {
            await(pending.poll());
        }
    }

    private static void await(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        writer.shutdownNow();
    }
}
