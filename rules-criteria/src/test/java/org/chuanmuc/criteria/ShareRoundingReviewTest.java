package org.chuanmuc.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chuanmuc.criteria.Dossiers.in;
import static org.chuanmuc.criteria.Dossiers.staff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assertions.ChuanmucAssertions;
import org.chuanmuc.model.RatingLevel;
import org.junit.jupiter.api.Test;

/**
 * Hostile review of d96b192 ("Task shares in reasons are rounded down to one decimal, never up"): every other place a
 * reason shows a number computed from the task counts, beside a reason for not reaching a threshold. Expectations
 * are computed here from the counts, never by calling the code under test.
 */
class ShareRoundingReviewTest {

    private static final Pattern PARTS = Pattern.compile(
            "tổng ([0-9]+(?:,[0-9])?) điểm = tiêu chí chung ([0-9]+(?:,[0-9])?) \\+ kết quả nhiệm vụ ([0-9]+(?:,[0-9])?)");

    private static BigDecimal vn(String s) {
        return new BigDecimal(s.replace(',', '.'));
    }

    /**
     * FINDING. From 2026 the task points are computed from the counts: 70 × (700 + 627 + 600) / (3 × 1000) =
     * 44.9633… points; with 25 general points the total is 69.9633…, below 70, so ND335-DIEM caps at Hoàn thành
     * "cần thêm 0,1 điểm". The total is shown rounded down ("69,9", TotalScore.summary's Javadoc: "never reads as
     * reaching a band it does not reach"), but the task points beside it are rounded half up, "45": the reason reads
     * "tổng 69,9 điểm = tiêu chí chung 25 + kết quả nhiệm vụ 45" — a number from the counts shown above what the
     * counts reach, whose parts add up to the 70 the reason says is not reached (and 25 + 45 ≠ 69,9). This is the
     * rounding d96b192 removed from Tasks.summary ("a share shown is never one the counts do not reach") left in the
     * other summary computed from the same counts.
     */
    @Test
    void nd335_taskPointsFromTheCounts_areNotShownAboveWhatTheCountsReach_besideABandNotReached() {
        Assessment a = Dossiers.standard().assess(in(2026,
                staff("CB-1").tasks(1000, 700, 627, 600).generalScore(25).build()));
        ChuanmucAssertions.assertThat(a).hasRating(RatingLevel.HOAN_THANH);
        String message = a.reasonsFor("ND335-DIEM").get(0).message();
        assertThat(message).contains("cần thêm 0,1 điểm");

        // expectations from the counts, in exact decimals
        BigDecimal taskPoints = BigDecimal.valueOf(70L * (700 + 627 + 600))
                .divide(BigDecimal.valueOf(3L * 1000), 20, RoundingMode.DOWN); // 44.9633…
        BigDecimal total = taskPoints.add(BigDecimal.valueOf(25));
        assertThat(total).isLessThan(BigDecimal.valueOf(70));

        Matcher m = PARTS.matcher(message);
        assertThat(m.find()).as(message).isTrue();
        BigDecimal shownTotal = vn(m.group(1));
        BigDecimal shownGeneral = vn(m.group(2));
        BigDecimal shownTasks = vn(m.group(3));
        assertThat(shownTotal).isEqualByComparingTo("69.9");
        assertThat(shownTasks).as("task points shown in: %s", message).isLessThanOrEqualTo(taskPoints);
        assertThat(shownGeneral.add(shownTasks)).as("parts shown add up past the band not reached: %s", message)
                .isLessThan(BigDecimal.valueOf(70));
        assertThat(message).contains("tổng 69,9 điểm = tiêu chí chung 25 + kết quả nhiệm vụ 44,9 (tính từ số nhiệm vụ)");
    }

    /**
     * Regression (passes): the same officer up to 2025 — every share of Tasks.summary in the ND90 reasons rounded down,
     * computed here from the counts: 70%, 62,7%, 60%.
     */
    @Test
    void nd90_summaryBesideEveryCap_showsEachShareRoundedDownFromTheCounts() {
        Assessment a = Dossiers.standard().assess(in(2025, staff("CB-1").tasks(1000, 999, 998, 997).build()));
        // 99,9%, 99,8%, 99,7%: half up these would read 100%, 99,8%, 99,7% and "100%" of 999/1000 beside "chưa 100%"
        a.reasons().stream().filter(r -> r.message().contains("hoàn thành 999/1000")).forEach(r -> assertThat(
                r.message()).contains("hoàn thành 999/1000 (99,9%), đúng hạn 998/1000 (99,8%), đạt chất lượng 997/1000"
                        + " (99,7%)"));
        assertThat(a.reasons()).anySatisfy(r -> assertThat(r.message()).contains("hoàn thành 999/1000 (99,9%)"));
    }
}
