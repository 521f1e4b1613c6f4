package org.chuanmuc.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chuanmuc.criteria.Dossiers.all;
import static org.chuanmuc.criteria.Dossiers.head;
import static org.chuanmuc.criteria.Dossiers.in;
import static org.chuanmuc.criteria.Dossiers.staff;
import static org.chuanmuc.criteria.Dossiers.unitRated;

import java.time.LocalDate;
import java.util.Optional;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.Reason;
import org.chuanmuc.assertions.ChuanmucAssertions;
import org.chuanmuc.model.DisciplineForm;
import org.chuanmuc.model.DisciplineRecord;
import org.chuanmuc.model.DisciplineSystem;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.SignFinding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The decisive cases of the rating law, each from a dossier to a rating with its reason and citation. */
class StandardCriteriaTest {
    private static Assessor assessor;

    @BeforeAll
    static void compile() {
        assessor = Dossiers.standard();
    }

    @Test
    void build_everyStandardRuleFile_passesTheGuardAndCompiles() {
        // the guard runs on every source (DRL, DSLR after expansion, each worksheet after conversion)
        // before compilation, so a built assessor means every file passed it
        assertThat(StandardCriteria.sourceNames()).contains("chuanmuc.dsl", "dau-hieu.dslr", "ky-luat.dslr",
                "phong-cach.dslr", "xep-loai.drl", "han-muc.drl", "bang-quyet-dinh.xlsx");
        assertThat(assessor.ruleNames()).allSatisfy(name -> assertThat(name).matches("^[A-Z0-9]+(-[A-Z0-9]+)* .+"));
        assertThat(assessor.ruleSet().name()).isEqualTo(StandardCriteria.NAME);
    }

    @Test
    void assess_cleanRecord2025_ratesExcellentWithinQuotaOfOne() {
        // one excellent officer needs 5 finally rated "tốt" in the unit under the 20% quota. Up to 2025 tốt and xuất
        // sắc ask the same of the counts (100% on time and at quality, ND 90/2020 Điều 8, 9), so six clean records
        // are six candidates: 1 ≤ 20% × 5 keeps it, the smallest id (36/40 on time was tốt before; by Điều 9 it is not)
        var report = assessor.assessAll(all(2025, Dossiers.unit(),
                staff("CB-1").build(), staff("CB-2").build(), staff("CB-3").build(), staff("CB-4").build(),
                staff("CB-5").build(), staff("CB-6").build()));
        assertThat(report.assessments()).extracting(Assessment::rating).containsExactly(
                RatingLevel.HOAN_THANH_XUAT_SAC, RatingLevel.HOAN_THANH_TOT, RatingLevel.HOAN_THANH_TOT,
                RatingLevel.HOAN_THANH_TOT, RatingLevel.HOAN_THANH_TOT, RatingLevel.HOAN_THANH_TOT);
        assertThat(report.assessments().get(0).reasonsFor("HAN-MUC-XS")).isNotEmpty();
    }

    @Test
    void assess_verifiedSevereSign_ratesNotCompletedWithCitation() {
        Assessment a = assessor.assess(in(2025, staff("CB-1")
                .sign(new SignFinding("NQ4-DD-07", true, Optional.of(LocalDate.of(2025, 3, 2)), "Biên bản 12/BB"))
                .build()));
        ChuanmucAssertions.assertThat(a).hasRating(RatingLevel.KHONG_HOAN_THANH).hasReasonFor("NQ4-DD-07")
                .fired("NQ4-MD-1").hasNoWarnings();
        Reason r = a.reasonsFor("NQ4-DD-07").get(0);
        assertThat(r.rule()).startsWith("NQ4-MD-1");
        assertThat(r.citation()).contains("Nghị quyết 04-NQ/TW");
        assertThat(r.message()).contains("Tham ô, lạm dụng chức quyền").contains("Biên bản 12/BB");
    }

    @Test
    void assess_disciplineInYear_ratesNotCompleted() {
        Assessment a = assessor.assess(in(2025, staff("CB-1").discipline(new DisciplineRecord(
                DisciplineForm.KHIEN_TRACH, DisciplineSystem.STATE, LocalDate.of(2025, 5, 10), "123/QĐ-CAT", true))
                .build()));
        ChuanmucAssertions.assertThat(a).hasRating(RatingLevel.KHONG_HOAN_THANH).fired("KL-NN-01").hasNoReviewFlags();
        assertThat(a.reasonsFor("KL-NN")).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("khiển trách theo quyết định 123/QĐ-CAT ngày 10/05/2025"));
    }

    @Test
    void assess_twoPastYearsNotCompleted_flagsDismissalReview() {
        Assessment a = assessor.assess(in(2025, staff("CB-1").history(2024, RatingLevel.KHONG_HOAN_THANH)
                .history(2023, RatingLevel.KHONG_HOAN_THANH).build()));
        // alone in a unit with nobody rated "tốt", the quota leaves no room for "xuất sắc"
        ChuanmucAssertions.assertThat(a).hasRating(RatingLevel.HOAN_THANH_TOT).hasReasonFor("HAN-MUC-XS")
                .hasReviewFlag("LS-KHT2")
                .fired("LS-KHT2 hai năm trước");
    }

    @Test
    void assess_twoPastYearsNotCompletedAmongSeveralEntriesOfAYear_flagsDismissalReview() {
        // a dossier may carry two entries for 2024 (a rating later corrected): any entry counts, not only the first
        Assessment a = assessor.assess(in(2025, staff("CB-1").history(2024, RatingLevel.HOAN_THANH)
                .history(2024, RatingLevel.KHONG_HOAN_THANH).history(2023, RatingLevel.KHONG_HOAN_THANH).build()));
        ChuanmucAssertions.assertThat(a).hasReviewFlag("LS-KHT2").fired("LS-KHT2 hai năm trước");
        assertThat(a.reviewFlags()).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("Năm 2023 và năm 2024 liên tiếp Không hoàn thành nhiệm vụ: thuộc trường hợp xem xét giải"
                        + " quyết thôi việc"));
    }

    @Test
    void assess_pastYearsNotCompletedButNotBothOfTheTwoLast_noDismissalReview() {
        // 2024 completed, 2023 not: only one of the two years before 2025
        ChuanmucAssertions.assertThat(assessor.assess(in(2025, staff("CB-1").history(2024, RatingLevel.HOAN_THANH)
                .history(2023, RatingLevel.KHONG_HOAN_THANH).build()))).hasNoReviewFlags();
        // 2023 and 2022 not completed, 2024 missing: two consecutive years, but not the two before 2025
        ChuanmucAssertions.assertThat(assessor.assess(in(2025, staff("CB-1").history(2023, RatingLevel.KHONG_HOAN_THANH)
                .history(2022, RatingLevel.KHONG_HOAN_THANH).build()))).hasNoReviewFlags();
    }

    @Test
    void assess_sameDossierBothRegimes_scoreDecidesFrom2026() {
        var officer = staff("CB-1").tasks(40, 40, 30, 30).generalScore(20).build();
        assertThat(assessor.assess(in(2025, officer)).rating()).isEqualTo(RatingLevel.HOAN_THANH);
        Assessment y2026 = assessor.assess(in(2026, officer));
        // 20 + 70 × (1 + 0.75 + 0.75) / 3 = 78.3 points → tốt
        assertThat(y2026.rating()).isEqualTo(RatingLevel.HOAN_THANH_TOT);
        assertThat(y2026.reasonsFor("ND335-DIEM").get(0).message()).contains("tổng 78,3 điểm");
    }

    @Test
    void assess_leaderInUnitRatedCompleted_isCappedAndSignMeansNotCompleted() {
        var report = assessor.assessAll(all(2025, unitRated(RatingLevel.HOAN_THANH),
                head("LD-1").build(),
                head("LD-2").sign(new SignFinding("NQ4-CT-07", true, Optional.empty(), "")).build()));
        ChuanmucAssertions.assertThat(report).hasAssessed(2);
        ChuanmucAssertions.assertThat(report).assessmentOf("LD-1").hasRating(RatingLevel.HOAN_THANH).hasReasonFor("LD-DV");
        ChuanmucAssertions.assertThat(report).assessmentOf("LD-2").hasRating(RatingLevel.KHONG_HOAN_THANH)
                .hasReasonFor("CT05").hasReasonFor("NQ4-CT-07").hasReviewFlag("NQ4-MUC-NHE");
    }
}
