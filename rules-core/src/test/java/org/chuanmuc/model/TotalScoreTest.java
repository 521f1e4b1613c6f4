package org.chuanmuc.model;

import static org.assertj.core.api.Assertions.assertThat;

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
}
