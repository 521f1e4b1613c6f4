package org.chuanmuc.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
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
}
