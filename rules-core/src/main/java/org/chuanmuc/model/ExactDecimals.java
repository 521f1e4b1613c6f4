package org.chuanmuc.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The exact decimals of the few {@code double}s the rules pass again and again: table cells such as {@code 0.8},
 * {@code 20} or {@code 70}. {@link BigDecimal#valueOf(double)} goes through {@link Double#toString(double)}, which
 * costs more than the comparison it serves; this remembers the last value seen in each of a few slots.
 *
 * <p>Slots are read and written without locks: an entry is immutable and reached through final fields, so a
 * thread sees either a whole entry or none, and a miss only computes the value again.
 */
final class ExactDecimals {
    private static final int SLOTS = 64;

    private record Entry(long bits, Share share, String vietnamese) {
    }

    /** 10^0 … 10^18, the scales a long divisor can hold. */
    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    private static final Entry[] MEMO = new Entry[SLOTS];

    private ExactDecimals() {
    }

    /**
     * @return {@code BigDecimal.valueOf(v)}
     * @throws NumberFormatException when {@code v} is not a finite number, as {@link BigDecimal#valueOf(double)}
     */
    static BigDecimal of(double v) {
        return entry(v).share().value();
    }

    /**
     * @return {@code BigDecimal.valueOf(v)} as a {@link Share}, for exact arithmetic with counts
     * @throws NumberFormatException when {@code v} is not a finite number, as {@link BigDecimal#valueOf(double)}
     */
    static Share share(double v) {
        return entry(v).share();
    }

    /** @return {@code Tasks.vietnameseDecimal(BigDecimal.valueOf(v))}, e.g. {@code "27,5"} */
    static String vietnamese(double v) {
        return entry(v).vietnamese();
    }

    private static Entry entry(double v) {
        long bits = Double.doubleToLongBits(v);
        int slot = (Long.hashCode(bits) * 0x9E3779B9) >>> (Integer.SIZE - Integer.numberOfTrailingZeros(SLOTS));
        Entry known = MEMO[slot];
        if (known != null && known.bits() == bits) {
            return known;
        }
        BigDecimal value = BigDecimal.valueOf(v);
        Entry entry = new Entry(bits, Share.of(value), Tasks.vietnameseDecimal(value));
        MEMO[slot] = entry;
        return entry;
    }

    /**
     * A decimal share of tasks, e.g. {@code 0.8}, multiplied by and compared with counts exactly. A table cell such
     * as {@code 0.8} is {@code 8 / 10}: with the numerator and the power of ten in longs, the products of a count
     * need no {@link BigDecimal} (which cost more than the rule's whole condition); shares longs cannot hold, or
     * products that would overflow, take the {@link BigDecimal} way, with the same results.
     *
     * @param value     the share
     * @param unscaled  {@code value × divisor}, when {@code divisor > 0}
     * @param divisor   {@code 10^scale} of a share ≥ 0 with {@code 0 ≤ scale ≤ 18} and an unscaled value below
     *                  2^62; 0 when it has none of that (then only {@code value} is used)
     */
    record Share(BigDecimal value, long unscaled, long divisor) {
        static Share of(BigDecimal value) {
            int scale = value.scale();
            if (value.signum() >= 0 && scale >= 0 && scale < POWERS_OF_TEN.length
                    && value.unscaledValue().bitLength() < 62) {
                return new Share(value, value.unscaledValue().longValue(), POWERS_OF_TEN[scale]);
            }
            return new Share(value, 0, 0);
        }

        /** @return {@code 1 − value}, exactly */
        Share oneMinus() {
            BigDecimal rest = BigDecimal.ONE.subtract(value);
            if (divisor > 0 && unscaled <= divisor) {
                return new Share(rest, divisor - unscaled, divisor);
            }
            return of(rest);
        }

        private boolean fast(long count, long n) {
            return divisor > 0 && n >= 0 && count >= 0 && unscaled <= Long.MAX_VALUE / Math.max(1, n)
                    && count <= Long.MAX_VALUE / divisor;
        }

        /** @return {@code ⌈value × n⌉} for a count {@code n ≥ 0} */
        long ceilTimes(long n) {
            if (fast(0, n)) {
                long product = unscaled * n;
                return product / divisor + (product % divisor == 0 ? 0 : 1);
            }
            return value.multiply(BigDecimal.valueOf(n)).setScale(0, RoundingMode.CEILING).longValueExact();
        }

        /** @return {@code ⌊value × n⌋} for a count {@code n ≥ 0} */
        long floorTimes(long n) {
            if (fast(0, n)) {
                return unscaled * n / divisor;
            }
            return value.multiply(BigDecimal.valueOf(n)).setScale(0, RoundingMode.FLOOR).longValueExact();
        }

        /** @return the sign of {@code count − value × n}, for counts ≥ 0 */
        int compareTimes(long count, long n) {
            if (fast(count, n)) {
                return Long.compare(count * divisor, unscaled * n);
            }
            return BigDecimal.valueOf(count).compareTo(value.multiply(BigDecimal.valueOf(n)));
        }
    }
}
