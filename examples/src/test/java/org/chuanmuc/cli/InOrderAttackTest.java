package org.chuanmuc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile review of {@link InOrder} with {@code 2 × threads + 1} tasks in flight: its failure and abandon paths. (The
 * review also found that {@code --threads 536870912} hung: a fixed pool of 2^29 threads or more never starts one;
 * counts above {@link InOrder#MAX_THREADS} are now refused, see {@code InOrderTest} and {@code CliUserFindingsTest}.)
 * The timeouts here are hang detectors, not speed limits.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class InOrderAttackTest {

    /**
     * Survives (pins the failure path with three in flight): a consumer throwing on the first result surfaces from
     * {@code submit}, exactly once; nothing after it is handed on; close adds no second error.
     */
    @Test
    void consumerThrows_withThreeInFlight_surfacesOnceAndHandsNothingMoreOn() {
        AtomicInteger handed = new AtomicInteger();
        InOrder pipeline = new InOrder(1);
        pipeline.submit(() -> 0, x -> {
            throw new IllegalStateException("ghi hỏng");
        });
        pipeline.submit(() -> 1, x -> handed.incrementAndGet());
        assertThatThrownBy(() -> pipeline.submit(() -> 2, x -> handed.incrementAndGet()))
                .isInstanceOf(IllegalStateException.class).hasMessage("ghi hỏng");
        pipeline.close();
        assertThat(handed).hasValue(0);
    }
    /**
     * Survives (no existing test calls {@code abandon()}): with two tasks still running, {@code abandon()} then
     * {@code close()} raises nothing, hands nothing on, and interrupts the running tasks (AssessCommand's path when
     * the input turns out not grouped by unit).
     */
    @Test
    void abandon_withTasksRunning_closesQuietlyAndCancelsThem() throws InterruptedException {
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch interrupted = new java.util.concurrent.CountDownLatch(1);
        AtomicInteger handed = new AtomicInteger();
        InOrder pipeline = new InOrder(1);
        pipeline.submit(() -> {
            started.countDown();
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return 0;
        }, x -> handed.incrementAndGet());
        pipeline.submit(() -> 1, x -> handed.incrementAndGet());
        started.await();

        pipeline.abandon();
        pipeline.close();

        interrupted.await();
        assertThat(handed).hasValue(0);
    }
}
