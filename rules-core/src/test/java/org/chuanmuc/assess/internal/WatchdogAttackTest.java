package org.chuanmuc.assess.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;

/**
 * Hostile tests of the one watchdog thread. Each test loads {@link SessionWatchdog} in a class loader of its own, so
 * that a watchdog it breaks is not the one the rest of the JVM's sessions rely on.
 */
class WatchdogAttackTest {

    /** Loads SessionWatchdog and its nested classes afresh; everything else from the test's loader. */
    private static final class Isolated extends URLClassLoader {
        Isolated() {
            super(new URL[] {SessionWatchdog.class.getProtectionDomain().getCodeSource().getLocation()},
                    WatchdogAttackTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith(SessionWatchdog.class.getName())) {
                synchronized (getClassLoadingLock(name)) {
                    Class<?> c = findLoadedClass(name);
                    return c != null ? c : findClass(name);
                }
            }
            return super.loadClass(name, resolve);
        }
    }

    private static KieSession session(Runnable onHalt) {
        return (KieSession) Proxy.newProxyInstance(KieSession.class.getClassLoader(), new Class<?>[] {KieSession.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("halt")) {
                        onHalt.run();
                        return null;
                    }
                    if (method.getName().equals("hashCode")) {
                        return System.identityHashCode(proxy);
                    }
                    if (method.getName().equals("equals")) {
                        return proxy == args[0];
                    }
                    return null;
                });
    }

    private static Method watch(ClassLoader loader) throws Exception {
        Class<?> watchdog = Class.forName(SessionWatchdog.class.getName(), true, loader);
        Method watch = watchdog.getDeclaredMethod("watch", KieSession.class, long.class, Runnable.class);
        watch.setAccessible(true);
        return watch;
    }

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
            Method watch = watch(loader);
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
            Method watch = watch(loader);
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
