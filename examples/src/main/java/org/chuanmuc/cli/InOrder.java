package org.chuanmuc.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs tasks on a few threads and hands their results on in submission order, keeping at most twice as
 * many tasks in flight as threads, so memory stays bounded while units are assessed in parallel.
 */
final class InOrder implements AutoCloseable {
    private record Pending<T>(Future<T> result, Consumer<T> then) {
        void deliver() {
            try {
                then.accept(result.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    private final ExecutorService pool;
    private final int maxInFlight;
    private final Deque<Pending<?>> inFlight = new ArrayDeque<>();

    InOrder(int threads) {
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "chuanmuc-assess");
            t.setDaemon(true);
            return t;
        });
        this.maxInFlight = 2 * threads;
    }

    /** Starts {@code task}; {@code then} gets its result on the calling thread, after earlier tasks'. */
    <T> void submit(Callable<T> task, Consumer<T> then) {
        inFlight.add(new Pending<>(pool.submit(task), then));
        while (inFlight.size() >= maxInFlight) {
            inFlight.poll().deliver();
        }
    }

    /** Delivers what is still in flight, in order, and stops the threads. */
    @Override
    public void close() {
        try {
            while (!inFlight.isEmpty()) {
                inFlight.poll().deliver();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
