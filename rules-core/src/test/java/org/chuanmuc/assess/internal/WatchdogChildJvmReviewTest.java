package org.chuanmuc.assess.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chuanmuc.assess.internal.WatchdogFixtures.fillHeap;
import static org.chuanmuc.assess.internal.WatchdogFixtures.runChild;
import static org.chuanmuc.assess.internal.WatchdogFixtures.session;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.Permission;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.chuanmuc.assess.internal.WatchdogFixtures.ChildRun;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;

/**
 * Hostile review of 6e78b9a in child JVMs (as WatchdogOutOfMemoryTest): memory short for seconds, and the one thread
 * failing to start. Only liveness waits with generous limits; the CPU bound is a spin detector (a spinning thread
 * uses the whole window), not a performance figure.
 */
class WatchdogChildJvmReviewTest {

    static boolean await(AtomicInteger halts) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (halts.get() == 0 && System.nanoTime() - until < 0) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
        return halts.get() > 0;
    }

    /**
     * Regression (passes): the heap stays full for 3 s while a deadline is due. The watchdog retries every 10 ms
     * without spinning, prints nothing, and the session due while memory was short is halted once it is freed.
     */
    @Test
    void memoryShortForSeconds_noSpin_nothingPrinted_sessionDueMeanwhileHaltedAfterwards() throws Exception {
        ChildRun r = runChild(LongShortage.class, "-Xmx24m", "-XX:-UseTLAB", "-XX:+UseSerialGC");
        assertThat(r.ended()).as("child ended; stdout: %s; stderr: %s", r.out(), r.err()).isTrue();
        assertThat(r.out()).as("stderr: %s", r.err()).contains("due-while-full halted");
        assertThat(r.exit()).as("stdout: %s; stderr: %s", r.out(), r.err()).isZero();
        assertThat(r.err()).as("a library prints nothing").isEmpty();
        long cpuNanos = Long.parseLong(r.out().replaceAll("(?s).*cpu=(\\d+).*", "$1"));
        // a spinning thread would use about the whole 3 s of the shortage; a 10 ms retry uses milliseconds
        assertThat(cpuNanos).as("watchdog CPU over a 3 s shortage, ns").isLessThan(TimeUnit.MILLISECONDS.toNanos(1500));
    }

    /** Child: exit 0 when the session due while the heap was full is halted after it is freed. */
    public static final class LongShortage {
        private static volatile List<Object> filler;

        public static void main(String[] args) {
            AtomicInteger warm = new AtomicInteger();
            SessionWatchdog.watch(session(warm::incrementAndGet), System.nanoTime(), () -> { });
            if (!await(warm)) {
                System.exit(5);
            }
            Thread watchdog = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().equals(SessionWatchdog.THREAD_NAME)).findFirst().orElseThrow();
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long id = watchdog.getId();
            long before = threads.getThreadCpuTime(id);
            AtomicInteger due = new AtomicInteger();
            SessionWatchdog.watch(session(due::incrementAndGet),
                    System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200), () -> { });
            fill();
            LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(3));
            filler = null;
            System.gc();
            long cpu = threads.getThreadCpuTime(id) - before;
            boolean halted = await(due);
            System.out.println("cpu=" + cpu);
            System.out.println(halted ? "due-while-full halted" : "due-while-full never halted");
            System.exit(halted && watchdog.isAlive() ? 0 : 3);
        }

        private static void fill() {
            List<Object> held = new ArrayList<>(1 << 16);
            filler = held;
            fillHeap(held);

        }
    }

    /**
     * Found in review, fixed. The thread was started in the static initializer of a holder class, on the first
     * {@code watch()}. If starting it fails once — {@code OutOfMemoryError: unable to create native thread} when the
     * process is at its thread limit, i.e. memory running short, which this commit claims the watchdog outlives —
     * the class initialization fails, the JVM marks Holder erroneous, and every later {@code watch()} of the JVM
     * throws NoClassDefFoundError: no session is ever watched again (and each assessment fails), even once threads
     * are available. The first watch is also left in {@code WATCHED}. Here a SecurityManager makes the first thread
     * creation fail with that OutOfMemoryError, deterministically. Expected: a later watch starts the thread (or
     * retries) and its session is halted.
     */
    @Test
    void threadFailsToStartOnce_laterWatchesStillHalted() throws Exception {
        // the fault is injected through a SecurityManager, which Java 24 and later no longer allow
        assumeTrue(Runtime.version().feature() < 24, "needs a SecurityManager (Java 17–23)");
        ChildRun r = runChild(NoThreadOnce.class, "-Djava.security.manager=allow");
        assertThat(r.ended()).as("child ended; stdout: %s; stderr: %s", r.out(), r.err()).isTrue();
        assertThat(r.out()).as("stderr: %s", r.err()).contains("first watch failed");
        assertThat(r.exit()).as("stdout: %s; stderr: %s", r.out(), r.err()).isZero();
    }

    /** Child: exit 0 when a watch after one whose thread could not start is halted; 4 when that watch throws. */
    public static final class NoThreadOnce {
        private static volatile boolean deny = true;

        @SuppressWarnings("removal")
        public static void main(String[] args) {
            AtomicInteger first = new AtomicInteger();
            AtomicInteger second = new AtomicInteger();
            KieSession s1 = session(first::incrementAndGet);
            KieSession s2 = session(second::incrementAndGet);
            System.setSecurityManager(new SecurityManager() {
                @Override
                public void checkPermission(Permission perm) {
                }

                @Override
                public void checkPermission(Permission perm, Object context) {
                }

                @Override
                public void checkAccess(ThreadGroup g) {
                    if (deny) {
                        deny = false;
                        throw new OutOfMemoryError("unable to create native thread: possibly out of memory or"
                                + " process/resource limits reached (test)");
                    }
                }
            });
            try {
                SessionWatchdog.watch(s1, System.nanoTime(), () -> { });
                System.out.println("first watch did not fail");
            } catch (Throwable e) {
                System.out.println("first watch failed: " + e);
            }
            try {
                SessionWatchdog.watch(s2, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20), () -> { });
            } catch (Throwable e) {
                System.out.println("second watch threw: " + e);
                System.exit(4);
            }
            boolean halted = await(second);
            System.out.println(halted ? "second halted" : "second never halted");
            // the first watch threw to its caller, so nothing of it may be left watched: its session is not halted
            System.out.println(first.get() == 0 ? "first not halted" : "first halted although its watch threw");
            System.exit(!halted ? 3 : first.get() != 0 ? 5 : 0);
        }
    }
}
