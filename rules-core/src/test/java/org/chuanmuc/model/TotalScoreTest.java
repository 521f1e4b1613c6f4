package org.chuanmuc.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Score bands compared exactly and the points still needed, with their Vietnamese wording. */
class TotalScoreTest {

    private static TotalScore of(int assigned, int completed, int onTime, int highQuality, double general) {
        return TotalScore.of(Officer.builder("CB-1", "PC08", Role.STAFF).tasks(assigned, completed, onTime, highQuality)
                .generalScore(general).build(), 70);
    }

    @Test
    void of_computedTaskPointsOnABoundary_areExact() {
        // 70 × (7 + 4 + 4) / (3 × 7) = 50 exactly: 20 + 50 = 70 is "tốt", not 69.999…
        TotalScore t = of(7, 7, 4, 4, 20);
        assertThat(t.total()).isEqualTo(70.0);
        assertThat(t.below(70)).isFalse();
        assertThat(t.below(70.0000001)).isTrue();
        assertThat(t.tasksComputed()).isTrue();
    }

    @Test
    void of_countsOfTwoBillion_giveAllTaskPoints() {
        // every task completed, on time and at quality: all 70 task points. The three counts were added as ints, and 6
        // billion wrapped around to 1.7 billion (19.9 points)
        TotalScore t = of(2_000_000_000, 2_000_000_000, 2_000_000_000, 2_000_000_000, 28);
        assertThat(t.tasks()).isEqualTo(70.0);
        assertThat(t.total()).isEqualTo(98.0);
    }

    @Test
    void below_bothSidesOfEachBand() {
        assertThat(new TotalScore("CB-1", 20, 69.9, false).below(90)).isTrue();
        assertThat(new TotalScore("CB-1", 20, 70, false).below(90)).isFalse();
        assertThat(new TotalScore("CB-1", 19.9, 50, false).below(70)).isTrue();
        assertThat(new TotalScore("CB-1", 0, 50, false).below(50)).isFalse();
        assertThat(new TotalScore("CB-1", 0, 49.9, false).below(50)).isTrue();
    }

    @Test
    void pointsTo_roundsUpToOneDecimal() {
        // 25 + 70 × 53 / 120 = 55.9166…: 14.08… points are missing, said as 14.1
        TotalScore t = of(40, 20, 17, 16, 25);
        assertThat(t.pointsTo(70)).isEqualTo(14.1);
        assertThat(t.pointsToNote(70)).isEqualTo("cần thêm 14,1 điểm (đạt 70)");
        assertThat(new TotalScore("CB-1", 25, 40, false).pointsTo(70)).isEqualTo(5.0);
        assertThat(new TotalScore("CB-1", 25, 40, false).pointsToNote(70)).isEqualTo("cần thêm 5 điểm (đạt 70)");
        assertThat(new TotalScore("CB-1", 25, 45, false).pointsTo(70)).isZero();
        assertThat(new TotalScore("CB-1", 25, 45, false).pointsToNote(70)).isEqualTo("đạt 70 điểm");
        assertThat(new TotalScore("CB-1", 25.05, 45, false).pointsToNote(90)).isEqualTo("cần thêm 20 điểm (đạt 90)");
    }

    @Test
    void pointsTo_exactTotalOnBoundary_needsNothingMore() {
        assertThat(of(7, 7, 4, 4, 20).pointsTo(70)).isZero();
        assertThat(of(7, 7, 4, 4, 20).pointsTo(90)).isEqualTo(20.0);
    }

    @Test
    void summary_totalRoundedDown_neverReadsAsReachingABandItMisses() {
        TotalScore justBelow = new TotalScore("CB-1", 30, 39.96, false);

        assertThat(justBelow.below(70)).isTrue();
        assertThat(justBelow.summary()).startsWith("tổng 69,9 điểm");
        assertThat(justBelow.pointsToNote(70)).isEqualTo("cần thêm 0,1 điểm (đạt 70)");
    }

    @Test
    void summary_totalAndPointsStillNeeded_addUpToTheThreshold() {
        TotalScore score = new TotalScore("CB-1", 10, 14.15, true); // 24,15 in all

        assertThat(score.summary()).startsWith("tổng 24,1 điểm");
        assertThat(score.pointsToNote(50)).isEqualTo("cần thêm 25,9 điểm (đạt 50)"); // 24,1 + 25,9 = 50
    }

    @Test
    void summary_manyTotals_asTheDecimalArithmeticOfItsDocumentation() {
        // the total and each part as the Javadoc states it: rounded to 10 decimals, then down to one decimal,
        // without a trailing ",0"
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 20_000; i++) {
            double general = switch (i % 4) {
                case 0 -> random.nextInt(301) / 10.0; // whole tenths, as councils score
                case 1 -> random.nextDouble(0, 30);
                default -> random.nextInt(31);
            };
            double tasks = switch (i % 5) {
                case 0 -> random.nextDouble(0, 70);
                case 1 -> random.nextInt(701) / 10.0 - 1e-12 * random.nextInt(3); // just below a tenth
                case 2 -> random.nextInt(701) / 10.0 + 1e-12 * random.nextInt(3); // just above
                default -> {
                    int assigned = 1 + random.nextInt(60); // the task formula of TotalScore.of
                    yield 70.0 * (random.nextInt(assigned + 1) + random.nextInt(assigned + 1)
                            + random.nextInt(assigned + 1)) / (3.0 * assigned);
                }
            };
            TotalScore score = new TotalScore("CB-1", general, tasks, false);
            String total = decimal(BigDecimal.valueOf(general + tasks).setScale(10, RoundingMode.HALF_UP)
                    .setScale(1, RoundingMode.FLOOR));
            String expected = "tổng " + total + " điểm = tiêu chí chung "
                    + decimal(BigDecimal.valueOf(general).setScale(10, RoundingMode.HALF_UP).setScale(1, RoundingMode.FLOOR))
                    + " + kết quả nhiệm vụ "
                    + decimal(BigDecimal.valueOf(tasks).setScale(10, RoundingMode.HALF_UP).setScale(1, RoundingMode.FLOOR));
            assertThat(score.summary()).as("general %s, tasks %s", general, tasks).isEqualTo(expected);
        }
    }

    @Test
    void pointsToNote_manyTotalsAndThresholds_asTheDecimalArithmeticOfItsDocumentation() {
        // the points still needed as documented: the threshold's decimal minus the total rounded to 10 decimals,
        // rounded up to one decimal; "đạt … điểm" when nothing is needed
        SplittableRandom random = new SplittableRandom(12);
        for (int i = 0; i < 50_000; i++) {
            double general = switch (i % 3) {
                case 0 -> random.nextInt(301) / 10.0;
                case 1 -> random.nextDouble(0, 30);
                default -> random.nextInt(31);
            };
            double tasks = switch (i % 5) {
                case 0 -> random.nextDouble(0, 70);
                case 1 -> random.nextInt(701) / 10.0 - 1e-12 * random.nextInt(3);
                case 2 -> random.nextInt(701) / 10.0 + 1e-12 * random.nextInt(3);
                default -> {
                    int assigned = 1 + random.nextInt(60);
                    yield 70.0 * (random.nextInt(assigned + 1) + random.nextInt(assigned + 1)
                            + random.nextInt(assigned + 1)) / (3.0 * assigned);
                }
            };
            double threshold = switch (i % 4) {
                case 0 -> new double[] {90, 70, 50}[random.nextInt(3)]; // the decree's bands
                case 1 -> random.nextInt(1001) / 10.0; // a band a province could write
                case 2 -> general + tasks + (random.nextInt(21) - 10) / 10.0 + 1e-12 * (random.nextInt(5) - 2);
                default -> random.nextDouble(0, 100);
            };
            TotalScore score = new TotalScore("CB-1", general, tasks, false);
            BigDecimal gap = BigDecimal.valueOf(threshold)
                    .subtract(BigDecimal.valueOf(general + tasks).setScale(10, RoundingMode.HALF_UP));
            String target = decimal(BigDecimal.valueOf(threshold));
            String expected = gap.signum() <= 0 ? "đạt " + target + " điểm"
                    : "cần thêm " + decimal(gap.setScale(1, RoundingMode.CEILING)) + " điểm (đạt " + target + ")";
            assertThat(score.pointsToNote(threshold)).as("general %s, tasks %s, threshold %s", general, tasks,
                    threshold).isEqualTo(expected);
        }
    }

    private static String decimal(BigDecimal oneDecimal) {
        BigDecimal v = oneDecimal.stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString().replace('.', ',');
    }
}
