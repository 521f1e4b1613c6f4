package org.chuanmuc.assess.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chuanmuc.assess.internal.WatchdogFixtures.session;

import java.lang.reflect.Method;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.chuanmuc.assess.internal.WatchdogFixtures.Isolated;
import org.junit.jupiter.api.Test;

/**
 * Hostile tests of the one watchdog thread. Each test loads {@link SessionWatchdog} in a class loader of its own, so
 * that a watchdog it breaks is not the one the rest of the JVM's sessions rely on.
 */
class WatchdogAttackTest {

    /**
     * Javadoc of the catch in {@code SessionWatchdog.run}: "the watchdog must go on for every other session". The
     * scheduled executor it replaces caught every Throwable of a task (FutureTask); the new loop catches only
     * RuntimeException and LinkageError, so an OutOfMemoryError or StackOverflowError out of one session's
     * {@code halt()} (an engine under memory pressure is exactly when sessions run long) kills the one thread of the
     * JVM, and no session is ever halted by the watchdog again: a rule that stops firing then runs for ever.
     */
    @Test
    void watch_afterOneHaltThrowsAnError_otherSessionsAreStillHalted() throws Exception {
        try (Isolated loader = new Isolated()) {
            Method watch = loader.watchMethod();
            CountDownLatch firstHalted = new CountDownLatch(1);
            watch.invoke(null, session(() -> {
                firstHalted.countDown();
                throw new OutOfMemoryError("test: the engine ran out of memory while halting");
            }), System.nanoTime(), (Runnable) () -> { });
            assertThat(firstHalted.await(30, TimeUnit.SECONDS)).isTrue();

            CountDownLatch secondTimedOut = new CountDownLatch(1);
            CountDownLatch secondHalted = new CountDownLatch(1);
            watch.invoke(null, session(secondHalted::countDown), System.nanoTime() + 1_000_000L,
                    (Runnable) secondTimedOut::countDown);

            assertThat(secondTimedOut.await(10, TimeUnit.SECONDS))
                    .as("a session past its deadline after another session's halt threw an Error is never halted")
                    .isTrue();
            assertThat(secondHalted.await(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    /**
     * Guard (passes today): a deadline so far off that {@code now + timeout} wraps past {@link Long#MAX_VALUE} is
     * compared by difference, so the watchdog neither halts the session at once nor loses it. Kept because the
     * SessionMonitor's own checks do not compare that way (see TimeoutOverflowAttackTest).
     */
    @Test
    void watch_deadlineThatWrapsAroundLongMax_isNotHaltedAtOnce() throws Exception {
        try (Isolated loader = new Isolated()) {
            Method watch = loader.watchMethod();
            CountDownLatch timedOut = new CountDownLatch(1);
            long deadline = System.nanoTime() + Long.MAX_VALUE; // wraps: negative when nanoTime() > 0
            watch.invoke(null, session(() -> { }), deadline, (Runnable) timedOut::countDown);
            CountDownLatch near = new CountDownLatch(1);
            watch.invoke(null, session(() -> { }), System.nanoTime() + 1_000_000L, (Runnable) near::countDown);
            assertThat(near.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(timedOut.await(2, TimeUnit.SECONDS)).isFalse();
        }
    }
}
