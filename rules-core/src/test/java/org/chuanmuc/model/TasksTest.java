package org.chuanmuc.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Exact task shortfalls: both sides of each boundary, and the ND 90 condition (b) lower bound. */
class TasksTest {

    @Test
    void missing_eightyPercentOfForty_needsThirtyTwo() {
        assertThat(new Tasks(40, 40, 31, 40).missing(TaskMeasure.ON_TIME, 0.8)).isEqualTo(1);
        assertThat(new Tasks(40, 40, 32, 40).missing(TaskMeasure.ON_TIME, 0.8)).isZero();
        assertThat(new Tasks(40, 40, 40, 40).missing(TaskMeasure.ON_TIME, 0.8)).isZero();
    }

    @Test
    void missing_shareWithoutExactCount_roundsTheRequirementUp() {
        // 80% of 3 = 2.4 tasks: 3 are needed
        assertThat(new Tasks(3, 3, 2, 3).missing(TaskMeasure.ON_TIME, 0.8)).isEqualTo(1);
        assertThat(new Tasks(3, 3, 3, 3).missing(TaskMeasure.ON_TIME, 0.8)).isZero();
        // 0.7 × 10 is 7.000000000000001 in binary floating point; exactly 7 tasks are enough
        assertThat(new Tasks(10, 7, 7, 7).missing(TaskMeasure.COMPLETED, 0.7)).isZero();
        assertThat(new Tasks(10, 6, 6, 6).missing(TaskMeasure.COMPLETED, 0.7)).isEqualTo(1);
    }

    @Test
    void missing_eachMeasureCountsItsOwnTasks() {
        Tasks t = new Tasks(40, 38, 30, 20);
        assertThat(t.missing(TaskMeasure.COMPLETED, 1)).isEqualTo(2);
        assertThat(t.missing(TaskMeasure.ON_TIME, 1)).isEqualTo(10);
        assertThat(t.missing(TaskMeasure.HIGH_QUALITY, 1)).isEqualTo(20);
        assertThat(t.count(TaskMeasure.HIGH_QUALITY)).isEqualTo(20);
    }

    @Test
    void below_matchesMissing_andNothingAssignedIsNeverBelow() {
        assertThat(new Tasks(40, 40, 39, 40).below(TaskMeasure.ON_TIME, 1)).isTrue();
        assertThat(new Tasks(40, 40, 40, 40).below(TaskMeasure.ON_TIME, 1)).isFalse();
        assertThat(Tasks.NONE.below(TaskMeasure.COMPLETED, 1)).isFalse();
        assertThat(Tasks.NONE.missing(TaskMeasure.COMPLETED, 1)).isZero();
    }

    @Test
    void missingNote_saysHowManyAndTheTarget() {
        assertThat(new Tasks(40, 40, 29, 40).missingNote(TaskMeasure.ON_TIME, 0.8))
                .isEqualTo("thiếu 3 việc đúng hạn (cần 32/40, tức 80%)");
        assertThat(new Tasks(40, 40, 40, 40).missingNote(TaskMeasure.ON_TIME, 0.8)).isEmpty();
        assertThat(new Tasks(8, 8, 8, 6).missingNote(TaskMeasure.HIGH_QUALITY, 0.875))
                .isEqualTo("thiếu 1 việc đạt chất lượng (cần 7/8, tức 87,5%)");
    }

    @Test
    void failingAtLeast_isTheLargestShortfall() {
        assertThat(new Tasks(40, 40, 10, 10).failingAtLeast()).isEqualTo(30);
        assertThat(new Tasks(40, 30, 25, 28).failingAtLeast()).isEqualTo(15);
        assertThat(new Tasks(40, 40, 40, 40).failingAtLeast()).isZero();
    }

    @Test
    void failsAtLeast_fiftyPercentIsInclusive_byEachShortfall() {
        // completion
        assertThat(new Tasks(100, 51, 51, 51).failsAtLeast(0.5)).isFalse();
        assertThat(new Tasks(100, 50, 50, 50).failsAtLeast(0.5)).isTrue();
        assertThat(new Tasks(100, 49, 49, 49).failsAtLeast(0.5)).isTrue();
        // on time
        assertThat(new Tasks(100, 100, 51, 100).failsAtLeast(0.5)).isFalse();
        assertThat(new Tasks(100, 100, 50, 100).failsAtLeast(0.5)).isTrue();
        // quality
        assertThat(new Tasks(100, 100, 100, 51).failsAtLeast(0.5)).isFalse();
        assertThat(new Tasks(100, 100, 100, 50).failsAtLeast(0.5)).isTrue();
        // 20 of 40 is exactly one half
        assertThat(new Tasks(40, 20, 20, 20).failsAtLeast(0.5)).isTrue();
        assertThat(new Tasks(40, 21, 21, 21).failsAtLeast(0.5)).isFalse();
        // the example: all completed, 10 on time, 10 at quality
        assertThat(new Tasks(40, 40, 10, 10).failsAtLeast(0.5)).isTrue();
        assertThat(Tasks.NONE.failsAtLeast(0.5)).isFalse();
    }

    @Test
    void failsAtLeast_thirtyPercentOfTen_isExact() {
        // 1 − 7/10 is 0.30000000000000004 in doubles; three failing tasks of ten are exactly 30%
        assertThat(new Tasks(10, 10, 7, 10).failsAtLeast(0.3)).isTrue();
        assertThat(new Tasks(10, 10, 8, 10).failsAtLeast(0.3)).isFalse();
    }

    @Test
    void failingNote_roundsTheLowerBoundDown() {
        assertThat(new Tasks(40, 40, 10, 10).failingNote()).startsWith("ít nhất 75% nhiệm vụ (30/40) không bảo đảm")
                .contains("không đúng hạn 30").contains("không đạt chất lượng 30").contains("chưa hoàn thành 0");
        assertThat(new Tasks(3, 1, 1, 1).failingNote()).startsWith("ít nhất 66,6% nhiệm vụ (2/3)");
        assertThat(Tasks.NONE.failingNote()).isEqualTo("không được giao nhiệm vụ");
    }

    @Test
    void shares_negativeOrNotFinite_areRejected() {
        Tasks t = new Tasks(10, 10, 10, 10);
        assertThatThrownBy(() -> t.missing(TaskMeasure.ON_TIME, -0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> t.failsAtLeast(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
