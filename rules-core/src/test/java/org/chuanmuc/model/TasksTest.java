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

    @Test
    void passingAndFailingBounds_bracketTheOverlapTheCountsCannotShow() {
        // 40 done, 28 on time, 30 at quality: at least 18 both, so 12 to 22 failing
        Tasks t = new Tasks(40, 40, 28, 30);
        assertThat(t.passingAtLeast()).isEqualTo(18);
        assertThat(t.failingAtLeast()).isEqualTo(12);
        assertThat(t.failingAtMost()).isEqualTo(22);
        // no overlap can be proved when on time and at quality together do not exceed the completed tasks
        assertThat(new Tasks(40, 40, 10, 10).passingAtLeast()).isZero();
        assertThat(new Tasks(40, 40, 10, 10).failingAtMost()).isEqualTo(40);
    }

    @Test
    void passesAtLeast_eightyPercentOfEighty_isExactAtSixtyFour() {
        assertThat(new Tasks(80, 80, 64, 80).passesAtLeast(0.8)).isTrue();
        assertThat(new Tasks(80, 80, 63, 80).passesAtLeast(0.8)).isFalse();
        // 68 on time and 70 at quality prove only 58 both
        assertThat(new Tasks(80, 80, 68, 70).passesAtLeast(0.8)).isFalse();
        assertThat(Tasks.NONE.passesAtLeast(0.8)).isTrue();
    }

    @Test
    void failsMoreThan_twentyPercentIsNotMoreThanTwentyPercent() {
        assertThat(new Tasks(40, 40, 32, 40).failsMoreThan(0.2)).isFalse();   // 8 of 40 = 20%: "không quá"
        assertThat(new Tasks(40, 40, 31, 40).failsMoreThan(0.2)).isTrue();    // 9 of 40
        assertThat(new Tasks(41, 41, 33, 41).failsMoreThan(0.2)).isFalse();   // 8 of 41 < 8.2
        assertThat(new Tasks(41, 41, 32, 41).failsMoreThan(0.2)).isTrue();    // 9 of 41 > 8.2
        assertThat(Tasks.NONE.failsMoreThan(0.2)).isFalse();
    }

    @Test
    void above_isStrict_andExactInBinaryAwkwardShares() {
        // 0.57 × 100 is 56.99999999999999 in floating point; exactly 57 is not "trên 57%", 58 is
        assertThat(new Tasks(100, 57, 57, 57).above(TaskMeasure.COMPLETED, 0.57)).isFalse();
        assertThat(new Tasks(100, 58, 58, 58).above(TaskMeasure.COMPLETED, 0.57)).isTrue();
        assertThat(new Tasks(30, 21, 21, 21).above(TaskMeasure.COMPLETED, 0.7)).isFalse();
        assertThat(new Tasks(30, 22, 22, 22).above(TaskMeasure.COMPLETED, 0.7)).isTrue();
        assertThat(new Tasks(100, 70, 70, 70).missingAbove(TaskMeasure.COMPLETED, 0.7)).isEqualTo(1);
        assertThat(new Tasks(100, 56, 56, 56).missingAbove(TaskMeasure.COMPLETED, 0.7)).isEqualTo(15);
        assertThat(new Tasks(100, 71, 71, 71).missingAbove(TaskMeasure.COMPLETED, 0.7)).isZero();
        assertThat(new Tasks(100, 70, 70, 70).missingAboveNote(TaskMeasure.COMPLETED, 0.7))
                .isEqualTo("thiếu 1 việc hoàn thành (cần 71/100, tức trên 70%)");
        assertThat(new Tasks(100, 71, 71, 71).missingAboveNote(TaskMeasure.COMPLETED, 0.7)).isEmpty();
        assertThat(Tasks.NONE.above(TaskMeasure.COMPLETED, 0.7)).isTrue();
        assertThat(Tasks.NONE.above(TaskMeasure.COMPLETED, 1)).isFalse();
    }

    @Test
    void missingNotes_joinWhatEachMeasureLacks() {
        assertThat(new Tasks(100, 70, 70, 70).missingNotes(1, 0.8, 0.8)).isEqualTo("thiếu 30 việc hoàn thành (cần"
                + " 100/100, tức 100%), thiếu 10 việc đúng hạn (cần 80/100, tức 80%), thiếu 10 việc đạt chất lượng (cần"
                + " 80/100, tức 80%)");
        assertThat(new Tasks(40, 40, 40, 40).missingNotes(1, 1, 1)).isEmpty();
    }

    @Test
    void missingToFailAtMost_usesOneMinusTheShareExactly() {
        assertThat(new Tasks(40, 40, 29, 40).missingToFailAtMost(0.2)).isEqualTo("thiếu 3 việc đúng hạn (cần 32/40,"
                + " tức 80%)");
        // at most 70% failing: 1 − 0.7 is 0.30000000000000004 in floating point, which would ask 4 of 10 on time
        assertThat(new Tasks(10, 10, 3, 10).missingToFailAtMost(0.7)).isEmpty();
        assertThat(new Tasks(10, 10, 2, 10).missingToFailAtMost(0.7)).isEqualTo("thiếu 1 việc đúng hạn (cần 3/10,"
                + " tức 30%)");
        assertThat(new Tasks(40, 36, 30, 28).missingToFailAtMost(0.2)).isEqualTo("thiếu 4 việc hoàn thành (cần 40/40,"
                + " tức 100%), thiếu 2 việc đúng hạn (cần 32/40, tức 80%), thiếu 4 việc đạt chất lượng (cần 32/40, tức 80%)");
        assertThatThrownBy(() -> new Tasks(1, 1, 1, 1).missingToFailAtMost(1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void percent_isVietnameseAndExact() {
        assertThat(Tasks.percent(0.8)).isEqualTo("80%");
        assertThat(Tasks.percent(0.275)).isEqualTo("27,5%");
        assertThat(Tasks.percent(1)).isEqualTo("100%");
    }

    @Test
    void sumOf_addsTheOfficersCounts() {
        Officer a = Officer.builder("A", "U", Role.HEAD).tasks(40, 40, 40, 40).build();
        Officer b = Officer.builder("B", "U", Role.STAFF).tasks(60, 30, 29, 28).build();
        assertThat(Tasks.sumOf(java.util.List.of(a, b))).isEqualTo(new Tasks(100, 70, 69, 68));
        assertThat(Tasks.sumOf(java.util.List.of())).isEqualTo(Tasks.NONE);
        assertThat(UnitTasks.of(Unit.of("U", "Đội 1"), java.util.List.of(a, b)).summary())
                .isEqualTo("Đơn vị Đội 1: hoàn thành 70/100 (70%), đúng hạn 69/100 (69%), đạt chất lượng 68/100 (68%)");
    }

    @Test
    void countsPastAnInt_areExact() {
        // a unit of three officers with 2 billion tasks each: 6 billion, which an int would wrap to 1.7 billion
        Officer big = Officer.builder("CB-1", "U", Role.STAFF).name("Nguyễn Văn An").monthsWorked(12)
                .tasks(2_000_000_000, 2_000_000_000, 1_999_999_999, 1_000_000_000).build();
        Tasks unit = Tasks.sumOf(java.util.List.of(big, big, big));
        assertThat(unit).isEqualTo(new Tasks(6_000_000_000L, 6_000_000_000L, 5_999_999_997L, 3_000_000_000L));
        // 80% of 6 billion is 4.8 billion: exactly reached on time, 1.8 billion short at quality
        assertThat(unit.below(TaskMeasure.ON_TIME, 0.8)).isFalse();
        assertThat(unit.missing(TaskMeasure.HIGH_QUALITY, 0.8)).isEqualTo(1_800_000_000L);
        assertThat(unit.missingNote(TaskMeasure.ON_TIME, 1))
                .isEqualTo("thiếu 3 việc đúng hạn (cần 6000000000/6000000000, tức 100%)");
        assertThat(unit.passingAtLeast()).isEqualTo(2_999_999_997L);
    }
}
