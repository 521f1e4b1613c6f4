package org.chuanmuc.assess.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chuanmuc.assess.internal.WatchdogFixtures.PATIENCE_SECONDS;
import static org.chuanmuc.assess.internal.WatchdogFixtures.await;
import static org.chuanmuc.assess.internal.WatchdogFixtures.session;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.chuanmuc.assess.internal.WatchdogFixtures.Isolated;
import org.junit.jupiter.api.Test;

/**
 * Hostile review of 6e78b9a ("The session watchdog outlives memory running short"). Each test loads
 * {@link SessionWatchdog} in a class loader of its own (as WatchdogAttackTest does), so that a watchdog it breaks is
 * not the one the rest of the JVM's sessions rely on. Only liveness waits with generous limits, no timing assertions.
 */
class WatchdogReviewTest {

    /**
     * Found in review, fixed. The run loop's comment: "memory ran short while the thread looked …, or a session's
     * halt failed: the
     * one watchdog must go on for every session the JVM still runs, so it looks again shortly"; the commit: the
     * watchdog "outlives memory running short". Drools' {@code halt()} allocates (it queues a halt action), so under
     * the memory pressure this commit is about it is the call most likely to throw OutOfMemoryError. When it does,
     * {@code round} has already removed the watch from the set and {@code Watch.halt} has already moved it to HALTED:
     * the session is never halted, and never looked at again. The comment in round ("this session's firings still
     * check the deadline") does not help the sessions the watchdog exists for: those that stop firing. Expected: a
     * halt that failed is tried again on a later round (as a failed round is), until it succeeds or the watch closes.
     */
    @Test
    void haltThrowsOutOfMemoryOnce_theSessionIsHaltedOnALaterRound() throws Exception {
        try (Isolated watchdog = new Isolated()) {
            AtomicInteger haltCalls = new AtomicInteger();
            AtomicInteger halted = new AtomicInteger();
            watchdog.watch(session(() -> {
                if (haltCalls.incrementAndGet() == 1) {
                    throw new OutOfMemoryError("test: the engine could not queue its halt");
                }
                halted.incrementAndGet();
            }), System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20), () -> { });

            assertThat(await(haltCalls, 1)).as("first halt attempted").isTrue();
            assertThat(await(halted, 1))
                    .as("a session whose halt failed once for want of memory is never halted: halt() called %s time(s)",
                            haltCalls.get())
                    .isTrue();
        }
    }

    /**
     * Found in review, fixed. {@code watch}'s Javadoc: onTimeout is "run on the watchdog's thread just before the
     * session is halted".
     * {@code Watch.halt()} runs it between the CAS to HALTED and {@code session.halt()}: if it throws (an Error, a
     * StackOverflowError, an OutOfMemoryError while it records the timeout), round's catch swallows it and
     * {@code session.halt()} is never called — the session runs on, its watch already removed and marked halted.
     * Expected: the session is halted even when the callback fails (halt in a finally, or the callback after it).
     */
    @Test
    void onTimeoutThrowsAnError_theSessionIsStillHalted() throws Exception {
        try (Isolated watchdog = new Isolated()) {
            AtomicInteger timedOut = new AtomicInteger();
            AtomicInteger halted = new AtomicInteger();
            watchdog.watch(session(halted::incrementAndGet), System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20),
                    () -> {
                        timedOut.incrementAndGet();
                        throw new StackOverflowError("test: the timeout callback failed");
                    });

            assertThat(await(timedOut, 1)).as("the timeout callback ran").isTrue();
            assertThat(await(halted, 1)).as("the session whose timeout callback threw is never halted").isTrue();
        }
    }

    /**
     * Regression (passes): Errors of every kind out of one session's callback and halt leave the one thread alive,
     * and sessions watched afterwards are still halted.
     */
    @Test
    void errorsFromCallbacksAndHalts_threadStaysAlive_laterSessionsHalted() throws Exception {
        try (Isolated watchdog = new Isolated()) {
            List<Throwable> errors = List.of(new StackOverflowError("test"), new OutOfMemoryError("test"),
                    new AssertionError("test"), new IllegalStateException("test"), new LinkageError("test"));
            AtomicInteger attempts = new AtomicInteger();
            for (Throwable e : errors) {
                watchdog.watch(session(() -> {
                    attempts.incrementAndGet();
                    throwUnchecked(e);
                }), System.nanoTime(), () -> { });
                watchdog.watch(session(() -> { }), System.nanoTime(), () -> throwUnchecked(e));
            }
            assertThat(await(attempts, errors.size())).isTrue();
            AtomicInteger later = new AtomicInteger();
            watchdog.watch(session(later::incrementAndGet), System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20),
                    () -> { });
            assertThat(await(later, 1)).isTrue();
            assertThat(watchdog.thread().isAlive()).isTrue();
        }
    }

    /**
     * Regression (passes): an interrupt storm (another thread interrupting the watchdog without pause) while sessions
     * are watched, some with deadlines earlier than those already watched: each is halted once, and the thread lives.
     */
    @Test
    void interruptStorm_sessionsStillHaltedOnce_threadAlive() throws Exception {
        try (Isolated watchdog = new Isolated()) {
            AtomicInteger first = new AtomicInteger();
            watchdog.watch(session(first::incrementAndGet), System.nanoTime(), () -> { });
            assertThat(await(first, 1)).isTrue();
            Thread target = watchdog.thread();
            AtomicBoolean stop = new AtomicBoolean();
            Thread storm = new Thread(() -> {
                while (!stop.get()) {
                    target.interrupt();
                }
            }, "review-interrupt-storm");
            storm.setDaemon(true);
            storm.start();
            try {
                List<AtomicInteger> halts = new ArrayList<>();
                // one far off first, so that the thread sleeps towards it; then ever earlier ones
                watchdog.watch(session(() -> { }), System.nanoTime() + TimeUnit.HOURS.toNanos(1), () -> { });
                for (int i = 20; i >= 0; i--) {
                    AtomicInteger h = new AtomicInteger();
                    halts.add(h);
                    watchdog.watch(session(h::incrementAndGet),
                            System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(i * 10L), () -> { });
                }
                for (AtomicInteger h : halts) {
                    assertThat(await(h, 1)).isTrue();
                }
                Thread.sleep(100);
                assertThat(halts).allSatisfy(h -> assertThat(h).hasValue(1));
                assertThat(target.isAlive()).isTrue();
            } finally {
                stop.set(true);
                storm.join(TimeUnit.SECONDS.toMillis(PATIENCE_SECONDS));
            }
        }
    }

    /**
     * Regression (passes): after the thread parked for want of work (10 idle rounds), watches from many threads at
     * once, each due soon, are all halted: {@code parked}/{@code nextLook} never make {@code watch} skip the unpark.
     */
    @Test
    void afterParking_concurrentWatches_allHalted() throws Exception {
        try (Isolated watchdog = new Isolated()) {
            AtomicInteger warm = new AtomicInteger();
            watchdog.watch(session(warm::incrementAndGet), System.nanoTime(), () -> { });
            assertThat(await(warm, 1)).isTrue();
            Thread thread = watchdog.thread();
            // 10 idle rounds of at most a second each, then it parks without a limit
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!(thread.getState() == Thread.State.WAITING) && System.nanoTime() - until < 0) {
                Thread.sleep(50);
            }
            assertThat(thread.getState()).as("parked without a limit").isEqualTo(Thread.State.WAITING);
            int n = 8;
            CountDownLatch go = new CountDownLatch(1);
            List<AtomicInteger> halts = new ArrayList<>();
            List<Thread> watchers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                AtomicInteger h = new AtomicInteger();
                halts.add(h);
                int delay = i;
                Thread t = new Thread(() -> {
                    try {
                        go.await();
                        watchdog.watch(session(h::incrementAndGet),
                                System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(delay), () -> { });
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                t.start();
                watchers.add(t);
            }
            go.countDown();
            for (Thread t : watchers) {
                t.join();
            }
            for (AtomicInteger h : halts) {
                assertThat(await(h, 1)).isTrue();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void throwUnchecked(Throwable e) throws T {
        throw (T) e;
    }
}
