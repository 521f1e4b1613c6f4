package org.chuanmuc.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chuanmuc.criteria.Dossiers.all;
import static org.chuanmuc.criteria.Dossiers.head;
import static org.chuanmuc.criteria.Dossiers.in;
import static org.chuanmuc.criteria.Dossiers.staff;
import static org.chuanmuc.criteria.Dossiers.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.AssessmentReport;
import org.chuanmuc.assess.Reason;
import org.chuanmuc.assertions.ChuanmucAssertions;
import org.chuanmuc.model.DisciplineForm;
import org.chuanmuc.model.DisciplineRecord;
import org.chuanmuc.model.DisciplineSystem;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.SignFinding;
import org.chuanmuc.model.Track;
import org.junit.jupiter.api.Test;

/**
 * The law fixes of issue #10, each from dossiers to ratings and reasons: the quota per group on the final
 * number rated tốt, condition (b) of ND 90, concluded signs, discipline under ND 48/2023, the citations of the
 * conditions, the party rating by year and the numbers in the reasons.
 */
class LawRulesTest {

    private static Map<String, Assessment> assess(int year, Officer... officers) {
        AssessmentReport report = Dossiers.standard().assessAll(all(year, unit(), officers));
        return report.assessments().stream().collect(Collectors.toMap(Assessment::officerId, Function.identity()));
    }

    private static Officer candidate(String id, String group, double general) {
        return staff(id).group(group).scores(general, 70).build();
    }

    private static Officer good(String id, String group) {
        return staff(id).group(group).scores(20, 60).build();
    }

    private static long count(Map<String, Assessment> byId, RatingLevel level) {
        return byId.values().stream().filter(a -> a.rating() == level).count();
    }

    @Test
    void quota_countsTheFinalNumberRatedGood_perGroup() {
        List<Officer> officers = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            officers.add(candidate("DT-" + i, "Điều tra", 30 - i));   // 99, 98, … 93 points
        }
        for (int i = 1; i <= 6; i++) {
            officers.add(good("DT-T" + i, "Điều tra"));
        }
        for (int i = 1; i <= 3; i++) {
            officers.add(candidate("HC-" + i, "Hành chính", 28));
        }
        Map<String, Assessment> byId = assess(2026, officers.toArray(Officer[]::new));
        // Điều tra: 7 candidates, 6 tốt → 2 keep (2 ≤ 20% × 11); Hành chính: 3 candidates alone → 0 (⌊3/6⌋)
        assertThat(byId.get("DT-1").rating()).isEqualTo(RatingLevel.HOAN_THANH_XUAT_SAC);
        assertThat(byId.get("DT-2").rating()).isEqualTo(RatingLevel.HOAN_THANH_XUAT_SAC);
        assertThat(byId.get("DT-3").rating()).isEqualTo(RatingLevel.HOAN_THANH_TOT);
        assertThat(List.of("HC-1", "HC-2", "HC-3")).allSatisfy(
                id -> assertThat(byId.get(id).rating()).isEqualTo(RatingLevel.HOAN_THANH_TOT));
        assertThat(byId.get("DT-3").reasonsFor("HAN-MUC-XS")).singleElement().satisfies(r -> assertThat(r.message())
                .startsWith("Nhóm «Điều tra» của đơn vị Phòng Cảnh sát giao thông: 6 người Hoàn thành tốt và 7 người đủ"
                        + " điều kiện Hoàn thành xuất sắc; tối đa 2 người giữ mức")
                .contains("cán bộ xếp thứ 3 theo tổng điểm, tỷ lệ hoàn thành, tỷ lệ đạt chất lượng, mã cán bộ"));
        assertThat(byId.get("HC-1").reasonsFor("HAN-MUC-XS").get(0).message())
                .startsWith("Nhóm «Hành chính» của đơn vị Phòng Cảnh sát giao thông: 0 người Hoàn thành tốt và 3 người");
    }

    @Test
    void quota_withoutGroups_theWholeUnitIsOneGroup() {
        List<Officer> officers = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            officers.add(staff("CB-" + i).scores(25, 70).build());   // all ten at 95
        }
        Map<String, Assessment> byId = assess(2026, officers.toArray(Officer[]::new));
        assertThat(count(byId, RatingLevel.HOAN_THANH_XUAT_SAC)).isEqualTo(1);   // 1 ≤ 20% × 9
        assertThat(byId.get("CB-1").rating()).isEqualTo(RatingLevel.HOAN_THANH_XUAT_SAC);   // tie: smaller id
        assertThat(byId.get("CB-1").reasonsFor("HAN-MUC-XS").get(0).message())
                .startsWith("Đơn vị Phòng Cảnh sát giao thông: 0 người Hoàn thành tốt và 10 người");
    }

    @Test
    void quota_thirtyOfficersAllQualifying_fiveKeepIt() {
        List<Officer> officers = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            officers.add(staff(String.format("CB-%02d", i)).build());
        }
        assertThat(count(assess(2025, officers.toArray(Officer[]::new)), RatingLevel.HOAN_THANH_XUAT_SAC)).isEqualTo(5);
        officers.add(staff("CB-31").build());
        assertThat(count(assess(2025, officers.toArray(Officer[]::new)), RatingLevel.HOAN_THANH_XUAT_SAC)).isEqualTo(5);
    }

    @Test
    void quota_upTo2025_candidatesTieOnTheCounts_theSmallerIdKeeps() {
        // 2025: xuất sắc and tốt ask the same of the counts (100% on time and at quality, ND 90/2020 Điều 8, 9 điểm b),
        // so every candidate ties on completion and quality and the id decides; the ten officers late once are
        // Hoàn thành (Điều 9) and do not count as tốt: 7 candidates alone → 1 keeps (1 ≤ 20% × 6, 2 > 20% × 5).
        // (Before, 39/40 on time was tốt and three candidates with 33–40/40 at quality ranked by quality: by Điều 9
        // none of them but the one at 40/40 was even tốt.)
        List<Officer> officers = new ArrayList<>();
        for (String id : List.of("G", "B", "F", "A", "E", "C", "D")) {
            officers.add(staff(id).build());
        }
        for (int i = 1; i <= 10; i++) {
            officers.add(staff("T-" + i).tasks(40, 40, 39, 40).build());
        }
        Map<String, Assessment> byId = assess(2025, officers.toArray(Officer[]::new));
        assertThat(byId.get("A").rating()).isEqualTo(RatingLevel.HOAN_THANH_XUAT_SAC);
        assertThat(List.of("B", "C", "D", "E", "F", "G")).allSatisfy(
                id -> assertThat(byId.get(id).rating()).isEqualTo(RatingLevel.HOAN_THANH_TOT));
        assertThat(byId.get("T-1").rating()).isEqualTo(RatingLevel.HOAN_THANH);
        assertThat(byId.get("C").reasonsFor("HAN-MUC-XS").get(0).message())
                .startsWith("Đơn vị Phòng Cảnh sát giao thông: 0 người Hoàn thành tốt và 7 người đủ điều kiện")
                .contains("cán bộ xếp thứ 3 theo tỷ lệ hoàn thành, tỷ lệ đạt chất lượng, mã cán bộ");
    }

    @Test
    void nd90b_issueExample_allCompletedButThreeQuartersLate_isNotCompleted() {
        Assessment a = Dossiers.standard().assess(in(2025, staff("CB-1").tasks(40, 40, 10, 10).build()));
        ChuanmucAssertions.assertThat(a).hasRating(RatingLevel.KHONG_HOAN_THANH).fired("ND90-KHT-B");
        Reason r = a.reasonsFor("ND90-KHT-B").get(0);
        assertThat(r.message()).contains("ít nhất 75% nhiệm vụ (30/40) không bảo đảm tiến độ, chất lượng");
        assertThat(r.citation()).contains("90/2020").contains("48/2023").contains("khoản 1 điểm b");
    }

    @Test
    void nd90b_fortyNinePercentFailing_isNotTheCondition() {
        Assessment a = Dossiers.standard().assess(in(2025, staff("CB-1").tasks(100, 100, 51, 100).build()));
        ChuanmucAssertions.assertThat(a).hasRating(RatingLevel.HOAN_THANH).hasNoReasonFor("ND90-KHT-B");
    }

    @Test
    void nd90Levels_sayHowManyTasksAreMissing() {
        // 29 of 40 on time: not tốt (Điều 9: all on time), and at least 27,5% failing, over the 20% of Điều 10
        Assessment a = Dossiers.standard().assess(in(2025, staff("CB-1").tasks(40, 40, 29, 40).build()));
        ChuanmucAssertions.assertThat(a).hasRating(RatingLevel.HOAN_THANH).hasReviewFlag("ND90-HT-B");
        assertThat(a.reasonsFor("ND90-TOT-B")).extracting(Reason::message).containsExactly(
                "Kết quả nhiệm vụ: hoàn thành 40/40 (100%), đúng hạn 29/40 (72,5%), đạt chất lượng 40/40 (100%); thiếu 11"
                        + " việc đúng hạn (cần 40/40, tức 100%) để lên Hoàn thành tốt nhiệm vụ");
        assertThat(a.reviewFlags()).filteredOn(f -> f.code().equals("ND90-HT-B")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("Điều 10 khoản 1 điểm b): thiếu 3 việc đúng hạn"
                        + " (cần 32/40, tức 80%); cũng chưa đến mức Không hoàn thành nhiệm vụ"));
    }

    @Test
    void nd335Bands_sayHowManyPointsAreMissing() {
        // 25 + 70 × (20 + 17 + 16) / 120 = 55.92 points
        Assessment a = Dossiers.standard().assess(in(2026, staff("CB-1").tasks(40, 20, 17, 16).generalScore(25).build()));
        assertThat(a.rating()).isEqualTo(RatingLevel.HOAN_THANH);
        assertThat(a.reasonsFor("ND335-DIEM")).extracting(Reason::message).anySatisfy(m -> assertThat(m)
                .endsWith("cần thêm 14,1 điểm (đạt 70) để lên Hoàn thành tốt nhiệm vụ"));
        Assessment low = Dossiers.standard().assess(in(2026, staff("CB-2").scores(10, 30).build()));
        Reason kht = low.reasonsFor("ND335-DIEM").stream().filter(r -> r.cap().orElseThrow() == RatingLevel.KHONG_HOAN_THANH)
                .findFirst().orElseThrow();
        assertThat(kht.message()).endsWith("cần thêm 10 điểm (đạt 50) để lên Hoàn thành nhiệm vụ");
        assertThat(kht.citation()).contains("335/2025").contains("Điều 20").contains("khoản 4 điểm a");
    }

    @Test
    void concludedLightSign_isNotCompletedInBothRegimes_withTheConditionsCitation() {
        SignFinding light = new SignFinding("NQ4-CT-03", true, Optional.empty(), "");
        Assessment y2025 = Dossiers.standard().assess(in(2025, staff("CB-1").sign(light).build()));
        ChuanmucAssertions.assertThat(y2025).hasRating(RatingLevel.KHONG_HOAN_THANH).hasReviewFlag("NQ4-MUC-NHE");
        assertThat(y2025.reasonsFor("NQ4-CT-03").get(0).citation())
                .startsWith("Nghị định 90/2020/NĐ-CP, sửa đổi bởi Nghị định 48/2023/NĐ-CP, Điều 11 khoản 1 điểm a")
                .contains("Nghị quyết 04-NQ/TW");
        Assessment y2026 = Dossiers.standard().assess(in(2026, staff("CB-1").sign(light).build()));
        ChuanmucAssertions.assertThat(y2026).hasRating(RatingLevel.KHONG_HOAN_THANH).hasReviewFlag("NQ4-MUC-NHE");
        assertThat(y2026.reasonsFor("NQ4-CT-03").get(0).citation())
                .startsWith("Nghị định 335/2025/NĐ-CP, Điều 20 khoản 4 điểm b");
    }

    @Test
    void reasons_moreSevereSignFirstAmongEqualCaps() {
        Assessment a = Dossiers.standard().assess(in(2025, staff("CB-1")
                .sign(new SignFinding("NQ4-CT-03", true, Optional.empty(), ""))      // nhẹ
                .sign(new SignFinding("NQ4-TDB-01", true, Optional.empty(), ""))     // rất nghiêm trọng
                .sign(new SignFinding("NQ4-CT-01", true, Optional.empty(), ""))      // nghiêm trọng
                .build()));
        assertThat(a.reasons()).extracting(Reason::criterion).containsSubsequence("NQ4-TDB-01", "NQ4-CT-01", "NQ4-CT-03");
    }

    @Test
    void discipline_upTo2025_anyDisciplineInTheYear_isNotCompleted() {
        var unrelated = new DisciplineRecord(DisciplineForm.CANH_CAO, DisciplineSystem.STATE, LocalDate.of(2025, 7, 1),
                "9/QĐ", false);
        Assessment staffMember = Dossiers.standard().assess(in(2025, staff("CB-1").discipline(unrelated).build()));
        ChuanmucAssertions.assertThat(staffMember).hasRating(RatingLevel.KHONG_HOAN_THANH);
        assertThat(staffMember.reasonsFor("KL-NN").get(0).citation()).contains("90/2020").contains("48/2023")
                .contains("Điều 2 khoản 5 điểm a").contains("khoản 1 điểm c");
        var party = new DisciplineRecord(DisciplineForm.KHIEN_TRACH, DisciplineSystem.PARTY, LocalDate.of(2025, 3, 3),
                "15-QĐ/UBKT", false);
        Assessment leader = Dossiers.standard().assess(in(2025, head("LD-1").partyMember(true).discipline(party).build()));
        ChuanmucAssertions.assertThat(leader).hasRating(RatingLevel.KHONG_HOAN_THANH)
                .hasPartyRating(RatingLevel.KHONG_HOAN_THANH);
        assertThat(leader.reasonsFor("KL-DANG")).filteredOn(r -> r.track() == Track.STATE).singleElement()
                .satisfies(r -> assertThat(r.citation()).contains("khoản 2 điểm đ"));
    }

    @Test
    void discipline_from2026_dutyRelatedIsConditionC_unrelatedStaysAProjectDefault() {
        var related = new DisciplineRecord(DisciplineForm.KHIEN_TRACH, DisciplineSystem.STATE, LocalDate.of(2026, 5, 1),
                "", true);
        Assessment a = Dossiers.standard().assess(in(2026, staff("CB-1").discipline(related).build()));
        ChuanmucAssertions.assertThat(a).hasRating(RatingLevel.KHONG_HOAN_THANH).fired("KL-NN-01");
        assertThat(a.reasonsFor("KL-NN").get(0).citation()).isEqualTo("Nghị định 335/2025/NĐ-CP, Điều 20 khoản 4 điểm c");
        var unrelated = new DisciplineRecord(DisciplineForm.KHIEN_TRACH, DisciplineSystem.STATE, LocalDate.of(2026, 5, 1),
                "", false);
        Assessment b = Dossiers.standard().assess(in(2026, staff("CB-2").discipline(unrelated).build()));
        ChuanmucAssertions.assertThat(b).hasRating(RatingLevel.HOAN_THANH).fired("KL-NN-09");
        assertThat(b.reasonsFor("KL-NN").get(0).citation()).startsWith("Mặc định của dự án");
    }

    @Test
    void leaders_corruptionInTheUnit_citesConditionD_andTheUnitBelowHalfOnlyUpTo2025() {
        SignFinding embezzlement = new SignFinding("NQ4-DD-07", true, Optional.empty(), "");
        Map<String, Assessment> y2026 = assess(2026, head("LD-1").build(), staff("CB-1").sign(embezzlement).build());
        assertThat(y2026.get("LD-1").reasonsFor("LD-D").get(0).citation())
                .isEqualTo("Nghị định 335/2025/NĐ-CP, Điều 20 khoản 4 điểm d");
        Map<String, Assessment> y2025 = assess(2025, head("LD-1").build(), staff("CB-1").sign(embezzlement).build());
        assertThat(y2025.get("LD-1").reasonsFor("LD-D").get(0).citation()).contains("Điều 11 khoản 2 điểm d");
        // the unit completes 50 of 120 tasks: ND 90 condition (c) for the leader; ND 335 has no such case
        Officer low = staff("CB-2").tasks(80, 10, 10, 10).build();
        ChuanmucAssertions.assertThat(assess(2025, head("LD-2").build(), low).get("LD-2"))
                .hasRating(RatingLevel.KHONG_HOAN_THANH).hasReasonFor("LD-C");
        ChuanmucAssertions.assertThat(assess(2026, head("LD-2").build(), low).get("LD-2")).hasNoReasonFor("LD-C");
    }

    @Test
    void partyRating_2024UnderQd124_2025UnderQd366_neverAboveTheStateRating() {
        // a head with every own task on time and at quality, whose unit has 76 of 80 tasks on time: tốt for the state
        // (Điều 9 khoản 2 điểm c asks 80% of the unit's tasks; the quota moves the lone candidate down), while QĐ 366
        // asks 100% of the unit's tasks on time for a party rating of tốt. (Before, a staff member late once was the
        // example; by Điều 9 khoản 1 điểm b they are Hoàn thành for the state too.)
        Officer head = head("LD-1").partyMember(true).build();
        Officer late = staff("CB-2").tasks(40, 40, 36, 40).build();
        Assessment y2024 = assess(2024, head, late).get("LD-1");
        ChuanmucAssertions.assertThat(y2024).hasRating(RatingLevel.HOAN_THANH_TOT)
                .hasPartyRating(RatingLevel.HOAN_THANH_TOT);
        Assessment y2025 = assess(2025, head, late).get("LD-1");
        ChuanmucAssertions.assertThat(y2025).hasRating(RatingLevel.HOAN_THANH_TOT)
                .hasPartyRating(RatingLevel.HOAN_THANH).hasReasonFor("QD366");
        assertThat(y2025.reasons()).filteredOn(r -> r.track() == Track.PARTY && r.criterion().equals("QD366"))
                .extracting(Reason::message).anySatisfy(m -> assertThat(m)
                        .startsWith("Hồ sơ không có điểm theo thang 100").contains("chỉ dựa vào các điều kiện"));
        Assessment lateOnce = Dossiers.standard().assess(in(2025, staff("DV-1").partyMember(true)
                .tasks(40, 40, 38, 40).build()));
        ChuanmucAssertions.assertThat(lateOnce).hasRating(RatingLevel.HOAN_THANH).hasPartyRating(RatingLevel.HOAN_THANH);
        Assessment notCompleted = Dossiers.standard().assess(in(2025, staff("DV-2").partyMember(true)
                .tasks(40, 40, 10, 10).build()));
        ChuanmucAssertions.assertThat(notCompleted).hasRating(RatingLevel.KHONG_HOAN_THANH)
                .hasPartyRating(RatingLevel.KHONG_HOAN_THANH);
    }

    @Test
    void partyMemberDisciplinedInTheYear_flagNamesTheSelfDetectionException_onlyForThatYearAndParty() {
        DisciplineRecord inYear = new DisciplineRecord(DisciplineForm.KHIEN_TRACH, DisciplineSystem.STATE,
                LocalDate.of(2025, 4, 2), "7/QĐ", true);
        DisciplineRecord lastYear = new DisciplineRecord(DisciplineForm.KHIEN_TRACH, DisciplineSystem.PARTY,
                LocalDate.of(2024, 4, 2), "8-QĐ/ĐU", true);
        Assessment member = Dossiers.standard().assess(in(2025,
                staff("CB-1").partyMember(true).discipline(inYear).build()));
        assertThat(member.reviewFlags()).filteredOn(f -> f.code().equals("QD124-TU-KHAC-PHUC")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("trừ trường hợp tự phát hiện và chủ động khắc phục")
                        .contains("7/QĐ"));
        ChuanmucAssertions.assertThat(member).hasPartyRating(RatingLevel.KHONG_HOAN_THANH);

        // not a party member; a party member disciplined in another year: no party rating to qualify
        Assessment notMember = Dossiers.standard().assess(in(2025, staff("CB-2").discipline(inYear).build()));
        Assessment earlier = Dossiers.standard().assess(in(2025,
                staff("CB-3").partyMember(true).discipline(lastYear).build()));
        assertThat(notMember.reviewFlags()).noneMatch(f -> f.code().equals("QD124-TU-KHAC-PHUC"));
        assertThat(earlier.reviewFlags()).noneMatch(f -> f.code().equals("QD124-TU-KHAC-PHUC"));
    }

    @Test
    void nd90HtB_countsThatCannotTellTheOverlap_giveBothBoundsInsteadOfSayingItIsNotKht() {
        // 10 assigned, 6 on time, 6 at quality: 4 certainly failed, 8 if the late ones are not those below quality
        Assessment a = Dossiers.standard().assess(in(2025, staff("CB-1").tasks(10, 10, 6, 6).build()));
        ChuanmucAssertions.assertThat(a).hasRating(RatingLevel.HOAN_THANH);
        assertThat(a.reviewFlags()).filteredOn(f -> f.code().equals("ND90-HT-B")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("số liệu chỉ chắc chắn 4/10 việc")
                        .contains("thì tới 8/10, từ 50% trở lên, mức Không hoàn thành nhiệm vụ (Điều 11 khoản 1 điểm b):"
                                + " hội đồng xác định").doesNotContain("cũng chưa đến mức"));

        // 40 assigned, 36 completed, 30 on time, 28 at quality: 12 to 18 failed, under half even at most
        Assessment under = Dossiers.standard().assess(in(2025, staff("CB-2").tasks(40, 36, 30, 28).build()));
        assertThat(under.reviewFlags()).filteredOn(f -> f.code().equals("ND90-HT-B")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("cũng chưa đến mức Không hoàn thành nhiệm vụ")
                        .doesNotContain("hội đồng xác định"));
    }
}
