package org.chuanmuc.assertions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chuanmuc.assertions.ChuanmucAssertions.assertThat;
import static org.chuanmuc.model.RatingLevel.HOAN_THANH;
import static org.chuanmuc.model.RatingLevel.HOAN_THANH_TOT;
import static org.chuanmuc.model.RatingLevel.HOAN_THANH_XUAT_SAC;
import static org.chuanmuc.model.RatingLevel.KHONG_HOAN_THANH;

import java.util.List;
import java.util.Optional;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.AssessmentReport;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.Flag;
import org.chuanmuc.assess.Reason;
import org.chuanmuc.assess.ReasonKind;
import org.chuanmuc.assess.RuleSetInfo;
import org.chuanmuc.assess.RuleSource;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.Track;
import org.chuanmuc.model.Unit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ChuanmucAssertionsTest {
    private static final RuleSetInfo RULES = new RuleSetInfo("thu", "1", "abc");
    private static final Reason SIGN = new Reason("NQ4-DD-03 đã xác minh: không quá Hoàn thành nhiệm vụ", "NQ4-DD-03",
            "Kê khai tài sản không trung thực", "Nghị quyết 04-NQ/TW", "Có biểu hiện kê khai không trung thực",
            ReasonKind.CAP, Optional.of(HOAN_THANH), Track.STATE, List.of("Officer(CB-1)"));
    private static final Reason PRAISE = new Reason("BIET-01 khen ngợi", "BIET-01", "", "", "Được nhân dân khen",
            ReasonKind.POSITIVE, Optional.empty(), Track.STATE, List.of());
    private static final Flag FLAG = new Flag("CANH_BAO_SOM", "Có 3 phản ánh đã xác minh", "CANH-BAO-01 ba phản ánh");
    private static final Flag WARNING = new Flag("LICH_SU", "Năm 2026 trong lịch sử", "DU-LIEU-01 lịch sử");

    private static final Assessment SIGNED = new Assessment("CB-1", "PC08", 2025, HOAN_THANH,
            Optional.of(KHONG_HOAN_THANH), List.of(SIGN, PRAISE), List.of(FLAG), List.of(WARNING), RULES);
    private static final Assessment CLEAN = new Assessment("CB-2", "PC08", 2025, HOAN_THANH_XUAT_SAC,
            Optional.empty(), List.of(), List.of(), List.of(), RULES);
    private static final AssessmentReport REPORT = new AssessmentReport(RULES, List.of(SIGNED, CLEAN));

    private static Assessor assessor;

    @BeforeAll
    static void compileRules() {
        assessor = Assessor.builder().rules(RuleSource.drl("thu.drl", """
                package org.chuanmuc.test;
                import org.chuanmuc.model.*;

                rule "NQ4-DD-03 đã xác minh: không quá Hoàn thành nhiệm vụ"
                when
                    $o : Officer()
                    SignFinding(code == "NQ4-DD-03", verified) from $o.signs
                then
                    insert(RatingCap.state($o.id(), RatingLevel.HOAN_THANH, "NQ4-DD-03", "Nghị quyết 04-NQ/TW",
                            "Có biểu hiện kê khai tài sản không trung thực"));
                end

                rule "CANH-BAO-DUOI-6-THANG: làm việc dưới 6 tháng"
                when
                    $o : Officer(monthsWorked < 6)
                then
                    insert(new ReviewFlag($o.id(), "DUOI-6-THANG", "Làm việc dưới 6 tháng trong năm"));
                end
                """)).build();
    }

    @Test
    void passingChain_onAssessment() {
        assertThat(SIGNED).hasRating(HOAN_THANH).hasPartyRating(KHONG_HOAN_THANH).hasReasonFor("NQ4-DD-03")
                .hasReasonFor("BIET-01").hasNoReasonFor("NQ4-DD-07").fired("NQ4-DD-03").fired("NQ4-DD")
                .fired("CANH-BAO-01").fired("DU-LIEU").hasReviewFlag("CANH_BAO_SOM").hasWarning("LICH_SU");
        assertThat(CLEAN).hasRating(HOAN_THANH_XUAT_SAC).hasNoReviewFlags().hasNoWarnings();
    }

    @Test
    void passingChain_onReport() {
        assertThat(REPORT).hasAssessed(2).hasCount(HOAN_THANH, 1).hasCount(KHONG_HOAN_THANH, 0)
                .assessmentOf("CB-2").hasRating(HOAN_THANH_XUAT_SAC);
    }

    @Test
    void worksSideBySideWithAssertJ() {
        assertThat(List.of(1, 2)).hasSize(2); // AssertJ's own overload, same static import name
        assertThat(SIGNED).hasRating(HOAN_THANH);
    }

    @Test
    void hasRating_wrong_messageListsRatingAndEveryReason() {
        assertThatThrownBy(() -> assertThat(SIGNED).hasRating(HOAN_THANH_TOT))
                .isInstanceOf(AssertionError.class)
                .hasMessage("""
                        Mong đợi xếp loại HOAN_THANH_TOT (Hoàn thành tốt nhiệm vụ) nhưng là HOAN_THANH (Hoàn thành \
                        nhiệm vụ) (expected rating HOAN_THANH_TOT but was HOAN_THANH)
                        Cán bộ (officer) CB-1, đơn vị (unit) PC08, năm (year) 2025
                          xếp loại (rating): HOAN_THANH (Hoàn thành nhiệm vụ)
                          xếp loại Đảng (party rating): KHONG_HOAN_THANH (Không hoàn thành nhiệm vụ)
                          lý do (reasons):
                            - NQ4-DD-03 — "NQ4-DD-03 đã xác minh: không quá Hoàn thành nhiệm vụ" — Có biểu hiện kê \
                        khai không trung thực [CAP ≤ HOAN_THANH]
                            - BIET-01 — "BIET-01 khen ngợi" — Được nhân dân khen [POSITIVE]
                          cần xem xét (review flags):
                            - CANH_BAO_SOM — Có 3 phản ánh đã xác minh ("CANH-BAO-01 ba phản ánh")
                          cảnh báo (warnings):
                            - LICH_SU — Năm 2026 trong lịch sử ("DU-LIEU-01 lịch sử")
                        """);
    }

    @Test
    void hasRating_noReasons_saysNone() {
        assertThatThrownBy(() -> assertThat(CLEAN).hasRating(HOAN_THANH))
                .hasMessageContaining("expected rating HOAN_THANH but was HOAN_THANH_XUAT_SAC")
                .hasMessageContaining("lý do (reasons): không có (none)");
    }

    @Test
    void hasPartyRating_notPartyMember_fails() {
        assertThatThrownBy(() -> assertThat(CLEAN).hasPartyRating(HOAN_THANH))
                .hasMessageContaining("nhưng là không có (none: not a party member)")
                .hasMessageContaining("expected party rating HOAN_THANH but was none");
        assertThatThrownBy(() -> assertThat(SIGNED).hasPartyRating(HOAN_THANH))
                .hasMessageContaining("expected party rating HOAN_THANH but was KHONG_HOAN_THANH");
    }

    @Test
    void hasReasonFor_missing_fails() {
        assertThatThrownBy(() -> assertThat(SIGNED).hasReasonFor("NQ4-DD-07"))
                .hasMessageStartingWith("Mong đợi một lý do về tiêu chí NQ4-DD-07 nhưng không có "
                        + "(expected a reason for criterion NQ4-DD-07 but found none)")
                .hasMessageContaining("- NQ4-DD-03 — \"NQ4-DD-03 đã xác minh: không quá Hoàn thành nhiệm vụ\" — ");
    }

    @Test
    void hasNoReasonFor_present_fails() {
        assertThatThrownBy(() -> assertThat(SIGNED).hasNoReasonFor("NQ4-DD-03"))
                .hasMessageContaining("expected no reason for criterion NQ4-DD-03 but found 1");
    }

    @Test
    void fired_noSuchRule_listsTheRulesThatDid() {
        assertThatThrownBy(() -> assertThat(SIGNED).fired("ND90-KHT"))
                .hasMessageContaining("expected a rule starting with \"ND90-KHT\" to have fired, but none did")
                .hasMessageContaining("Các quy tắc đã kích hoạt (rules that fired): \"NQ4-DD-03 đã xác minh: không "
                        + "quá Hoàn thành nhiệm vụ\", \"BIET-01 khen ngợi\", \"CANH-BAO-01 ba phản ánh\", "
                        + "\"DU-LIEU-01 lịch sử\"");
        assertThatThrownBy(() -> assertThat(CLEAN).fired("NQ4"))
                .hasMessageContaining("(rules that fired): không có (none)");
    }

    @Test
    void flagsAndWarnings_wrong_fail() {
        assertThatThrownBy(() -> assertThat(CLEAN).hasReviewFlag("CANH_BAO_SOM"))
                .hasMessageContaining("expected review flag CANH_BAO_SOM but found none");
        assertThatThrownBy(() -> assertThat(SIGNED).hasNoReviewFlags())
                .hasMessageContaining("expected no review flags but found 1")
                .hasMessageContaining("CANH_BAO_SOM — Có 3 phản ánh đã xác minh");
        assertThatThrownBy(() -> assertThat(CLEAN).hasWarning("LICH_SU"))
                .hasMessageContaining("expected warning LICH_SU but found none");
        assertThatThrownBy(() -> assertThat(SIGNED).hasNoWarnings())
                .hasMessageContaining("expected no warnings but found 1");
    }

    @Test
    void nullAssessment_fails() {
        assertThatThrownBy(() -> assertThat((Assessment) null).hasRating(HOAN_THANH))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Expecting actual not to be null");
    }

    @Test
    void report_wrongCounts_showCountsPerLevel() {
        assertThatThrownBy(() -> assertThat(REPORT).hasAssessed(3))
                .hasMessageContaining("expected 3 assessments but found 2")
                .hasMessageContaining("HOAN_THANH_XUAT_SAC: 1")
                .hasMessageContaining("KHONG_HOAN_THANH: 0");
        assertThatThrownBy(() -> assertThat(REPORT).hasCount(HOAN_THANH, 2))
                .hasMessageContaining("expected 2 officers rated HOAN_THANH but found 1")
                .hasMessageContaining("Cán bộ ở mức này (officers at this level): CB-1");
    }

    @Test
    void report_notRatedOfficer_isCountedApartFromTheLevelProposedForInformation() {
        // under 6 months worked, proposed xuất sắc for information: as the CLI's summary, in no level
        Assessment notRated = new Assessment("CB-3", "PC08", 2025, HOAN_THANH_XUAT_SAC, Optional.empty(), List.of(),
                List.of(new Flag(Flag.NOT_RATED, "Công tác 4 tháng trong năm", "TG-6T")), List.of(), RULES);
        AssessmentReport report = new AssessmentReport(RULES, List.of(SIGNED, CLEAN, notRated));

        assertThat(report.countByRating()).containsOnly(org.assertj.core.api.Assertions.entry(HOAN_THANH, 1),
                org.assertj.core.api.Assertions.entry(HOAN_THANH_XUAT_SAC, 1));
        assertThat(report.countNotRated()).isEqualTo(1);
        assertThat(report).hasAssessed(3).hasCount(HOAN_THANH_XUAT_SAC, 1).hasNotRated(1);
        assertThatThrownBy(() -> assertThat(report).hasCount(HOAN_THANH_XUAT_SAC, 2))
                .hasMessageContaining("expected 2 officers rated HOAN_THANH_XUAT_SAC but found 1")
                .hasMessageEndingWith("Cán bộ ở mức này (officers at this level): CB-2")
                .hasMessageContaining("không xếp loại (not rated): 1");
        assertThatThrownBy(() -> assertThat(report).hasNotRated(0))
                .hasMessageContaining("expected 0 officers not rated but found 1")
                .hasMessageContaining("CB-3");
    }

    @Test
    void report_assessmentOfUnknownOfficer_listsThosePresent() {
        assertThatThrownBy(() -> assertThat(REPORT).assessmentOf("CB-9"))
                .hasMessage("Không có đánh giá nào của cán bộ CB-9 (no assessment for officer CB-9)\n"
                        + "Các cán bộ có trong kết quả (officers present): CB-1, CB-2");
    }

    @Test
    void report_assessmentOf_failureDescribesThatOfficer() {
        assertThatThrownBy(() -> assertThat(REPORT).assessmentOf("CB-1").hasRating(HOAN_THANH_XUAT_SAC))
                .hasMessageContaining("Cán bộ (officer) CB-1");
    }

    @Test
    void withAssessor_reasonsAndFiredRulesComeFromTheRules() {
        Period period = new Period(2025);
        Unit unit = Unit.of("PC08", "Phòng Cảnh sát giao thông");
        Dossier signed = new Dossier(period, unit, Officer.builder("CB-1", "PC08", Role.STAFF)
                .tasks(40, 40, 40, 40).sign("NQ4-DD-03", true).monthsWorked(4).build());
        Dossier clean = new Dossier(period, unit, Officer.builder("CB-2", "PC08", Role.STAFF)
                .tasks(40, 40, 40, 40).build());

        AssessmentReport report = assessor.assessAll(List.of(signed, clean));

        assertThat(report).hasAssessed(2).hasCount(HOAN_THANH, 1).hasCount(HOAN_THANH_XUAT_SAC, 1);
        assertThat(report).assessmentOf("CB-1").hasRating(HOAN_THANH).hasReasonFor("NQ4-DD-03")
                .fired("NQ4-DD-03 đã xác minh").hasReviewFlag("DUOI-6-THANG").hasNoWarnings();
        assertThat(report).assessmentOf("CB-2").hasRating(HOAN_THANH_XUAT_SAC).hasNoReasonFor("NQ4-DD-03")
                .hasNoReviewFlags();
        assertThatThrownBy(() -> assertThat(report).assessmentOf("CB-1").hasRating(HOAN_THANH_TOT))
                .hasMessageContaining("- NQ4-DD-03 — \"NQ4-DD-03 đã xác minh: không quá Hoàn thành nhiệm vụ\" — "
                        + "Có biểu hiện kê khai tài sản không trung thực [CAP ≤ HOAN_THANH]");
    }
}
