package org.chuanmuc.assess.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;

class SessionWatchdogTest {
    /** Long enough for any machine to have looked; nothing here asserts how soon. */
    private static final long PATIENCE_NANOS = TimeUnit.SECONDS.toNanos(20);

    /** A session that only counts how often it was halted. */
    private static final class Halts {
        final AtomicInteger count = new AtomicInteger();
        final AtomicInteger timedOutFirst = new AtomicInteger();
        final KieSession session = (KieSession) Proxy.newProxyInstance(KieSession.class.getClassLoader(),
                new Class<?>[] {KieSession.class}, (proxy, method, args) -> {
                    if (method.getName().equals("halt")) {
                        count.incrementAndGet();
                        return null;
                    }
                    if (method.getName().equals("hashCode")) {
                        return System.identityHashCode(proxy);
                    }
                    if (method.getName().equals("equals")) {
                        return proxy == args[0];
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        final AtomicInteger timedOut = new AtomicInteger();

        SessionWatchdog.Watch watch(long deadlineNanos) {
            return SessionWatchdog.watch(session, deadlineNanos, () -> {
                timedOut.incrementAndGet();
                if (count.get() == 0) {
                    timedOutFirst.incrementAndGet();
                }
            });
        }

        boolean awaitHalt() throws InterruptedException {
            long until = System.nanoTime() + PATIENCE_NANOS;
            while (count.get() == 0 && System.nanoTime() - until < 0) {
                Thread.sleep(5);
            }
            return count.get() > 0;
        }
    }

    private static long in(long millis) {
        return System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    }

    @Test
    void watch_deadlinePasses_sessionHaltedOnceAfterTheTimeoutCallback() throws InterruptedException {
        Halts s = new Halts();
        SessionWatchdog.Watch w = s.watch(in(30));

        assertThat(s.awaitHalt()).isTrue();
        Thread.sleep(50);
        assertThat(s.count).hasValue(1);
        assertThat(s.timedOut).hasValue(1);
        assertThat(s.timedOutFirst).hasValue(1);
        assertThat(w.close()).as("a halted session must not be reused").isFalse();
    }

    @Test
    void watch_deadlineAlreadyPast_sessionHalted() throws InterruptedException {
        Halts s = new Halts();
        s.watch(System.nanoTime() - 1);

        assertThat(s.awaitHalt()).isTrue();
    }

    @Test
    void close_beforeTheDeadline_sessionNeverHalted() throws InterruptedException {
        Halts s = new Halts();
        SessionWatchdog.Watch w = s.watch(in(100));

        assertThat(w.close()).isTrue();
        Thread.sleep(400); // past the deadline: the watchdog has looked at least once since
        assertThat(s.count).hasValue(0);
        assertThat(s.timedOut).hasValue(0);
        assertThat(w.close()).as("closing twice").isFalse();
    }

    @Test
    void watch_earlierDeadlineThanEveryOtherWatched_stillHalted() throws InterruptedException {
        // the watchdog sleeps until the earliest deadline it knows; a later watch with an earlier one must wake it
        Halts late = new Halts();
        SessionWatchdog.Watch far = late.watch(in(TimeUnit.HOURS.toMillis(1)));
        Thread.sleep(50); // let the watchdog go to sleep until the far deadline (or its longest sleep)
        Halts soon = new Halts();
        soon.watch(in(20));

        assertThat(soon.awaitHalt()).isTrue();
        assertThat(late.count).hasValue(0);
        assertThat(far.close()).isTrue();
    }

    @Test
    void watch_manyThreadsClosingOrNot_eachSessionEitherHaltedOrClosedNeverBoth() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Object[]>> results = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                results.add(pool.submit(() -> {
                    Halts s = new Halts();
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    SessionWatchdog.Watch w = s.watch(in(random.nextInt(0, 20)));
                    Thread.sleep(random.nextInt(0, 25));
                    boolean closed = w.close();
                    return new Object[] {s, closed};
                }));
            }
            int halted = 0;
            int closed = 0;
            for (Future<Object[]> f : results) {
                Object[] r = f.get();
                Halts s = (Halts) r[0];
                boolean closedFirst = (Boolean) r[1];
                if (closedFirst) {
                    closed++;
                } else {
                    assertThat(s.awaitHalt()).as("closed after the watchdog took it: it must be halted").isTrue();
                    halted++;
                }
            }
            Thread.sleep(100);
            for (Future<Object[]> f : results) {
                Object[] r = f.get();
                Halts s = (Halts) r[0];
                assertThat(s.count.get()).isEqualTo((Boolean) r[1] ? 0 : 1);
                assertThat(s.timedOut.get()).isEqualTo(s.count.get());
            }
            assertThat(halted + closed).isEqualTo(400);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void watchdog_isOneDaemonThreadForAllSessions() throws InterruptedException {
        Halts a = new Halts();
        Halts b = new Halts();
        a.watch(in(5));
        b.watch(in(5));
        assertThat(a.awaitHalt()).isTrue();
        assertThat(b.awaitHalt()).isTrue();

        List<Thread> threads = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals(SessionWatchdog.THREAD_NAME)).toList();
        assertThat(threads).hasSize(1);
        assertThat(threads.get(0).isDaemon()).isTrue();
    }
    @Test
    void watchdogInterrupted_doesNotSpin_andStillHalts() throws InterruptedException {
        Halts first = new Halts();
        first.watch(in(5));
        assertThat(first.awaitHalt()).isTrue();
        Thread watchdog = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals(SessionWatchdog.THREAD_NAME)).findFirst().orElseThrow();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();

        watchdog.interrupt();
        long before = threads.getThreadCpuTime(watchdog.getId());
        Thread.sleep(500);
        long used = threads.getThreadCpuTime(watchdog.getId()) - before;
        Halts second = new Halts();
        second.watch(in(5));

        // a thread spinning on park() would use most of the half second; one that sleeps uses microseconds
        assertThat(used).as("watchdog CPU in 0.5 s after an interrupt, ns")
                .isLessThan(TimeUnit.MILLISECONDS.toNanos(250));
        assertThat(second.awaitHalt()).isTrue();
        assertThat(watchdog.isAlive()).isTrue();
    }
}
