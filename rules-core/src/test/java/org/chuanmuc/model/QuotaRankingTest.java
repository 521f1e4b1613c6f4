package org.chuanmuc.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The cap counted against the final number rated tốt, and the ranking by named keys. */
class QuotaRankingTest {
    private static final Unit UNIT = Unit.of("PC08", "Phòng Cảnh sát giao thông");
    private static final List<RankKey> BY_SCORE = List.of(RankKey.TOTAL_SCORE, RankKey.COMPLETION, RankKey.QUALITY,
            RankKey.OFFICER_ID);

    private static ProposedRating candidate(String id, double score, int completed, int highQuality) {
        return new ProposedRating(id, "PC08", Optional.empty(), Role.STAFF, RatingLevel.HOAN_THANH_XUAT_SAC,
                new Tasks(40, completed, completed, highQuality), Optional.of(score));
    }

    @Test
    void capFor_twentyPercent_atTheIssuesExamples() {
        assertThat(QuotaRanking.capFor(6, 7, 20)).isEqualTo(2);   // 2 ≤ 20% × 11; 3 > 20% × 10
        assertThat(QuotaRanking.capFor(0, 10, 20)).isEqualTo(1);  // ten officers all at 95
        assertThat(QuotaRanking.capFor(10, 4, 20)).isEqualTo(2);
        assertThat(QuotaRanking.capFor(4, 1, 20)).isZero();
    }

    @Test
    void capFor_boundariesOfFiveSixThirtyThirtyOne() {
        assertThat(QuotaRanking.capFor(0, 5, 20)).isZero();
        assertThat(QuotaRanking.capFor(0, 6, 20)).isEqualTo(1);
        assertThat(QuotaRanking.capFor(0, 11, 20)).isEqualTo(1);
        assertThat(QuotaRanking.capFor(0, 12, 20)).isEqualTo(2);
        // 0.2 × 30 / 1.2 is 4.999999999999999 in doubles; the decree's answer is 5
        assertThat(QuotaRanking.capFor(0, 30, 20)).isEqualTo(5);
        assertThat(QuotaRanking.capFor(0, 31, 20)).isEqualTo(5);
        assertThat(QuotaRanking.capFor(0, 35, 20)).isEqualTo(5);
        assertThat(QuotaRanking.capFor(0, 36, 20)).isEqualTo(6);
    }

    @Test
    void capFor_neverMoreThanTheCandidates() {
        assertThat(QuotaRanking.capFor(100, 3, 20)).isEqualTo(3);
        assertThat(QuotaRanking.capFor(100, 0, 20)).isZero();
        assertThat(QuotaRanking.capFor(0, 0, 20)).isZero();
    }

    @Test
    void capFor_twentyPercent_isTheSixthOfEveryoneForSmallGroups() {
        for (int t = 0; t <= 60; t++) {
            for (int c = 0; c <= 60; c++) {
                assertThat(QuotaRanking.capFor(t, c, 20)).as("T=%d C=%d", t, c).isEqualTo(Math.min(c, (t + c) / 6));
            }
        }
    }

    @Test
    void capFor_otherPercentages_largestThatStillFits() {
        // x ≤ p/100 × (T + C − x), in integers: 100x ≤ p(T + C − x)
        for (int p : new int[] {0, 5, 10, 15, 25, 30, 33, 50, 100}) {
            for (int t = 0; t <= 40; t++) {
                for (int c = 0; c <= 40; c++) {
                    int x = QuotaRanking.capFor(t, c, p);
                    assertThat(100L * x).as("p=%d T=%d C=%d fits", p, t, c).isLessThanOrEqualTo((long) p * (t + c - x));
                    if (x < c) {
                        assertThat(100L * (x + 1)).as("p=%d T=%d C=%d one more breaks it", p, t, c)
                                .isGreaterThan((long) p * (t + c - x - 1));
                    }
                }
            }
        }
        assertThat(QuotaRanking.capFor(0, 9, 12.5)).isEqualTo(1);   // 12.5 × 9 / 112.5 = 1 exactly
        assertThat(QuotaRanking.capFor(0, 8, 12.5)).isZero();
    }

    @Test
    void capFor_negativeOrNotFinitePercentage_isRejected() {
        assertThatThrownBy(() -> QuotaRanking.capFor(1, 1, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QuotaRanking.capFor(1, 1, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void of_ranksByScoreThenCompletionThenQualityThenId() {
        List<ProposedRating> candidates = List.of(
                candidate("C-C", 95, 39, 39),   // lower completion
                candidate("C-E", 95, 40, 40),
                candidate("C-D", 95, 40, 36),   // lower quality
                candidate("C-A", 95, 40, 40),   // same as C-E: id decides
                candidate("C-B", 96, 38, 30));  // best score wins despite the rest
        QuotaRanking q = QuotaRanking.of(UNIT, "", candidates, 6, 20, BY_SCORE);
        assertThat(List.of("C-B", "C-A", "C-E", "C-D", "C-C")).extracting(q::placeOf).containsExactly(1, 2, 3, 4, 5);
        assertThat(q.cap()).isEqualTo(1);   // ⌊(6 + 5) / 6⌋
        assertThat(q.keeps("C-B")).isTrue();
        assertThat(q.keeps("C-A")).isFalse();
        assertThat(q.keeps("nobody")).isFalse();
        assertThat(q.placeOf("nobody")).isZero();
        assertThat(q.finalGood()).isEqualTo(10);
    }

    @Test
    void of_orderUpTo2025_ignoresScores() {
        QuotaRanking q = QuotaRanking.of(UNIT, "", List.of(candidate("A", 99, 39, 39), candidate("B", 91, 40, 30)), 10,
                20, QuotaRanking.DEFAULT_ORDER_TO_2025);
        assertThat(q.placeOf("B")).isEqualTo(1);
        assertThat(q.order()).containsExactly(RankKey.COMPLETION, RankKey.QUALITY, RankKey.OFFICER_ID);
    }

    @Test
    void of_orderWithoutId_getsTheIdLast() {
        QuotaRanking q = QuotaRanking.of(UNIT, "", List.of(candidate("B", 95, 40, 40), candidate("A", 95, 40, 40)), 0, 20,
                List.of(RankKey.OFFICER_ID, RankKey.TOTAL_SCORE, RankKey.TOTAL_SCORE));
        assertThat(q.order()).containsExactly(RankKey.TOTAL_SCORE, RankKey.OFFICER_ID);
        assertThat(q.placeOf("A")).isEqualTo(1);
    }

    @Test
    void explain_namesTheGroupCountsCapAndPlace() {
        List<ProposedRating> candidates = List.of(candidate("C-1", 99, 40, 40), candidate("C-2", 98, 40, 40),
                candidate("C-3", 97, 40, 40), candidate("C-4", 96, 40, 40), candidate("C-5", 95, 40, 40),
                candidate("C-6", 94, 40, 40), candidate("C-7", 93, 40, 40));
        QuotaRanking q = QuotaRanking.of(UNIT, "Điều tra", candidates, 6, 20, BY_SCORE);
        assertThat(q.explain("C-3")).isEqualTo("Nhóm «Điều tra» của đơn vị Phòng Cảnh sát giao thông: 6 người Hoàn thành"
                + " tốt và 7 người đủ điều kiện Hoàn thành xuất sắc; tối đa 2 người giữ mức (2 ≤ 20% × 11 người Hoàn thành"
                + " tốt sau khi áp hạn mức; giữ 3 người thì 3 > 20% × 10); cán bộ xếp thứ 3 theo tổng điểm, tỷ lệ hoàn"
                + " thành, tỷ lệ đạt chất lượng, mã cán bộ: vượt hạn mức nên xếp Hoàn thành tốt");
        assertThat(q.explain("C-2")).endsWith("cán bộ xếp thứ 2 theo tổng điểm, tỷ lệ hoàn thành, tỷ lệ đạt chất"
                + " lượng, mã cán bộ: giữ Hoàn thành xuất sắc");
        QuotaRanking whole = QuotaRanking.of(UNIT, "", candidates.subList(0, 1), 10, 20, BY_SCORE);
        assertThat(whole.explain("C-1")).startsWith("Đơn vị Phòng Cảnh sát giao thông: 10 người Hoàn thành tốt và 1 người")
                .contains("tối đa 1 người giữ mức (1 ≤ 20% × 10 người").doesNotContain("thì");
    }
}
