package org.chuanmuc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Results come out in submission order, and none can be lost without a word. */
class InOrderTest {

    @Test
    void finish_deliversEveryResultInSubmissionOrder() {
        List<Integer> seen = new ArrayList<>();
        try (InOrder pipeline = new InOrder(2)) {
            for (int i = 0; i < 20; i++) {
                int n = i;
                pipeline.submit(() -> {
                    Thread.sleep((20 - n) % 3);
                    return n;
                }, seen::add);
            }
            pipeline.finish();
        }
        assertThat(seen).containsExactlyElementsOf(java.util.stream.IntStream.range(0, 20).boxed().toList());
    }

    @Test
    void close_withoutFinish_refusesToDropTheResultsInFlight() {
        List<Integer> seen = new ArrayList<>();
        InOrder pipeline = new InOrder(2);
        pipeline.submit(() -> 1, seen::add);

        assertThatThrownBy(pipeline::close).isInstanceOf(IllegalStateException.class).hasMessageContaining("finish()");
    }

    @Test
    void close_afterAFailedTask_cancelsTheRestWithoutAnotherError() {
        InOrder pipeline = new InOrder(2);
        pipeline.submit(() -> {
            throw new IllegalArgumentException("hỏng");
        }, x -> { });
        pipeline.submit(() -> 2, x -> { });

        assertThatThrownBy(pipeline::finish).isInstanceOf(IllegalArgumentException.class).hasMessage("hỏng");
        pipeline.close(); // no second exception: the failure has been reported
    }

    @Test
    void submit_keepsAtMostTwoPerThreadPlusOneInFlight_andUsesTheOneAhead() {
        int submitted = 0;
        java.util.concurrent.atomic.AtomicInteger handedOn = new java.util.concurrent.atomic.AtomicInteger();
        int most = 0;
        try (InOrder pipeline = new InOrder(1)) {
            for (int i = 0; i < 12; i++) {
                // the third submitted while two are pending is the most in flight: it returns once the oldest is handed on
                pipeline.submit(() -> 0, x -> handedOn.incrementAndGet());
                submitted++;
                most = Math.max(most, submitted - handedOn.get()); // results are handed on on this thread only
            }
            pipeline.finish();
        }
        assertThat(handedOn.get()).isEqualTo(12);
        assertThat(most).as("results still pending when the caller goes on to read the next unit").isEqualTo(2);
    }

    @Test
    void constructor_threadsOutsideOneTo256_isRefused() {
        for (int threads : new int[] {0, -1, 257, 1 << 29, Integer.MAX_VALUE}) {
            assertThatThrownBy(() -> new InOrder(threads)).as("%d", threads)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from 1 to 256");
        }
    }
}
