package org.chuanmuc.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Runs tasks on a few threads and hands their results on in submission order, keeping at most
 * {@code 2 × threads + 1} tasks in flight, so memory stays bounded while units are assessed in parallel. The one
 * beyond two per thread lets the caller read one unit further ahead: a unit much larger or smaller than the
 * last then leaves neither the caller nor the threads waiting for the other (1.08× on 1,000,000 officers, see
 * docs/performance.md, round 8). Call {@link #finish()} after the last task, then close it (try-with-resources).
 */
final class InOrder implements AutoCloseable {
    /**
     * Most threads: every one holds a session of its own, and far more than the cores only costs memory. Also keeps
     * the thread pool sound: a fixed pool of 2^29 threads or more never starts one.
     */
    static final int MAX_THREADS = 256;

    /** How often a wait for a result checks whether a worker thread died outside its task. */
    private static final long POLL_MILLIS = 200;

    private record Pending<T>(Future<T> result, Consumer<T> then) {
    }

    private final ExecutorService pool;
    private final int maxInFlight;
    private final Deque<Pending<?>> inFlight = new ArrayDeque<>();
    /** An error that killed a worker thread outside a task (out of memory in the pool's own code). */
    private final AtomicReference<Throwable> workerDied = new AtomicReference<>();
    private boolean finished;
    private boolean abandoned;
    private boolean failed;

    /** @throws IllegalArgumentException when {@code threads} is not from 1 to {@link #MAX_THREADS} */
    InOrder(int threads) {
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads must be from 1 to " + MAX_THREADS + ", was " + threads);
        }
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "chuanmuc-assess");
            t.setDaemon(true);
            // recorded for the calling thread to report; printing here could itself run out of memory
            t.setUncaughtExceptionHandler((thread, e) -> workerDied.compareAndSet(null, e));
            return t;
        });
        this.maxInFlight = 2 * threads + 1;
    }

    /** Starts {@code task}; {@code then} gets its result on the calling thread, after earlier tasks'. */
    <T> void submit(Callable<T> task, Consumer<T> then) {
        inFlight.add(new Pending<>(pool.submit(task), then));
        while (inFlight.size() >= maxInFlight) {
            deliver(inFlight.poll());
        }
    }

    /** Delivers what is still in flight, in order. Call it once every task is submitted. */
    void finish() {
        while (!inFlight.isEmpty()) {
            deliver(inFlight.poll());
        }
        finished = true;
    }

    /**
     * Gives up on what is still in flight, on purpose: the caller throws every result away (the input turned out
     * not to be grouped by unit and is read again another way). Close it next; the tasks are cancelled.
     */
    void abandon() {
        abandoned = true;
    }

    /** Waits for one task and hands its result on; rethrows what the task threw. */
    private <T> void deliver(Pending<T> pending) {
        failed = true; // until the result is handed on
        T value;
        try {
            value = await(pending.result());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            if (cause instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw new IllegalStateException(cause);
        }
        pending.then().accept(value);
        failed = false;
    }

    private <T> T await(Future<T> result) throws InterruptedException, ExecutionException {
        while (true) {
            try {
                return result.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                Throwable died = workerDied.get();
                if (died instanceof Error err) {
                    throw err;
                }
                if (died != null) {
                    throw new IllegalStateException("an assessment thread died", died);
                }
            }
        }
    }

    /**
     * Stops the threads. Tasks still in flight (when an earlier task or delivery failed) are cancelled and their
     * results dropped: after a failure nothing more is handed on.
     *
     * @throws IllegalStateException when results are still in flight although nothing failed: {@link #finish()}
     *                               was not called, and they would be lost without a word
     */
    @Override
    public void close() {
        boolean lost = !finished && !failed && !abandoned && !inFlight.isEmpty();
        for (Pending<?> pending : inFlight) {
            pending.result().cancel(true);
        }
        inFlight.clear();
        pool.shutdownNow();
        if (lost) {
            throw new IllegalStateException("InOrder closed before finish(): results in flight were not delivered");
        }
    }
}
