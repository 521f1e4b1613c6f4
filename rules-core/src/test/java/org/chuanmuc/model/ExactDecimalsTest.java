package org.chuanmuc.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ExactDecimalsTest {

    @Test
    void of_manyValuesAlternatingInFewSlots_alwaysTheValueOfThatDouble() {
        // 10,000 values over 64 slots: every slot is overwritten again and again, and each answer must still be
        // the value of the double asked for, never the one a slot held before
        SplittableRandom random = new SplittableRandom(7);
        double[] cells = {0.5, 0.8, 0.2, 1, 0.7, 20, 70, 50, 90, 0.275, 100, 0.1 + 0.2};
        for (int i = 0; i < 10_000; i++) {
            double v = i % 2 == 0 ? cells[random.nextInt(cells.length)] : random.nextInt(100_000) / 1000.0;
            BigDecimal expected = BigDecimal.valueOf(v);
            assertThat(ExactDecimals.of(v)).as("%s", v).isEqualTo(expected);
            assertThat(ExactDecimals.vietnamese(v)).as("%s", v).isEqualTo(Tasks.vietnameseDecimal(expected));
        }
    }

    @Test
    void vietnamese_tableCells_commaAndNoTrailingZeros() {
        assertThat(ExactDecimals.vietnamese(20)).isEqualTo("20");
        assertThat(ExactDecimals.vietnamese(27.5)).isEqualTo("27,5");
        assertThat(ExactDecimals.vietnamese(0.1 + 0.2)).isEqualTo("0,30000000000000004");
        assertThat(ExactDecimals.vietnamese(-0.0)).isEqualTo("0");
    }

    @Test
    void of_notAFiniteNumber_throwsAsBigDecimalDoes() {
        assertThatThrownBy(() -> ExactDecimals.of(Double.NaN)).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> ExactDecimals.of(Double.POSITIVE_INFINITY))
                .isInstanceOf(NumberFormatException.class);
    }

    @Test
    void share_productsWithCounts_sameAsBigDecimalArithmetic() {
        // the long arithmetic must give what BigDecimal gives, for table cells, shares of many decimals, shares
        // longs cannot hold (the BigDecimal way) and counts up to Integer.MAX_VALUE, where products overflow a long
        SplittableRandom random = new SplittableRandom(11);
        double[] cells = {0, 0.5, 0.8, 0.2, 1, 0.7, 20, 70, 0.275, 0.1 + 0.2, 1e-12, 123456.789, 1e20, 3e-30,
                Double.MIN_VALUE, 4.9e17, Double.MAX_VALUE};
        int[] counts = {0, 1, 7, 40, 100, 1_000_003, Integer.MAX_VALUE};
        for (int i = 0; i < 20_000; i++) {
            double v = i % 3 == 0 ? cells[random.nextInt(cells.length)]
                    : i % 3 == 1 ? random.nextInt(1_000_001) / 1_000_000.0 : random.nextDouble() * 1e6;
            int n = i % 2 == 0 ? counts[random.nextInt(counts.length)] : random.nextInt(Integer.MAX_VALUE);
            long count = random.nextInt(4) == 0 ? random.nextLong(Long.MAX_VALUE) : random.nextLong(2L * Math.max(1, n));
            BigDecimal share = BigDecimal.valueOf(v);
            BigDecimal product = share.multiply(BigDecimal.valueOf(n));
            ExactDecimals.Share s = ExactDecimals.share(v);
            assertThat(s.value()).isEqualTo(share);
            if (product.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
                assertThat(s.ceilTimes(n)).as("⌈%s × %d⌉", v, n)
                        .isEqualTo(product.setScale(0, RoundingMode.CEILING).longValueExact());
                assertThat(s.floorTimes(n)).as("⌊%s × %d⌋", v, n)
                        .isEqualTo(product.setScale(0, RoundingMode.FLOOR).longValueExact());
            } else {
                assertThatThrownBy(() -> s.ceilTimes(n)).isInstanceOf(ArithmeticException.class);
            }
            assertThat(s.compareTimes(count, n)).as("%d vs %s × %d", count, v, n)
                    .isEqualTo(BigDecimal.valueOf(count).compareTo(product));
            if (share.compareTo(BigDecimal.ONE) <= 0) {
                ExactDecimals.Share rest = s.oneMinus();
                BigDecimal expected = BigDecimal.ONE.subtract(share);
                assertThat(rest.value()).isEqualTo(expected);
                assertThat(rest.ceilTimes(Math.min(n, 1_000_000))).as("⌈(1 − %s) × n⌉", v).isEqualTo(
                        expected.multiply(BigDecimal.valueOf(Math.min(n, 1_000_000)))
                                .setScale(0, RoundingMode.CEILING).longValueExact());
            }
        }
    }
}
