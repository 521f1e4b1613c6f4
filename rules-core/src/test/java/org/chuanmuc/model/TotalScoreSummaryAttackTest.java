package org.chuanmuc.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Differential attack on the allocation-free {@link TotalScore#summary()}: the code it replaced (494b8b7) is
 * copied here as the oracle, with the parts rounded down as the total is (since round 15, when a part rounded half
 * up could make the parts add up to a band the total shown did not reach), and both must give the same text, or
 * throw the same kind of exception, on inputs
 * chosen to break the fast paths: values a hair either side of a tenth, ties on the hundredth, huge, negative,
 * signed zero, not-a-number, infinities, the task formula and totals next to the band thresholds.
 */
class TotalScoreSummaryAttackTest {

    /** The summary as 494b8b7 wrote it, each part rounded down as its total. */
    private static String oldSummary(TotalScore s) {
        return "tổng " + down(s.total()) + " điểm = tiêu chí chung " + down(s.general())
                + " + kết quả nhiệm vụ " + down(s.tasks()) + (s.tasksComputed() ? " (tính từ số nhiệm vụ)" : "");
    }

    private static String down(double v) {
        return Tasks.vietnameseDecimal(BigDecimal.valueOf(v).setScale(10, RoundingMode.HALF_UP)
                .setScale(1, RoundingMode.FLOOR));
    }

    /** The text, or the exception's class when it throws. */
    private static String outcome(java.util.function.Supplier<String> f) {
        try {
            return f.get();
        } catch (RuntimeException e) {
            return "threw " + e.getClass().getName();
        }
    }

    private static void assertSame(double general, double tasks, boolean computed) {
        TotalScore s = new TotalScore("CB-1", general, tasks, computed);
        assertThat(outcome(s::summary)).as("general %s, tasks %s", general, tasks)
                .isEqualTo(outcome(() -> oldSummary(s)));
    }

    /** Values around every tenth (and hundredth ties) of a range, with their neighbouring doubles. */
    private static List<Double> around(double v) {
        List<Double> out = new ArrayList<>();
        double x = v;
        for (int i = 0; i < 3; i++) {
            out.add(x);
            x = Math.nextUp(x);
        }
        x = Math.nextDown(v);
        for (int i = 0; i < 3; i++) {
            out.add(x);
            x = Math.nextDown(x);
        }
        for (double e : new double[] {1e-13, 1e-12, 1e-11, 5e-11, 1e-10, 1e-9, 1e-7, 1e-6, 1.0000001e-6, 2e-6}) {
            out.add(v + e);
            out.add(v - e);
        }
        return out;
    }

    @Test
    void summary_partsAndTotalsNextToATenth_sameAsTheOldCode() {
        double[] generals = {0, -0.0, 25, 28, 29.9, 30, 12.3, 0.05, 0.15, 1.45, 2.25};
        for (int k = 0; k <= 1000; k++) {
            for (double tasks : around(k / 10.0)) {
                for (double general : generals) {
                    assertSame(general, tasks, k % 2 == 0);
                }
            }
            for (double general : around(k / 100.0 + 0.005)) { // ties on the hundredth of a part
                assertSame(general, 40, false);
            }
        }
    }

    @Test
    void summary_taskFormulaOverManyCounts_sameAsTheOldCode() {
        // TotalScore.of: 70 × (completed + highQuality + onTime) / (3 × assigned); only the sum matters
        for (int assigned = 1; assigned <= 120; assigned++) {
            for (int sum = 0; sum <= 3 * assigned; sum++) {
                double tasks = 70.0 * sum / (3.0 * assigned);
                for (double general : new double[] {0, 20, 25.5, 28, 30}) {
                    assertSame(general, tasks, true);
                }
                // a general score that lands the total on, or a hair around, a band threshold
                for (double threshold : new double[] {50, 70, 90}) {
                    double general = threshold - tasks;
                    assertSame(general, tasks, true);
                    assertSame(Math.nextUp(general), tasks, true);
                    assertSame(Math.nextDown(general), tasks, true);
                }
            }
        }
    }

    @Test
    void summary_hugeNegativeAndNotFinite_sameAsTheOldCode() {
        double[] odd = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MAX_VALUE,
            -Double.MAX_VALUE, Double.MIN_VALUE, -Double.MIN_VALUE, -0.0, 0.0, -0.04, -0.05, -0.06, -0.1, -1.45,
            -12.35, -70, 999_999.95, 1e6, Math.nextDown(1e6), Math.nextUp(1e6), 1e6 + 0.05, 9_999_999.95, 1e7,
            Math.nextDown(1e7), 1e7 + 0.1, 12_345_678.9, 1e8, 1e15 + 0.3, 1e17, 9.2e18, 9.3e18, 1e19, 1e300,
            Long.MAX_VALUE, (double) Long.MIN_VALUE, 4_503_599_627_370_495.5, 0.001, 0.0049, 0.0051, 0.95,
            0.9499999999999999, 0.45, 0.35, 0.25, 0.15};
        for (double general : odd) {
            for (double tasks : odd) {
                assertSame(general, tasks, false);
            }
            assertSame(general, 57.5, true);
            assertSame(28, general, true);
        }
    }

    @Test
    void summary_randomDoublesOfEveryMagnitude_sameAsTheOldCode() {
        SplittableRandom random = new SplittableRandom(2026);
        for (int i = 0; i < 40_000; i++) {
            double general = switch (i % 4) {
                case 0 -> random.nextDouble(-5, 35);
                case 1 -> Double.longBitsToDouble(random.nextLong()); // any double, NaN included
                case 2 -> random.nextInt(-3000, 3001) / 100.0;
                default -> random.nextDouble() * Math.pow(10, random.nextInt(-3, 12));
            };
            double tasks = switch (i % 3) {
                case 0 -> random.nextDouble(0, 70);
                case 1 -> random.nextInt(0, 7001) / 100.0;
                default -> random.nextDouble() * Math.pow(10, random.nextInt(-3, 12)) * (random.nextBoolean() ? 1 : -1);
            };
            assertSame(general, tasks, random.nextBoolean());
        }
    }

    @Test
    void belowAndPointsToNote_thresholdsAndTotalsNextToThem_sameAsBigDecimalValueOf() {
        // below / pointsToNote now take the threshold's decimal from ExactDecimals: the old code used
        // BigDecimal.valueOf(threshold) directly
        double[] thresholds = {50, 70, 90, 0, -0.0, 0.1, 69.95, 12.345, 1e-7, 1e20, 70.00000000001};
        for (int assigned = 1; assigned <= 40; assigned++) {
            for (int sum = 0; sum <= 3 * assigned; sum++) {
                double tasks = 70.0 * sum / (3.0 * assigned);
                for (double threshold : thresholds) {
                    for (double general : new double[] {threshold - tasks, Math.nextUp(threshold - tasks), 20}) {
                        TotalScore s = new TotalScore("CB-1", general, tasks, true);
                        BigDecimal exactTotal = BigDecimal.valueOf(s.total()).setScale(10, RoundingMode.HALF_UP);
                        BigDecimal t = BigDecimal.valueOf(threshold);
                        boolean oldBelow = Math.abs(s.total() - threshold) > 1e-6 ? s.total() < threshold
                                : exactTotal.compareTo(t) < 0;
                        BigDecimal gap = t.subtract(exactTotal);
                        BigDecimal needed = gap.signum() <= 0 ? BigDecimal.ZERO : gap.setScale(1, RoundingMode.CEILING);
                        String target = Tasks.vietnameseDecimal(t);
                        String oldNote = needed.signum() == 0 ? "đạt " + target + " điểm"
                                : "cần thêm " + Tasks.vietnameseDecimal(needed) + " điểm (đạt " + target + ")";
                        assertThat(s.below(threshold)).as("%s + %s < %s", general, tasks, threshold)
                                .isEqualTo(oldBelow);
                        assertThat(s.pointsToNote(threshold)).isEqualTo(oldNote);
                        assertThat(s.pointsTo(threshold)).isEqualTo(needed.doubleValue());
                    }
                }
            }
        }
    }
}
