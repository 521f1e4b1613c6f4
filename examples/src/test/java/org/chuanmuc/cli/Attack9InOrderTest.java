package org.chuanmuc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile review, round 9: {@link InOrder} with {@code 2 × threads + 1} tasks in flight.
 *
 * <p>The README documents {@code --threads N} with one bound only: below 1 is a usage error (exit 2). Any other
 * value must either run or be refused. {@code Executors.newFixedThreadPool(n)} with {@code n ≥ 2^29} builds a
 * {@code ThreadPoolExecutor} whose core size, masked by its 29-bit worker count, is 0: it never starts a thread,
 * the first task never runs, and {@link InOrder} waits for it forever (its poll only looks for a dead worker).
 * At {@code n ≥ 2^30}, {@code 2 × n + 1} also overflows to a negative limit. The timeouts here are hang detectors,
 * not speed limits.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class Attack9InOrderTest {

    /**
     * Defect: {@code assess --threads 536870912} never ends. Correct per README: exit 0 (assessed) or 2 (usage
     * error), never a hang.
     */
    @Test
    void assess_hugeThreadCount_endsWithAResultOrAUsageError() {
        Cli.Run run = Cli.run("assess", CliSampleTest.SAMPLE, "--threads", String.valueOf(1 << 29));

        assertThat(run.code()).isIn(Main.OK, Main.ERROR);
    }

    /** Defect: the same at the pipeline: the one task submitted is never run, {@code finish()} never returns. */
    @Test
    void inOrder_hugeThreadCount_runsTheTaskOrRefusesTheCount() {
        List<Integer> seen = new ArrayList<>();
        InOrder pipeline;
        try {
            pipeline = new InOrder(1 << 29);
        } catch (IllegalArgumentException refused) {
            return; // refusing the count is correct too
        }
        try (pipeline) {
            pipeline.submit(() -> 7, seen::add);
            pipeline.finish();
        }
        assertThat(seen).containsExactly(7);
    }

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
