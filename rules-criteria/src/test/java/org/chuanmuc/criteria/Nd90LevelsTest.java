package org.chuanmuc.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chuanmuc.criteria.Dossiers.all;
import static org.chuanmuc.criteria.Dossiers.head;
import static org.chuanmuc.criteria.Dossiers.in;
import static org.chuanmuc.criteria.Dossiers.staff;
import static org.chuanmuc.criteria.Dossiers.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.Flag;
import org.chuanmuc.assess.Reason;
import org.chuanmuc.assertions.ChuanmucAssertions;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.RatingLevel;
import org.junit.jupiter.api.Test;

/**
 * The levels above không hoàn thành up to 2025 (Nghị định 90/2020/NĐ-CP, Điều 8, 9, 10, khoản 1 for staff and
 * khoản 2 for leaders) and the months worked (Điều 2 khoản 3), from dossiers to ratings, reasons, citations and
 * review flags, on both sides of each boundary.
 */
class Nd90LevelsTest {

    private static Map<String, Assessment> assess(int year, Officer... officers) {
        return Dossiers.standard().assessAll(all(year, unit(), officers)).assessments().stream()
                .collect(Collectors.toMap(Assessment::officerId, Function.identity()));
    }

    private static String flag(Assessment a, String code) {
        return a.reviewFlags().stream().filter(f -> f.code().equals(code)).map(Flag::message).findFirst()
                .orElseThrow(() -> new AssertionError(a.officerId() + " has no flag " + code + ": " + a.reviewFlags()));
    }

    private static boolean hasFlag(Assessment a, String code) {
        return a.reviewFlags().stream().anyMatch(f -> f.code().equals(code));
    }

    @Test
    void good_needsEveryOwnTaskOnTimeAndAtQuality_citingKhoan1ForStaffAndKhoan2ForLeaders() {
        Assessment staffLate = Dossiers.standard().assess(in(2025, staff("CB-1").tasks(40, 40, 39, 40).build()));
        ChuanmucAssertions.assertThat(staffLate).hasRating(RatingLevel.HOAN_THANH).fired("ND90-TOT-B-1");
        Reason r = staffLate.reasonsFor("ND90-TOT-B").get(0);
        assertThat(r.citation()).isEqualTo("Nghị định 90/2020/NĐ-CP, Điều 9 khoản 1 điểm b");
        assertThat(r.message()).endsWith("thiếu 1 việc đúng hạn (cần 40/40, tức 100%) để lên Hoàn thành tốt nhiệm vụ");
        // one late task of 40 is 2,5% failing: within the 20% of Hoàn thành (Điều 10), so no flag
        assertThat(hasFlag(staffLate, "ND90-HT-B")).isFalse();

        Assessment leaderBelowQuality = Dossiers.standard().assess(in(2025, head("LD-1").tasks(40, 40, 40, 39).build()));
        ChuanmucAssertions.assertThat(leaderBelowQuality).hasRating(RatingLevel.HOAN_THANH).fired("ND90-TOT-B-2");
        assertThat(leaderBelowQuality.reasonsFor("ND90-TOT-B").get(0).citation())
                .isEqualTo("Nghị định 90/2020/NĐ-CP, Điều 9 khoản 2 điểm b");

        Assessment clean = Dossiers.standard().assess(in(2025, staff("CB-2").build()));
        ChuanmucAssertions.assertThat(clean).hasNoReasonFor("ND90-TOT-B");
    }

    @Test
    void almostEveryTaskOnTime_theReasonShowsTheShareRoundedDown_notTheHundredPercentItLacks() {
        // 398 of 400 on time: Điều 9 needs 100%, so ND90-TOT-B-1 caps at Hoàn thành. Rounded to a whole percent
        // its message read "đúng hạn 398/400 (100%)" beside "chưa hoàn thành đúng hạn toàn bộ nhiệm vụ"
        Assessment a = Dossiers.standard().assess(in(2025, staff("CB-1").tasks(400, 400, 398, 400).build()));
        ChuanmucAssertions.assertThat(a).hasRating(RatingLevel.HOAN_THANH).fired("ND90-TOT-B-1");
        assertThat(a.reasonsFor("ND90-TOT-B").get(0).message()).startsWith(
                "Kết quả nhiệm vụ: hoàn thành 400/400 (100%), đúng hạn 398/400 (99,5%), đạt chất lượng 400/400 (100%);"
                        + " thiếu 2 việc đúng hạn (cần 400/400, tức 100%)");
        // where it stops: all 400 on time, no cap and no reason for it
        Assessment all = Dossiers.standard().assess(in(2025, staff("CB-2").tasks(400, 400, 400, 400).build()));
        ChuanmucAssertions.assertThat(all).hasNoReasonFor("ND90-TOT-B");
    }

    @Test
    void completed_atMostTwentyPercentFailing_beyondItAFlagNotALowerLevel() {
        // 8 of 40 late is 20%, "không quá 20%": Hoàn thành by Điều 10; 9 is over, and under the 50% of Điều 11
        Map<String, Assessment> byId = assess(2025, staff("A-8").tasks(40, 40, 32, 40).build(),
                staff("A-9").tasks(40, 40, 31, 40).build(), staff("A-DONE").tasks(40, 39, 39, 39).build(),
                staff("A-41").tasks(41, 41, 33, 41).build(), staff("A-41B").tasks(41, 41, 32, 41).build());
        assertThat(byId.values()).allSatisfy(a -> assertThat(a.rating()).isEqualTo(RatingLevel.HOAN_THANH));
        assertThat(hasFlag(byId.get("A-8"), "ND90-HT-B")).isFalse();
        assertThat(flag(byId.get("A-9"), "ND90-HT-B")).startsWith("Kết quả nhiệm vụ: hoàn thành 40/40 (100%), đúng"
                        + " hạn 31/40 (77,5%), đạt chất lượng 40/40 (100%); Hoàn thành nhiệm vụ đòi hỏi mọi nhiệm vụ đều hoàn"
                        + " thành và không quá 20% không bảo đảm tiến độ, chất lượng (Nghị định 90/2020/NĐ-CP, Điều 10"
                        + " khoản 1 điểm b): thiếu 1 việc đúng hạn (cần 32/40, tức 80%)")
                .contains("Nghị định không nêu mức cho trường hợp này: đề xuất Hoàn thành nhiệm vụ (mặc định của dự án)");
        // one task not done: "đều hoàn thành" is not met, however small the share
        assertThat(flag(byId.get("A-DONE"), "ND90-HT-B")).contains("thiếu 1 việc hoàn thành (cần 40/40, tức 100%)");
        // 20% of 41 is 8.2 tasks: 8 failing is within, 9 over
        assertThat(hasFlag(byId.get("A-41"), "ND90-HT-B")).isFalse();
        assertThat(hasFlag(byId.get("A-41B"), "ND90-HT-B")).isTrue();
    }

    @Test
    void excellent_theTasksBeyondRequirementsAreNotInTheDossier_aFlagOnThoseWhoKeepIt() {
        List<Officer> officers = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            officers.add(staff("XS-" + i).build());
        }
        Map<String, Assessment> byId = assess(2025, officers.toArray(Officer[]::new));
        ChuanmucAssertions.assertThat(byId.get("XS-1")).hasRating(RatingLevel.HOAN_THANH_XUAT_SAC).hasReviewFlag("ND90-XS");
        assertThat(flag(byId.get("XS-1"), "ND90-XS")).contains("ít nhất 50% nhiệm vụ hoàn thành vượt mức")
                .contains("Điều 8 khoản 1 điểm b");
        // moved down by the quota: nothing to confirm
        ChuanmucAssertions.assertThat(byId.get("XS-2")).hasRating(RatingLevel.HOAN_THANH_TOT);
        assertThat(hasFlag(byId.get("XS-2"), "ND90-XS")).isFalse();
        // from 2026 the score decides; no such flag
        assertThat(hasFlag(Dossiers.standard().assess(in(2026, staff("N-1").build())), "ND90-XS")).isFalse();
    }

    @Test
    void leaders_theUnitsTasks_eightyPercentForGood_aboveSeventyForCompleted_exactlyAtEachBoundary() {
        // head 40/40/40/40 plus one staff member: the unit's tasks are the sums
        Map<String, Assessment> below80 = assess(2025, head("LD").build(), staff("CB").tasks(40, 40, 23, 40).build());
        ChuanmucAssertions.assertThat(below80.get("LD")).hasRating(RatingLevel.HOAN_THANH).hasReasonFor("ND90-TOT-C");
        Reason c = below80.get("LD").reasonsFor("ND90-TOT-C").get(0);
        assertThat(c.citation()).isEqualTo("Nghị định 90/2020/NĐ-CP, Điều 9 khoản 2 điểm c");
        assertThat(c.message()).startsWith("Đơn vị Phòng Cảnh sát giao thông: hoàn thành 80/80 (100%), đúng hạn 63/80")
                .endsWith("thiếu 1 việc đúng hạn (cần 64/80, tức 80%) để lên Hoàn thành tốt nhiệm vụ");
        // 64 of 80 is 80%: not capped; the lone candidate is then moved to tốt by the quota
        Map<String, Assessment> at80 = assess(2025, head("LD").build(), staff("CB").tasks(40, 40, 24, 40).build());
        ChuanmucAssertions.assertThat(at80.get("LD")).hasRating(RatingLevel.HOAN_THANH_TOT).hasNoReasonFor("ND90-TOT-C");
        assertThat(hasFlag(at80.get("LD"), "ND90-TOT-C")).isFalse();
        assertThat(flag(at80.get("LD"), "ND90-TOT-D")).contains("ít nhất 70% Hoàn thành tốt hoặc Hoàn thành xuất sắc")
                .contains("Điều 8 khoản 2 điểm d, Điều 9 khoản 2 điểm d");
        // 68 on time and 70 at quality of 80: both is proved only for 58, so no cap but a flag
        Map<String, Assessment> unproved = assess(2025, head("LD").build(), staff("CB").tasks(40, 40, 28, 30).build());
        ChuanmucAssertions.assertThat(unproved.get("LD")).hasRating(RatingLevel.HOAN_THANH_TOT).hasNoReasonFor("ND90-TOT-C");
        assertThat(flag(unproved.get("LD"), "ND90-TOT-C")).contains("chỉ chắc chắn 58/80 việc vừa đúng hạn vừa đạt"
                + " chất lượng, chưa chứng minh được ít nhất 80%");
        // the unit completes 70 of 100: not above 70% (Điều 10 khoản 2 điểm c) nor under 50%: a flag; 71 is above
        Map<String, Assessment> at70 = assess(2025, head("LD").build(), staff("CB").tasks(60, 30, 30, 30).build());
        ChuanmucAssertions.assertThat(at70.get("LD")).hasRating(RatingLevel.HOAN_THANH).hasNoReasonFor("LD-C");
        assertThat(flag(at70.get("LD"), "ND90-HT-C")).contains("thiếu 1 việc hoàn thành (cần 71/100, tức trên 70%)")
                .contains("Điều 10 khoản 2 điểm c");
        Map<String, Assessment> at71 = assess(2025, head("LD").build(), staff("CB").tasks(60, 31, 31, 31).build());
        assertThat(hasFlag(at71.get("LD"), "ND90-HT-C")).isFalse();
        // staff are never judged on the unit
        assertThat(below80.get("CB").reasonsFor("ND90-TOT-C")).isEmpty();
    }

    @Test
    void monthsWorked_under6NotRated_outOfTheQuota_andTheMaternityExceptionNamed() {
        // 2026: 2 candidates (98, 97) and 9 tốt (80) rated; a not-rated tốt (5 months) and a not-rated candidate
        // (4 months, 99) would give 2 places and take one of them if they counted
        List<Officer> officers = new ArrayList<>(List.of(staff("N-XS").monthsWorked(4).scores(29, 70).build(),
                staff("N-TOT").monthsWorked(5).scores(20, 60).build(), staff("X-1").scores(28, 70).build(),
                staff("X-2").scores(27, 70).build()));
        for (int i = 1; i <= 9; i++) {
            officers.add(staff("T-" + i).scores(20, 60).build());
        }
        Map<String, Assessment> byId = assess(2026, officers.toArray(Officer[]::new));
        assertThat(byId.get("X-1").rating()).isEqualTo(RatingLevel.HOAN_THANH_XUAT_SAC);
        assertThat(byId.get("X-2").rating()).isEqualTo(RatingLevel.HOAN_THANH_TOT);
        assertThat(byId.get("X-2").reasonsFor("HAN-MUC-XS").get(0).message())
                .startsWith("Đơn vị Phòng Cảnh sát giao thông: 9 người Hoàn thành tốt và 2 người đủ điều kiện");
        assertThat(byId.get("N-XS").rating()).as("the proposal, for information").isEqualTo(RatingLevel.HOAN_THANH_XUAT_SAC);
        assertThat(byId.get("N-XS").reasonsFor("HAN-MUC-XS")).isEmpty();
        assertThat(flag(byId.get("N-XS"), "KHONG-XEP-LOAI")).contains("mặc định của dự án")
                .contains("không tính vào hạn mức Hoàn thành xuất sắc");
        assertThat(byId.get("N-XS").reasonsFor("TG-6T").get(0).citation()).startsWith("Mặc định của dự án");

        Assessment y2025 = Dossiers.standard().assess(in(2025, staff("CB-5").monthsWorked(5).build()));
        assertThat(flag(y2025, "KHONG-XEP-LOAI")).contains("Nghị định 90/2020/NĐ-CP, Điều 2 khoản 3")
                .contains("Trừ trường hợp nghỉ chế độ thai sản");
        assertThat(y2025.reasonsFor("TG-6T").get(0).citation()).isEqualTo("Nghị định 90/2020/NĐ-CP, Điều 2 khoản 3");
        assertThat(hasFlag(Dossiers.standard().assess(in(2025, staff("CB-6").monthsWorked(6).build())),
                "KHONG-XEP-LOAI")).isFalse();
    }

    @Test
    void monthsWorked_absentThreeToUnderSix_upTo2025_aFlagOnlyWhenTheProposalIsGoodOrAbove() {
        Map<String, Assessment> byId = assess(2025, staff("M-6").monthsWorked(6).build(),
                staff("M-7").monthsWorked(7).build(), staff("M-9").monthsWorked(9).build(),
                staff("M-10").monthsWorked(10).build(), staff("M-8-LATE").monthsWorked(8).tasks(40, 40, 39, 40).build());
        assertThat(flag(byId.get("M-7"), "TG-NGHI")).startsWith("Công tác 7 tháng trong năm, đề xuất")
                .contains("từ 3 tháng đến dưới 6 tháng").contains("trừ nghỉ chế độ thai sản")
                .contains("Nghị định 90/2020/NĐ-CP, Điều 2 khoản 3");
        assertThat(hasFlag(byId.get("M-9"), "TG-NGHI")).isTrue();
        // months are whole: 6 worked may be 6 and some days, an absence under 6 months, so it is flagged too
        assertThat(hasFlag(byId.get("M-6"), "TG-NGHI")).isTrue();
        // 10 worked is at most 2 absent; a Hoàn thành proposal is not capped by it
        assertThat(List.of("M-10", "M-8-LATE")).allSatisfy(id -> assertThat(hasFlag(byId.get(id), "TG-NGHI")).isFalse());
        // no cap: the dossier cannot tell leave from maternity leave or from joining during the year
        assertThat(byId.get("M-7").reasons()).noneSatisfy(r -> assertThat(r.rule()).startsWith("TG-NGHI"));
        assertThat(hasFlag(Dossiers.standard().assess(in(2026, staff("M-7").monthsWorked(7).build())), "TG-NGHI")).isFalse();
    }
}
