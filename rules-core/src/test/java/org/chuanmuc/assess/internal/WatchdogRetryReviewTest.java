package org.chuanmuc.assess.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;

/**
 * Hostile review of a9ed901 (a failed halt is tried again, backing off from 10 ms to 1 s, until it succeeds or the
 * watch closes). Each test loads SessionWatchdog in a class loader of its own. Liveness waits with generous limits;
 * the only bound on counts is far above what the documented back-off allows (it guards against a spin).
 */
class WatchdogRetryReviewTest {
    private static final long PATIENCE_SECONDS = 20;

    private static final class Isolated extends URLClassLoader {
        Isolated() {
            super(new URL[] {SessionWatchdog.class.getProtectionDomain().getCodeSource().getLocation()},
                    WatchdogRetryReviewTest.class.getClassLoader());
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

        Object watch(KieSession session, long deadlineNanos) throws Exception {
            Class<?> watchdog = Class.forName(SessionWatchdog.class.getName(), true, this);
            Method watch = watchdog.getDeclaredMethod("watch", KieSession.class, long.class, Runnable.class);
            watch.setAccessible(true);
            return watch.invoke(null, session, deadlineNanos, (Runnable) () -> { });
        }

        static boolean close(Object watch) throws Exception {
            Method close = watch.getClass().getDeclaredMethod("close");
            close.setAccessible(true);
            return (boolean) close.invoke(watch);
        }
    }

    /** A session proxy counting halts; each halt throws while {@code failing}. */
    private static KieSession session(AtomicInteger halts, boolean failing) {
        return (KieSession) Proxy.newProxyInstance(KieSession.class.getClassLoader(), new Class<?>[] {KieSession.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "halt" -> {
                            halts.incrementAndGet();
                            if (failing) {
                                throw new IllegalStateException("halt failed (review)");
                            }
                        }
                        case "hashCode" -> {
                            return System.identityHashCode(proxy);
                        }
                        case "equals" -> {
                            return proxy == args[0];
                        }
                        default -> {
                            return null;
                        }
                    }
                    return null;
                });
    }

    private static boolean await(AtomicInteger counter, int atLeast) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        while (counter.get() < atLeast && System.nanoTime() - until < 0) {
            Thread.sleep(5);
        }
        return counter.get() >= atLeast;
    }

    @Test
    void haltFailingForever_retriedWithBackOff_otherSessionsHalted_closeStopsIt() throws Exception {
        try (Isolated loader = new Isolated()) {
            AtomicInteger failing = new AtomicInteger();
            Object bad = loader.watch(session(failing, true), System.nanoTime());
            assertThat(await(failing, 3)).as("a failed halt is tried again").isTrue();

            AtomicInteger good = new AtomicInteger();
            loader.watch(session(good, false), System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200));
            assertThat(await(good, 1)).as("another session is halted beside one whose halt fails").isTrue();

            Thread.sleep(3000);
            // 10 ms doubling to 1 s: about ten tries in three seconds; a spin would make hundreds of thousands
            assertThat(failing.get()).as("tries of a halt failing forever").isLessThan(200);

            assertThat(Isolated.close(bad)).as("close() after the watchdog touched the session").isFalse();
            int atClose = failing.get();
            Thread.sleep(2500);
            assertThat(failing.get()).as("tries after close() returned").isLessThanOrEqualTo(atClose + 1);
            assertThat(good.get()).isEqualTo(1);
        }
    }

    @Test
    void manySessionsWhoseHaltsFailAtOnce_aLaterSessionIsStillHalted_closingAllStopsTheTries() throws Exception {
        try (Isolated loader = new Isolated()) {
            AtomicInteger failing = new AtomicInteger();
            List<Object> watches = new ArrayList<>();
            long now = System.nanoTime();
            for (int i = 0; i < 2000; i++) {
                watches.add(loader.watch(session(failing, true), now));
            }
            assertThat(await(failing, 4000)).as("each failed halt tried again").isTrue();

            AtomicInteger good = new AtomicInteger();
            Object ok = loader.watch(session(good, false), System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100));
            assertThat(await(good, 1)).as("a session past its deadline among 2,000 failing ones").isTrue();
            assertThat(Isolated.close(ok)).isFalse();

            for (Object w : watches) {
                assertThat(Isolated.close(w)).isFalse();
            }
            Thread.sleep(1500);
            int afterClose = failing.get();
            Thread.sleep(2500);
            assertThat(failing.get()).as("no tries once every watch is closed").isEqualTo(afterClose);
        }
    }
}
