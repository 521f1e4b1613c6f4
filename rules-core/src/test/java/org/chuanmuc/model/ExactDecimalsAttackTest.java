package org.chuanmuc.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Attack on the lock-free memo: answers must be exactly {@code BigDecimal.valueOf(v)} (value and scale) and its
 * Vietnamese text whatever other values hit the same slot, from however many threads, and the odd doubles must
 * behave as before.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a hang detector, not a speed limit
class ExactDecimalsAttackTest {

    /** The slot ExactDecimals uses, recomputed to build values that collide on purpose. */
    private static int slot(double v) {
        return (Long.hashCode(Double.doubleToLongBits(v)) * 0x9E3779B9) >>> 26;
    }

    /** Distinct doubles that all fall in one slot. */
    private static double[] colliding(int target, int count) {
        List<Double> found = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(target);
        while (found.size() < count) {
            double v = switch (found.size() % 3) {
                case 0 -> random.nextInt(0, 1_000_000) / 1000.0;
                case 1 -> random.nextDouble(0, 100);
                default -> random.nextInt(0, 200);
            };
            if (slot(v) == target && !found.contains(v)) {
                found.add(v);
            }
        }
        return found.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static void check(double v) {
        BigDecimal expected = BigDecimal.valueOf(v);
        BigDecimal got = ExactDecimals.of(v);
        if (!got.equals(expected) || got.scale() != expected.scale()) { // equals compares the scale too
            throw new AssertionError("of(" + v + ") = " + got + ", expected " + expected);
        }
        String text = ExactDecimals.vietnamese(v);
        if (!text.equals(Tasks.vietnameseDecimal(expected))) {
            throw new AssertionError("vietnamese(" + v + ") = " + text);
        }
    }

    @Test
    void of_valuesCollidingInOneSlot_alwaysTheirOwnDecimal() {
        double[] values = colliding(slot(20.0), 8);
        for (int i = 0; i < 10_000; i++) {
            check(values[i % values.length]);
            check(20.0);
        }
    }

    @Test
    void of_signedZerosAndNeighbours_asBigDecimalValueOf() {
        for (int i = 0; i < 100; i++) {
            for (double v : new double[] {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE,
                -Double.MAX_VALUE, -20, 1e-7, 1e21, 1e22, 0.1 + 0.2, Math.nextUp(70), Math.nextDown(70)}) {
                check(v);
            }
        }
        assertThat(ExactDecimals.of(-0.0).scale()).isEqualTo(BigDecimal.valueOf(-0.0).scale());
        assertThat(ExactDecimals.vietnamese(1e-7)).isEqualTo("0,0000001");
    }

    @Test
    void of_notFinite_throwsTheSameExceptionAsBefore_everyTime() {
        for (double v : new double[] {Double.NaN, Double.longBitsToDouble(0x7ff0000000000123L),
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            String message;
            try {
                BigDecimal.valueOf(v);
                throw new AssertionError("valueOf accepted " + v);
            } catch (NumberFormatException e) {
                message = e.getMessage();
            }
            for (int i = 0; i < 3; i++) { // a failed computation must not leave a slot claiming an answer
                assertThatThrownBy(() -> ExactDecimals.of(v)).isInstanceOf(NumberFormatException.class)
                        .hasMessage(message);
                assertThatThrownBy(() -> ExactDecimals.vietnamese(v)).isInstanceOf(NumberFormatException.class);
            }
        }
        check(0.0); // the zero a NaN's bits never alias
    }

    @Test
    void of_manyThreadsHammeringCollidingValues_neverAnotherValue() throws Exception {
        // four groups of eight values, each group in one slot, asked by 6 threads at once
        List<Double> all = new ArrayList<>();
        for (int target : new int[] {slot(20.0), slot(70.0), slot(0.8), 5}) {
            for (double v : colliding(target, 8)) {
                all.add(v);
            }
        }
        int threads = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int seed = t;
                Callable<Integer> task = () -> {
                    start.await();
                    SplittableRandom random = new SplittableRandom(seed);
                    for (int i = 0; i < 60_000; i++) {
                        check(all.get(random.nextInt(all.size())));
                    }
                    return seed;
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            for (Future<Integer> f : results) {
                f.get(); // rethrows the first wrong answer
            }
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
    }
}
