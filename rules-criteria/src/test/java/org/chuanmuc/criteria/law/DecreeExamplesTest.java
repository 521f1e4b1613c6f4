package org.chuanmuc.criteria.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.Reason;
import org.chuanmuc.assess.ReasonKind;
import org.chuanmuc.assertions.ChuanmucAssertions;
import org.chuanmuc.criteria.CriteriaCatalogue;
import org.chuanmuc.criteria.StandardCriteria;
import org.chuanmuc.model.Criterion;
import org.chuanmuc.model.DisciplineForm;
import org.chuanmuc.model.DisciplineRecord;
import org.chuanmuc.model.DisciplineSystem;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.OfficerBuilder;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.Severity;
import org.chuanmuc.model.SignFinding;
import org.chuanmuc.model.Track;
import org.chuanmuc.model.Unit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The decrees' own cases, one dossier each, with the rating the text gives (sources on
 * {@link LegalOraclePropertyTest}). The expected numbers are worked out by hand from the decree, not taken from the
 * rules.
 */
class DecreeExamplesTest {
    private static final Unit UNIT = Unit.of("DV-01", "Đội Cảnh sát điều tra");
    private static Assessor assessor;

    @BeforeAll
    static void compile() {
        assessor = Assessor.builder().rules(StandardCriteria.rules()).build();
    }

    @Test
    void quota2026_sevenCandidatesAndSixGood_twoKeepExcellent() {
        // 7 score ≥ 90 and 6 score 70–89: 2 ≤ 20% × (6 + 7 − 2) = 2.2, while 3 > 20% × 10 = 2
        List<Officer> officers = new ArrayList<>();
        double[] excellent = {97, 92.5, 96, 90, 94, 91, 93};
        for (int i = 0; i < excellent.length; i++) {
            officers.add(staff("CB-0" + (i + 1)).scores(27, excellent[i] - 27).build());
        }
        for (int i = 0; i < 6; i++) {
            officers.add(staff("CB-1" + i).scores(22, 55 + i).build());
        }
        List<Assessment> result = assessAll(2026, officers);

        assertThat(idsRated(result, RatingLevel.HOAN_THANH_XUAT_SAC)).as("the two highest totals, 97 and 96")
                .containsExactly("CB-01", "CB-03");
        assertThat(idsRated(result, RatingLevel.HOAN_THANH_TOT)).hasSize(11);
    }

    @Test
    void quota2026_tenOfficersAllScoring95_oneKeepsExcellent() {
        // 1 ≤ 20% × 9 = 1.8 but 2 > 20% × 8 = 1.6; all tied, so the smallest id keeps it
        List<Officer> officers = IntStream.rangeClosed(1, 10)
                .mapToObj(i -> staff(String.format("CB-%02d", i)).scores(25, 70).build()).toList();
        List<Assessment> result = assessAll(2026, officers);

        assertThat(idsRated(result, RatingLevel.HOAN_THANH_XUAT_SAC)).containsExactly("CB-01");
        assertThat(idsRated(result, RatingLevel.HOAN_THANH_TOT)).hasSize(9);
    }

    @ParameterizedTest(name = "{0} rated tốt on their own merits and {1} candidates: {2} keep xuất sắc")
    @CsvSource({"0, 5, 0", "0, 6, 1", "24, 6, 5", "25, 6, 5", "30, 6, 6", "4, 1, 0", "5, 1, 1"})
    void quota2026_boundaryCounts_largestShareOfTheFinalGood(int good, int candidates, int kept) {
        List<Officer> officers = new ArrayList<>();
        for (int i = 0; i < candidates; i++) {
            officers.add(staff(String.format("CB-X%02d", i)).scores(25, 70 - i * 0.5).build());
        }
        for (int i = 0; i < good; i++) {
            officers.add(staff(String.format("CB-T%02d", i)).scores(20, 60).build());
        }
        List<Assessment> result = assessAll(2026, officers);

        assertThat(idsRated(result, RatingLevel.HOAN_THANH_XUAT_SAC)).as("kept, best totals first")
                .containsExactlyElementsOf(IntStream.range(0, kept).mapToObj(i -> String.format("CB-X%02d", i)).toList());
        assertThat(idsRated(result, RatingLevel.HOAN_THANH_TOT)).hasSize(good + candidates - kept);
    }

    @Test
    void quota2026_perGroupWithSimilarDuties_eachGroupCountsItsOwnGood() {
        // each group: 2 candidates and 5 tốt → 1 keeps (1 ≤ 20% × 6, 2 > 20% × 5). Counted over the whole
        // unit the two best totals (both in "Điều tra") would keep it instead.
        List<Officer> officers = new ArrayList<>();
        officers.add(staff("CB-A1").group("Điều tra").scores(28, 70).build());
        officers.add(staff("CB-A2").group("Điều tra").scores(27, 70).build());
        officers.add(staff("CB-B1").group("Hành chính").scores(26, 70).build());
        officers.add(staff("CB-B2").group("Hành chính").scores(25, 70).build());
        for (int i = 0; i < 5; i++) {
            officers.add(staff("CB-A" + (3 + i)).group("Điều tra").scores(20, 60).build());
            officers.add(staff("CB-B" + (3 + i)).group("Hành chính").scores(20, 60).build());
        }
        List<Assessment> result = assessAll(2026, officers);

        assertThat(idsRated(result, RatingLevel.HOAN_THANH_XUAT_SAC)).containsExactly("CB-A1", "CB-B1");
    }

    @Test
    void nd90PointB_2025_allCompletedButThirtyOfFortyLateAndBelowQuality_notCompleted() {
        Assessment a = assessor.assess(dossier(2025, staff("CB-01").tasks(40, 40, 10, 10).build()));

        ChuanmucAssertions.assertThat(a).hasRating(RatingLevel.KHONG_HOAN_THANH);
        assertThat(citationsCappingAtNotCompleted(a)).anyMatch(Condition.required("90/2020", "b", "")::citedBy);
    }

    @Test
    void nd90PointB_2025_exactlyHalfLate_notCompleted() {
        // 20 of 40 late: the share failing is at least 50%, and "từ 50%" includes it
        Assessment a = assessor.assess(dossier(2025, staff("CB-01").tasks(40, 40, 20, 40).build()));

        ChuanmucAssertions.assertThat(a).hasRating(RatingLevel.KHONG_HOAN_THANH);
    }

    @Test
    void nd90PointB_2025_oneTaskShortOfHalfFailing_notForThatReason() {
        // 19 of 40 late and 19 below quality: the counts prove only 47.5% failing
        Assessment a = assessor.assess(dossier(2025, staff("CB-01").tasks(40, 40, 21, 21).build()));

        assertThat(a.rating()).as("%s", a.reasons()).isNotEqualTo(RatingLevel.KHONG_HOAN_THANH);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {2025, 2026})
    void concludedSign_mildSeverity_notCompleted(int year) {
        Assessment a = assessor.assess(dossier(year, staff("CB-01").sign(
                new SignFinding(mildSign(), true, Optional.of(LocalDate.of(year, 4, 2)), "Kết luận 7/KL")).build()));

        ChuanmucAssertions.assertThat(a).hasRating(RatingLevel.KHONG_HOAN_THANH);
        Condition point = year >= 2026 ? Condition.required("335/2025", "b", "") : Condition.required("90/2020", "a", "");
        assertThat(citationsCappingAtNotCompleted(a)).anyMatch(point::citedBy);
    }

    @Test
    void nd48_2025_partyDisciplineInTheYear_stateRatingNotCompleted() {
        // NĐ 90/2020 Điều 2 khoản 5 (added by NĐ 48/2023): party or state discipline in the year
        Assessment a = assessor.assess(dossier(2025, staff("CB-01").partyMember(true).discipline(new DisciplineRecord(
                DisciplineForm.KHIEN_TRACH, DisciplineSystem.PARTY, LocalDate.of(2025, 6, 1), "12-QĐ/ĐU", true)).build()));

        ChuanmucAssertions.assertThat(a).hasRating(RatingLevel.KHONG_HOAN_THANH);
    }

    @Test
    void nd48_2025_stateDisciplineUnrelatedToDuties_notCompleted() {
        // NĐ 48/2023 removed "trong quá trình thực thi nhiệm vụ" from the condition
        Assessment a = assessor.assess(dossier(2025, staff("CB-01").discipline(new DisciplineRecord(
                DisciplineForm.KHIEN_TRACH, DisciplineSystem.STATE, LocalDate.of(2025, 6, 1), "9/QĐ-CAT", false)).build()));

        ChuanmucAssertions.assertThat(a).hasRating(RatingLevel.KHONG_HOAN_THANH);
    }

    @Test
    void nd335_2026_computedTotalOfExactlyFifty_completedNotFailed() {
        // 70 × (8 + 6 + 4) / (3 × 12) = 35 task points, + 15 general = 50: "từ 50 điểm" is hoàn thành
        Assessment a = assessor.assess(dossier(2026, staff("CB-01").tasks(12, 8, 4, 6).generalScore(15).build()));

        ChuanmucAssertions.assertThat(a).hasRating(RatingLevel.HOAN_THANH);
    }

    @Test
    void nd335_2026_leaderOfUnitUnderHalfDone_notFailedForThatAlone() {
        // NĐ 335/2025 has no condition on the unit's share of tasks; the head scores 28 + 70 = 98
        List<Officer> officers = new ArrayList<>();
        officers.add(Officer.builder("CB-01", UNIT.id(), Role.HEAD).monthsWorked(12).tasks(10, 10, 10, 10)
                .scores(28, 70).build());
        for (int i = 2; i <= 6; i++) {
            officers.add(staff("CB-0" + i).tasks(40, 5, 5, 5).scores(20, 45).build());
        }
        List<Assessment> result = assessAll(2026, officers);

        assertThat(result.get(0).rating()).as("%s", result.get(0).reasons()).isNotEqualTo(RatingLevel.KHONG_HOAN_THANH);
    }

    // NĐ 90/2020 Điều 8–10 (up to 2025): the levels above không hoàn thành, read from the task counts

    @Test
    void nd90Dieu9_2025_staffEveryTaskOnTimeAndAtQuality_good() {
        // Điều 9 khoản 1 điểm b met; alone in the unit, the quota leaves no place of xuất sắc (0 ≤ 20% × 1)
        Assessment a = assessor.assess(dossier(2025, staff("CB-01").tasks(40, 40, 40, 40).build()));

        ChuanmucAssertions.assertThat(a).hasRating(RatingLevel.HOAN_THANH_TOT);
    }

    @ParameterizedTest(name = "{0} assigned, {1} completed, {2} on time, {3} at quality")
    @CsvSource({"40, 40, 39, 40", "40, 40, 40, 39", "5, 5, 4, 5"})
    void nd90Dieu10_2025_staffOneTaskLateOrBelowQuality_completedNotGood(int assigned, int done, int onTime, int quality) {
        // not Điều 9 khoản 1 điểm b ("100% … bảo đảm đúng tiến độ, chất lượng"); all completed and 1 task failing
        // is at most 20% (1 of 5 exactly 20%: "không quá 20%"), so Điều 10 khoản 1 điểm b: hoàn thành
        Assessment a = assessor.assess(dossier(2025, staff("CB-01").tasks(assigned, done, onTime, quality).build()));

        ChuanmucAssertions.assertThat(a).hasRating(RatingLevel.HOAN_THANH);
    }

    @Test
    void nd90Dieu9_2025_staffOneTaskNotCompleted_notGood() {
        // neither Điều 9 (100% completed) nor Điều 10 ("đều hoàn thành"), and 1 of 40 is far from Điều 11's 50%:
        // the decree names no level; not tốt or above, and no condition of không hoàn thành: hoàn thành is all that
        // is left
        Assessment a = assessor.assess(dossier(2025, staff("CB-01").tasks(40, 39, 39, 39).build()));

        assertThat(a.rating()).as("%s", a.reasons()).isEqualTo(RatingLevel.HOAN_THANH);
    }

    @Test
    void nd90Dieu9_2025_staffEightyPercentOnTimeAndAtQuality_notGood() {
        // the project's old threshold for tốt (≥ 80% on time and at quality) is not the decree's (100%); between 20%
        // and 40% of the tasks fail, under Điều 11's 50%: not tốt, not không hoàn thành
        Assessment a = assessor.assess(dossier(2025, staff("CB-01").tasks(40, 40, 32, 32).build()));

        assertThat(a.rating()).as("%s", a.reasons()).isEqualTo(RatingLevel.HOAN_THANH);
    }

    @Test
    void nd90Dieu9_2025_headWhoseUnitLeftOneTaskUndone_notGood() {
        // the head's own tasks are perfect, but the unit did not "hoàn thành tất cả các chỉ tiêu, nhiệm vụ"
        // (Điều 9 khoản 2 điểm c): 59 of 60
        List<Assessment> result = assessAll(2025, List.of(head("CB-01").tasks(10, 10, 10, 10).build(),
                staff("CB-02").tasks(50, 49, 49, 49).build()));

        assertThat(result.get(0).rating()).as("%s", result.get(0).reasons()).isEqualTo(RatingLevel.HOAN_THANH);
    }

    @ParameterizedTest(name = "unit on time {0}/50: head at most {1}")
    @CsvSource({"40, HOAN_THANH_TOT", "39, HOAN_THANH"})
    void nd90Dieu9_2025_headWhoseUnitIsAtEightyPercentOnTime_goodOnlyFromEighty(int unitOnTime, RatingLevel best) {
        // head 10/10/10/10 and one officer 40/40/(unitOnTime − 10)/40: the unit completes all 50, all at quality,
        // and unitOnTime on time; at 40 at least 80% are both on time and at quality (Điều 9 khoản 2 điểm c), at 39
        // fewer than 80% can be
        List<Assessment> result = assessAll(2025, List.of(head("CB-01").tasks(10, 10, 10, 10).build(),
                staff("CB-02").tasks(40, 40, unitOnTime - 10, 40).build()));

        assertThat(result.get(0).rating()).as("%s", result.get(0).reasons()).isEqualTo(best);
    }

    @Test
    void nd90Dieu8_2025_excellentProposal_namesTheTasksBeyondTheRequiredLevel() {
        // an outstanding unit lifts the quota; Điều 8 khoản 1 điểm b asks for "ít nhất 50% nhiệm vụ hoàn thành vượt
        // mức", which no dossier shows: a proposal of xuất sắc must say that the council has to confirm it
        Unit outstanding = new Unit("DV-02", "Đội xuất sắc", Optional.empty(), true);
        Assessment a = assessor.assess(new Dossier(new Period(2025), outstanding,
                Officer.builder("CB-01", "DV-02", Role.STAFF).monthsWorked(12).tasks(40, 40, 40, 40).build()));

        assertThat(a.rating()).as("%s", a.reasons()).isIn(RatingLevel.HOAN_THANH_XUAT_SAC, RatingLevel.HOAN_THANH_TOT);
        if (a.rating() == RatingLevel.HOAN_THANH_XUAT_SAC) {
            assertThat(LegalOracle.says(a, Decree.EXCEEDED)).as("flags %s, reasons %s", a.reviewFlags(), a.reasons())
                    .isTrue();
        }
    }

    // NĐ 90/2020 Điều 2 khoản 3: months worked

    @ParameterizedTest(name = "{0} months")
    @CsvSource({"5, true", "6, false"})
    void nd90Dieu2_2025_underSixMonths_notRatedAndFlagged(int months, boolean flagged) {
        Assessment a = assessor.assess(dossier(2025, staff("CB-01").monthsWorked(months).build()));

        assertThat(a.reviewFlags().stream().anyMatch(f -> f.rule().startsWith(LegalOracle.SHORT_SERVICE_FLAG)))
                .as("%s", a.reviewFlags()).isEqualTo(flagged);
    }

    @ParameterizedTest(name = "{0} months")
    @ValueSource(ints = {6, 9})
    void nd90Dieu2_2025_sixToNineMonths_goodOnlyWithAFlagOnTheTimeWorked(int months) {
        // absent 3 to under 6 months → not tốt or above; 6–9 months worked may be such an absence or a late start
        Assessment a = assessor.assess(dossier(2025, staff("CB-01").monthsWorked(months).tasks(40, 40, 40, 40).build()));

        if (!a.rating().isBelow(RatingLevel.HOAN_THANH_TOT)) {
            assertThat(LegalOracle.speaksOfTimeWorked(a, months)).as("rated %s: the council must see the months; flags"
                    + " %s", a.rating(), a.reviewFlags()).isTrue();
        }
        assertThat(a.rating()).isNotEqualTo(RatingLevel.KHONG_HOAN_THANH);
    }

    @ParameterizedTest(name = "{0} months")
    @ValueSource(ints = {10, 12})
    void nd90Dieu2_2025_tenMonthsOrMore_noAbsenceCap(int months) {
        // at most 2 months absent: the cap on tốt does not apply
        Assessment a = assessor.assess(dossier(2025, staff("CB-01").monthsWorked(months).tasks(40, 40, 40, 40).build()));

        ChuanmucAssertions.assertThat(a).hasRating(RatingLevel.HOAN_THANH_TOT);
    }

    @ParameterizedTest(name = "fifth officer rated tốt worked {0} months: {1} keep xuất sắc")
    @CsvSource({"5, 0", "12, 1"})
    void quota2026_officerUnderSixMonths_notCountedAmongTheGood(int months, int kept) {
        // 1 candidate and 4 tốt: 1 > 20% × 4; a fifth tốt makes 1 ≤ 20% × 5, but only if they are rated at all
        List<Officer> officers = new ArrayList<>();
        officers.add(staff("CB-01").scores(28, 68).build());
        for (int i = 2; i <= 5; i++) {
            officers.add(staff("CB-0" + i).scores(20, 55).build());
        }
        officers.add(staff("CB-06").monthsWorked(months).scores(20, 55).build());
        List<Assessment> result = assessAll(2026, officers);

        assertThat(idsRated(result, RatingLevel.HOAN_THANH_XUAT_SAC)).hasSize(kept);
    }

    @Test
    void quota2026_candidateUnderSixMonths_takesNoPlace() {
        // CB-01 (5 months, 98 points) is not rated; CB-02 (95) is the only candidate: 1 ≤ 20% × 5 → CB-02 keeps it
        List<Officer> officers = new ArrayList<>();
        officers.add(staff("CB-01").monthsWorked(5).scores(28, 70).build());
        officers.add(staff("CB-02").scores(28, 67).build());
        for (int i = 3; i <= 7; i++) {
            officers.add(staff("CB-0" + i).scores(20, 55).build());
        }
        List<Assessment> result = assessAll(2026, officers);

        assertThat(result.get(1).rating()).as("%s", result.get(1).reasons()).isEqualTo(RatingLevel.HOAN_THANH_XUAT_SAC);
    }

    private static OfficerBuilder head(String id) {
        return Officer.builder(id, UNIT.id(), Role.HEAD).monthsWorked(12).tasks(40, 40, 40, 40).scores(28, 70);
    }

    private static OfficerBuilder staff(String id) {
        return Officer.builder(id, UNIT.id(), Role.STAFF).monthsWorked(12).tasks(40, 40, 40, 40).scores(28, 70);
    }

    private static Dossier dossier(int year, Officer o) {
        return new Dossier(new Period(year), UNIT, o);
    }

    private static List<Assessment> assessAll(int year, List<Officer> officers) {
        return assessor.assessAll(officers.stream().map(o -> dossier(year, o)).toList()).assessments();
    }

    private static List<String> idsRated(List<Assessment> result, RatingLevel level) {
        return result.stream().filter(a -> a.rating() == level).map(Assessment::officerId).toList();
    }

    private static List<String> citationsCappingAtNotCompleted(Assessment a) {
        return a.reasons().stream().filter(r -> r.kind() == ReasonKind.CAP && r.track() == Track.STATE
                && r.cap().equals(Optional.of(RatingLevel.KHONG_HOAN_THANH))).map(Reason::citation).toList();
    }

    /** A sign the catalogue rates mild (NHE): the decree names no severity, so it still gives KHT. */
    private static String mildSign() {
        return CriteriaCatalogue.standard().all().stream().filter(c -> c.severity().equals(Optional.of(Severity.NHE)))
                .map(Criterion::code).findFirst().orElseThrow();
    }
}
