package org.chuanmuc.model;

import java.math.BigDecimal;

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

    private record Entry(long bits, BigDecimal value, String vietnamese) {
    }

    private static final Entry[] MEMO = new Entry[SLOTS];

    private ExactDecimals() {
    }

    /**
     * @return {@code BigDecimal.valueOf(v)}
     * @throws NumberFormatException when {@code v} is not a finite number, as {@link BigDecimal#valueOf(double)}
     */
    static BigDecimal of(double v) {
        return entry(v).value();
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
        Entry entry = new Entry(bits, value, Tasks.vietnameseDecimal(value));
        MEMO[slot] = entry;
        return entry;
    }
}
