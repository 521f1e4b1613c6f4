package org.chuanmuc.assess.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Halts sessions that pass their deadline: one daemon thread ({@value #THREAD_NAME}) for every session of the JVM.
 *
 * <p>A session's rules check the deadline on every firing; the watchdog is for a session that stops firing while it
 * runs long (a consequence that loops, a join that grows). It sleeps until the earliest deadline it watches, or at
 * most {@link #MAX_SLEEP_NANOS} when that is further off, and parks without a limit after
 * {@link #IDLE_ROUNDS_BEFORE_PARKING} such rounds with nothing to watch. Watching a session whose deadline lies after
 * the watchdog's next look (every session when all share one time limit) neither wakes nor signals the thread: it is
 * an insert into a concurrent set. A scheduled task per session, which this replaces, woke the thread on every
 * session (a system call and a context switch per unit of officers).
 *
 * <p>The thread publishes when it will look next and only then looks at the watched sessions once more before it
 * sleeps, while {@link #watch} adds the session first and then reads that time: one of the two sees the other, so a
 * session with an earlier deadline is never missed.
 */
final class SessionWatchdog {
    static final String THREAD_NAME = "chuanmuc-session-watchdog";
    private static final Logger LOG = LoggerFactory.getLogger(SessionWatchdog.class);
    private static final long MAX_SLEEP_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final int IDLE_ROUNDS_BEFORE_PARKING = 10;
    /** How long the thread waits after a round failed (memory ran short) before it looks again. */
    private static final long RETRY_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
    private static final Set<Watch> WATCHED = ConcurrentHashMap.newKeySet();
    /** {@link System#nanoTime()} of the thread's next look; meaningless while {@link #parked}. */
    private static volatile long nextLook;
    /** Whether the thread sleeps until {@link #watch} wakes it. */
    private static volatile boolean parked = true;

    private SessionWatchdog() {
    }

    /** Guards starting the thread. */
    private static final Object STARTING = new Object();
    /** The thread, started with the first session watched; null until one started. */
    private static volatile Thread thread;

    /**
     * @return the thread, started now if none has started yet. When it cannot start (the process is out of threads:
     *         {@code OutOfMemoryError: unable to create native thread}) this throws, and the next call tries again;
     *         a class initializer holding the thread would have failed once and for all.
     */
    private static Thread thread() {
        Thread t = thread;
        if (t != null) {
            return t;
        }
        synchronized (STARTING) {
            if (thread == null) {
                Thread started = new Thread(SessionWatchdog::run, THREAD_NAME);
                started.setDaemon(true);
                // run() lets nothing escape; should it ever, a library's thread must not print to the application's
                // stderr
                started.setUncaughtExceptionHandler((th, e) -> LOG.error("the session watchdog stopped", e));
                started.start();
                thread = started;
            }
            return thread;
        }
    }

    /**
     * Watches a session until {@link Watch#close()}.
     *
     * @param session       the session to halt
     * @param deadlineNanos the {@link System#nanoTime()} past which it must stop
     * @param onTimeout     run on the watchdog's thread just before the session is halted
     * @return the watch, to close when the session is done
     * @throws OutOfMemoryError when the watchdog's thread cannot be started (nothing is left watched then; a later
     *                          call starts it)
     */
    static Watch watch(KieSession session, long deadlineNanos, Runnable onTimeout) {
        Watch w = new Watch(session, deadlineNanos, onTimeout);
        WATCHED.add(w);
        Thread t;
        try {
            t = thread();
        } catch (Throwable e) { // NOPMD: rethrown after the watch is taken back
            WATCHED.remove(w);
            throw e;
        }
        if (parked || deadlineNanos - nextLook < 0) {
            LockSupport.unpark(t);
        }
        return w;
    }

    /** A watched session. */
    static final class Watch {
        private static final int WATCHING = 0;
        private static final int CLOSED = 1;
        private static final int HALTED = 2;
        private final KieSession session;
        private final Runnable onTimeout;
        private final AtomicInteger state = new AtomicInteger(WATCHING);
        /**
         * When the watchdog acts: the deadline, then, after a halt that failed, the time of the next try. Written
         * only by the watchdog's thread, before the watch is put back into {@link #WATCHED}.
         */
        private volatile long dueNanos;
        /** Whether {@link #close()} was called: a halt that failed is not tried again on a closed session. */
        private volatile boolean closed;
        /** Halts that failed so far: each try waits twice as long as the last, up to {@link #MAX_SLEEP_NANOS}. */
        private int failedHalts;

        private Watch(KieSession session, long deadlineNanos, Runnable onTimeout) {
            this.session = session;
            this.dueNanos = deadlineNanos;
            this.onTimeout = onTimeout;
        }

        /**
         * Stops watching.
         *
         * @return whether the watchdog never touched the session and never will
         */
        boolean close() {
            closed = true;
            WATCHED.remove(this);
            return state.compareAndSet(WATCHING, CLOSED);
        }

        /**
         * Runs the timeout callback once, then halts the session, even when the callback failed. A halt that fails
         * (memory short: Drools' halt allocates) is tried again later, as long as the session is not closed: a
         * watch that is HALTED and watched again is one whose halt failed.
         */
        private void halt() {
            if (state.compareAndSet(WATCHING, HALTED)) {
                try {
                    onTimeout.run();
                } finally {
                    haltSession();
                }
            } else if (state.get() == HALTED && !closed) {
                haltSession();
            }
        }

        private void haltSession() {
            try {
                session.halt();
            } catch (Throwable e) { // NOPMD: rethrown after the next try is planned
                if (!closed) {
                    long wait = Math.min(MAX_SLEEP_NANOS, RETRY_NANOS << Math.min(failedHalts++, 20));
                    dueNanos = System.nanoTime() + wait;
                    WATCHED.add(this);
                }
                throw e;
            }
        }
    }

    private static void run() {
        int idleRounds = 0;
        while (true) {
            try {
                idleRounds = round(idleRounds);
            } catch (Throwable e) { // NOPMD: any failure, even an Error, of one round
                // memory ran short while the thread looked (iterating the watched sessions allocates; a session's
                // failed halt is caught in the round): the one watchdog must go on for every session the JVM still
                // runs, so it looks again shortly. Before, such an Error ended the thread for good.
                idleRounds = 0;
                failed(e);
            }
        }
    }

    /** After a failed round: a debug note (a warning could fail too, or reach a user's console), then a pause. */
    private static void failed(Throwable e) {
        try {
            LOG.debug("the session watchdog's round failed; looking again shortly", e);
        } catch (Throwable ignored) { // NOPMD: logging while memory is short may fail as well
            // nothing to do: the pause below does not allocate
        }
        parked = false;
        nextLook = System.nanoTime() + RETRY_NANOS;
        LockSupport.parkNanos(SessionWatchdog.class, RETRY_NANOS);
    }

    /**
     * Halts every watched session past its deadline, then sleeps until the next deadline (or parks when nothing has
     * been watched for a while).
     *
     * @return the number of rounds in a row with nothing to watch
     */
    private static int round(int idleRounds) {
        // an interrupt (a container stopping threads it does not own) must not make every park return at once
        Thread.interrupted();
        long now = System.nanoTime();
        long next = now + MAX_SLEEP_NANOS;
        boolean any = false;
        for (Watch w : WATCHED) {
            long due = w.dueNanos;
            if (now - due >= 0) {
                WATCHED.remove(w);
                try {
                    w.halt();
                } catch (Throwable e) { // NOPMD: any failure, even an Error, of one session's halt
                    // the session was disposed of meanwhile, or its engine failed, or memory ran short: the halt is
                    // tried again later unless the session was closed (Watch.haltSession), and the other sessions of
                    // this round are still looked at
                    LOG.debug("halting a session past its deadline failed", e);
                }
            } else {
                any = true;
                if (due - next < 0) {
                    next = due;
                }
            }
        }
        int idle = any ? 0 : idleRounds + 1;
        boolean park = idle >= IDLE_ROUNDS_BEFORE_PARKING;
        nextLook = next;
        parked = park;
        if (earlierThan(next, park)) {
            return idle; // watched meanwhile, before it could see when the thread looks next
        }
        if (park) {
            LockSupport.park(SessionWatchdog.class);
            return 0;
        }
        LockSupport.parkNanos(SessionWatchdog.class, next - System.nanoTime());
        return idle;
    }

    /** @return whether a watched session's deadline comes before {@code next}, or any is watched when parking */
    private static boolean earlierThan(long next, boolean park) {
        for (Watch w : WATCHED) {
            if (park || w.dueNanos - next < 0) {
                return true;
            }
        }
        return false;
    }
}
