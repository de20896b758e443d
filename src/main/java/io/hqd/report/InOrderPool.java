package io.hqd.report;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs a step's costly per-region work (filling and exporting PDFs, writing workbooks) on all cores and hands each
 * result back, in submission order, to the calling thread, which alone uses the warehouse connection. At most two
 * tasks per core are in flight, so memory does not grow with the number of regions.
 */
final class InOrderPool<T> implements AutoCloseable {
    private final ExecutorService pool;
    private final int limit;
    private final Deque<Future<T>> inFlight = new ArrayDeque<>();
    private final String work;
    private final Consumer<T> done;

    /** {@code work}: what the step makes, for the message when it is interrupted; {@code done}: runs on the caller. */
    InOrderPool(String work, Consumer<T> done) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        this.pool = Executors.newFixedThreadPool(threads);
        this.limit = 2 * threads;
        this.work = work;
        this.done = done;
    }

    /** Queues the task; when the limit is reached, first waits for the oldest task and hands its result back. */
    void submit(Callable<T> task) {
        inFlight.add(pool.submit(task));
        if (inFlight.size() >= limit) {
            takeOldest();
        }
    }

    /** Waits for every queued task, handing each result back in order. */
    void finish() {
        while (!inFlight.isEmpty()) {
            takeOldest();
        }
    }

    private void takeOldest() {
        T result;
        try {
            result = inFlight.poll().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(work + "被中断", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        done.accept(result);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
