package org.chuanmuc.assess.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chuanmuc.assess.internal.WatchdogFixtures.fillHeap;
import static org.chuanmuc.assess.internal.WatchdogFixtures.runChild;
import static org.chuanmuc.assess.internal.WatchdogFixtures.session;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.chuanmuc.assess.internal.WatchdogFixtures.ChildRun;
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
        ChildRun r = runChild(Child.class, "-Xmx24m", "-XX:-UseTLAB",
                "-XX:+UseSerialGC");
        assertThat(r.ended()).as("child ended; stdout: %s; stderr: %s", r.out(), r.err()).isTrue();
        assertThat(r.out()).as("stderr: %s", r.err()).contains("filled", "halted after the heap was freed");
        assertThat(r.exit()).as("stdout: %s; stderr: %s", r.out(), r.err()).isZero();
        assertThat(r.err()).doesNotContain("Exception in thread");
    }

    /** Run in the child JVM: exit 0 when a session watched after the heap ran out is halted, 3 when not. */
    public static final class Child {
        private static volatile List<Object> filler;

        public static void main(String[] args) {
            AtomicInteger first = new AtomicInteger();
            // a first session keeps the watchdog looking: due in 300 ms, while the heap is full
            SessionWatchdog.watch(session(first::incrementAndGet),
                    System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300), () -> { });
            fill();
            // hold the heap full past the first deadline, without allocating (printing would fail here)
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1500));
            filler = null;
            System.gc();
            System.out.println("filled");
            AtomicInteger second = new AtomicInteger();
            SessionWatchdog.watch(session(second::incrementAndGet),
                    System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50), () -> { });
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (second.get() == 0 && System.nanoTime() - until < 0) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
            }
            System.out.println(second.get() > 0 ? "halted after the heap was freed" : "never halted");
            System.exit(second.get() > 0 ? 0 : 3);
        }

        /** Fills the heap, held only by {@link #filler} once this returns. */
        private static void fill() {
            List<Object> held = new ArrayList<>(1 << 16);
            filler = held;
            fillHeap(held);
        }
    }
}
