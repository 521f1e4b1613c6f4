package org.chuanmuc.assess.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.kie.api.runtime.KieSession;

/** What the watchdog's tests share: sessions that only count halts, a watchdog of its own, child JVMs, a full heap. */
final class WatchdogFixtures {

    private WatchdogFixtures() {
    }

    /** @return a session whose {@code halt()} runs the action; its other methods do nothing */
    static KieSession session(Runnable onHalt) {
        return (KieSession) Proxy.newProxyInstance(KieSession.class.getClassLoader(), new Class<?>[] {KieSession.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "halt" -> onHalt.run();
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

    /**
     * Loads SessionWatchdog and its nested classes afresh, everything else from the test's loader: a watchdog a test
     * breaks is not the one the rest of the JVM's sessions rely on.
     */
    static final class Isolated extends URLClassLoader {
        Isolated() {
            super(new URL[] {SessionWatchdog.class.getProtectionDomain().getCodeSource().getLocation()},
                    WatchdogFixtures.class.getClassLoader());
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

        /** @return this loader's {@code SessionWatchdog.watch(KieSession, long, Runnable)} */
        Method watchMethod() throws ReflectiveOperationException {
            Class<?> watchdog = Class.forName(SessionWatchdog.class.getName(), true, this);
            Method watch = watchdog.getDeclaredMethod("watch", KieSession.class, long.class, Runnable.class);
            watch.setAccessible(true);
            return watch;
        }

        /** @return this loader's watch, to {@link #close} */
        Object watch(KieSession session, long deadlineNanos, Runnable onTimeout) throws ReflectiveOperationException {
            return watchMethod().invoke(null, session, deadlineNanos, onTimeout);
        }

        /** @return what {@code Watch.close()} of a watch of this loader returns */
        static boolean close(Object watch) throws ReflectiveOperationException {
            Method close = watch.getClass().getDeclaredMethod("close");
            close.setAccessible(true);
            return (boolean) close.invoke(watch);
        }

        /** @return this loader's watchdog thread, null before one started */
        Thread thread() throws ReflectiveOperationException {
            Class<?> watchdog = Class.forName(SessionWatchdog.class.getName(), true, this);
            Field f = watchdog.getDeclaredField("thread");
            f.setAccessible(true);
            return (Thread) f.get(null);
        }
    }

    /** How long a test waits for the watchdog before it fails: a liveness limit, not a speed one. */
    static final long PATIENCE_SECONDS = 20;

    /** @return whether the counter reached {@code atLeast} within {@link #PATIENCE_SECONDS} */
    static boolean await(AtomicInteger counter, int atLeast) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        while (counter.get() < atLeast && System.nanoTime() - until < 0) {
            Thread.sleep(5);
        }
        return counter.get() >= atLeast;
    }

    /** How a child JVM ended: whether it did within two minutes, its exit code (−1 if not), what it printed. */
    record ChildRun(boolean ended, int exit, String out, String err) {
    }

    /** Runs {@code main} in a child JVM with the test's class path and the given JVM options. */
    static ChildRun runChild(Class<?> main, String... jvmArgs) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = new ArrayList<>(List.of(java.toString()));
        cmd.addAll(List.of(jvmArgs));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        Process child = new ProcessBuilder(cmd).start();
        boolean ended = child.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            child.destroyForcibly().waitFor();
        }
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new ChildRun(ended, ended ? child.exitValue() : -1, out, err);
    }

    /**
     * Fills the heap with ever smaller arrays, then objects, until not even the smallest fits. Run it with
     * {@code -XX:-UseTLAB} so that no thread keeps room of its own; print nothing before {@code held} is let go.
     *
     * @param held where the filling is kept (sized beforehand: growing it needs memory too)
     */
    static void fillHeap(List<Object> held) {
        for (int size = 1 << 20; size >= 1; size /= 2) {
            try {
                while (true) {
                    held.add(new byte[size]);
                }
            } catch (OutOfMemoryError full) {
                // the next smaller size
            }
        }
        try {
            while (true) {
                held.add(new Object());
            }
        } catch (OutOfMemoryError full) {
            // full: the list itself could not grow further either
        }
    }
}
