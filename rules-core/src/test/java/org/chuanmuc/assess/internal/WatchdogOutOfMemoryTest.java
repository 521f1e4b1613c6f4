package org.chuanmuc.assess.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.kie.api.runtime.KieSession;
import org.junit.jupiter.api.Test;

/**
 * The one watchdog of the JVM outlives memory running short. Seen in {@code KilledRunTest}: an assessment ran out of
 * memory, the watchdog thread failed to allocate the iterator over the watched sessions, died (printing
 * "Exception in thread "chuanmuc-session-watchdog" java.lang.OutOfMemoryError" to stderr), and from then on no
 * session of the JVM was halted at its deadline. This test provokes that in a child JVM: the heap is filled while the
 * watchdog is due to look (without thread-local allocation buffers, so that its next allocation fails for sure), then
 * freed, and a session watched afterwards must still be halted.
 */
class WatchdogOutOfMemoryTest {

    @Test
    void heapExhaustedWhileTheWatchdogLooks_laterSessionsAreStillHalted_andNothingIsPrinted() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx24m", "-XX:-UseTLAB", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), Child.class.getName()).start();
        boolean ended = child.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            child.destroyForcibly();
        }
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(ended).as("child ended; stdout: %s; stderr: %s", out, err).isTrue();
        assertThat(out).as("stderr: %s", err).contains("filled", "halted after the heap was freed");
        assertThat(child.exitValue()).as("stdout: %s; stderr: %s", out, err).isZero();
        assertThat(err).doesNotContain("Exception in thread");
    }

    /** Run in the child JVM: exit 0 when a session watched after the heap ran out is halted, 3 when not. */
    public static final class Child {
        private static volatile List<Object> filler;

        public static void main(String[] args) throws IOException {
            AtomicInteger first = new AtomicInteger();
            // a first session keeps the watchdog looking: due in 300 ms, while the heap is full
            SessionWatchdog.watch(session(first), System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300), () -> { });
            fill();
            // hold the heap full past the first deadline, without allocating (printing would fail here)
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1500));
            filler = null;
            System.gc();
            System.out.println("filled");
            AtomicInteger second = new AtomicInteger();
            SessionWatchdog.watch(session(second), System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50), () -> { });
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (second.get() == 0 && System.nanoTime() - until < 0) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
            }
            System.out.println(second.get() > 0 ? "halted after the heap was freed" : "never halted");
            System.exit(second.get() > 0 ? 0 : 3);
        }

        /** Fills the heap with ever smaller arrays until not even the smallest fits. */
        private static void fill() {
            List<Object> held = new ArrayList<>(1 << 16);
            filler = held;
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

        private static KieSession session(AtomicInteger halts) {
            return (KieSession) Proxy.newProxyInstance(KieSession.class.getClassLoader(),
                    new Class<?>[] {KieSession.class}, (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "halt" -> halts.incrementAndGet();
                            case "hashCode" -> {
                                return System.identityHashCode(proxy);
                            }
                            case "equals" -> {
                                return proxy == args[0];
                            }
                            default -> throw new UnsupportedOperationException(method.getName());
                        }
                        return null;
                    });
        }
    }
}
