package org.chuanmuc.assess.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chuanmuc.assess.internal.WatchdogFixtures.await;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.chuanmuc.assess.internal.WatchdogFixtures.Isolated;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;

/**
 * Hostile review of a9ed901 (a failed halt is tried again, backing off from 10 ms to 1 s, until it succeeds or the
 * watch closes). Each test loads SessionWatchdog in a class loader of its own. Liveness waits with generous limits;
 * the only bound on counts is far above what the documented back-off allows (it guards against a spin).
 */
class WatchdogRetryReviewTest {
    /** A session proxy counting halts; each halt throws while {@code failing}. */
    private static KieSession session(AtomicInteger halts, boolean failing) {
        return WatchdogFixtures.session(() -> {
            halts.incrementAndGet();
            if (failing) {
                throw new IllegalStateException("halt failed (review)");
            }
        });
    }

    @Test
    void haltFailingForever_retriedWithBackOff_otherSessionsHalted_closeStopsIt() throws Exception {
        try (Isolated loader = new Isolated()) {
            AtomicInteger failing = new AtomicInteger();
            Object bad = loader.watch(session(failing, true), System.nanoTime(), () -> { });
            assertThat(await(failing, 3)).as("a failed halt is tried again").isTrue();

            AtomicInteger good = new AtomicInteger();
            loader.watch(session(good, false), System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200), () -> { });
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
                watches.add(loader.watch(session(failing, true), now, () -> { }));
            }
            assertThat(await(failing, 4000)).as("each failed halt tried again").isTrue();

            AtomicInteger good = new AtomicInteger();
            Object ok = loader.watch(session(good, false), System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100),
                    () -> { });
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
