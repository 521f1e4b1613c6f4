package org.chuanmuc.cli.generate;

import java.util.List;
import java.util.Random;

/**
 * A value with an integer weight, for drawing from a fixed distribution.
 *
 * @param value  the value
 * @param weight its relative weight, ≥ 1
 * @param <T>    the value's type
 */
record Weighted<T>(T value, int weight) {

    /** @return one value, each with probability weight / total weight */
    static <T> T draw(Random random, List<Weighted<T>> choices) {
        int total = 0;
        for (Weighted<T> w : choices) {
            total += w.weight();
        }
        int ticket = random.nextInt(total);
        for (Weighted<T> w : choices) {
            ticket -= w.weight();
            if (ticket < 0) {
                return w.value();
            }
        }
        throw new IllegalStateException("unreachable: weights sum to " + total);
    }
}
