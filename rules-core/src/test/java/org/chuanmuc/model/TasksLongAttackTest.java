package org.chuanmuc.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Hostile review of c79226b: {@code Tasks} is now a record of longs, public, with a constructor that takes any count
 * ≥ 0 that is consistent. Whatever it accepts, its documented arithmetic must hold (no wrap-around, no wrong text).
 */
class TasksLongAttackTest {
    private static final long MAX = Long.MAX_VALUE;

    // ---- findings ----------------------------------------------------------------------------------------------

    @Test
    void totalScore_allTasksDoneOnTimeAtQuality_isAll70Points_forLongCountsTheConstructorAccepts() {
        // TotalScore.of: task points = maxTaskPoints × (quantity% + quality% + progress%) / 3. Every task completed,
        // on time and at quality is 100% of each: 70 points. completed + highQuality + onTime is added in a long:
        // 3 × 4·10^18 wraps to a negative number, and the officer gets −37.6 task points.
        long n = 4_000_000_000_000_000_000L;
        Officer o = new Officer("CB-1", "Nguyễn Văn An", "PC08", Optional.empty(), Role.STAFF, false, 12,
                new Tasks(n, n, n, n), Optional.of(new Scores(28, Optional.empty())), List.of(), List.of(), List.of(),
                List.of(), List.of());
        assertThat(TotalScore.of(o, 70).tasks()).isEqualTo(70.0);
    }

    @Test
    void above_oneHundredPercent_isNeverTrue_evenForTheLargestCount() {
        // Javadoc: "Whether count / assigned is strictly above the share". 0 of 2^63 − 1 is not above 100%; before
        // c79226b the sum was guarded by Math.toIntExact, now floorTimes(assigned) + 1 wraps to Long.MIN_VALUE and
        // missingAbove answers 0 ("already above").
        Tasks none = new Tasks(MAX, 0, 0, 0);
        assertThat(none.above(TaskMeasure.COMPLETED, 1)).isFalse();
        assertThat(none.missingAboveNote(TaskMeasure.COMPLETED, 1)).isNotEmpty();
    }

    @Test
    void missingAboveNote_neverShowsANegativeCount() {
        // "thiếu N việc … (cần X/assigned, tức trên P%)": X is count + missing; for the largest count it wraps
        Tasks almost = new Tasks(MAX, MAX - 1, 0, 0);
        assertThat(almost.missingAboveNote(TaskMeasure.COMPLETED, 1)).doesNotContain("-")
                .contains("cần 9223372036854775808/9223372036854775807");
    }

    // ---- promises at risk in the change, which hold -----------------------------------------------------------

    @Test
    void largeCounts_belowMissingAndNotes_areExact() {
        Tasks t = new Tasks(5_000_000_000L, 2_500_000_000L, 2_000_000_000L, 2_500_000_000L);
        assertThat(t.below(TaskMeasure.COMPLETED, 0.5)).isFalse(); // exactly 50% is not "dưới 50%"
        assertThat(t.below(TaskMeasure.ON_TIME, 0.5)).isTrue();
        assertThat(t.missing(TaskMeasure.COMPLETED, 0.6)).isEqualTo(500_000_000L);
        assertThat(t.missingNote(TaskMeasure.COMPLETED, 0.6))
                .isEqualTo("thiếu 500000000 việc hoàn thành (cần 3000000000/5000000000, tức 60%)");
        assertThat(t.summary()).isEqualTo("hoàn thành 2500000000/5000000000 (50%), đúng hạn 2000000000/5000000000"
                + " (40%), đạt chất lượng 2500000000/5000000000 (50%)");
        assertThat(t.failingAtLeast()).isEqualTo(3_000_000_000L);
        assertThat(t.failsAtLeast(0.5)).isTrue();
        assertThat(t.failingAtLeastNote()).isEqualTo("ít nhất 60% nhiệm vụ (3000000000/5000000000) không bảo đảm"
                + " tiến độ, chất lượng");
        assertThat(Tasks.percent(0.275)).isEqualTo("27,5%");
    }

    @Test
    void rankKey_comparesRatiosOfCountsPastAnInt() {
        // 3·10^9 of 4·10^9 (75%) ranks before 2 of 3 (66.7%), and 2^31 of 2^32 ties with 1 of 2
        ProposedRating big = rated("A", new Tasks(4_000_000_000L, 3_000_000_000L, 0, 3_000_000_000L));
        ProposedRating small = rated("B", new Tasks(3, 2, 0, 2));
        assertThat(RankKey.COMPLETION.compare(big, small)).isNegative();
        assertThat(RankKey.QUALITY.compare(small, big)).isPositive();
        ProposedRating half = rated("C", new Tasks(1L << 32, 1L << 31, 0, 0));
        ProposedRating alsoHalf = rated("D", new Tasks(2, 1, 0, 0));
        assertThat(RankKey.COMPLETION.compare(half, alsoHalf)).isZero();
        ProposedRating huge = rated("E", new Tasks(MAX, MAX - 1, 0, 0));
        ProposedRating all = rated("F", new Tasks(MAX - 1, MAX - 1, 0, 0));
        assertThat(RankKey.COMPLETION.compare(all, huge)).isNegative();
    }

    @Test
    void totalScore_ofTwoBillionPlusCounts_isExact() {
        long n = 5_000_000_000L;
        Officer o = new Officer("CB-1", "Nguyễn Văn An", "PC08", Optional.empty(), Role.STAFF, false, 12,
                new Tasks(n, n, n, n), Optional.of(new Scores(28, Optional.empty())), List.of(), List.of(), List.of(),
                List.of(), List.of());
        assertThat(TotalScore.of(o, 70).tasks()).isEqualTo(70.0);
    }

    private static ProposedRating rated(String id, Tasks tasks) {
        return new ProposedRating(id, "PC08", Optional.empty(), Role.STAFF, RatingLevel.HOAN_THANH_XUAT_SAC, tasks,
                Optional.empty(), true);
    }
}
