package org.chuanmuc.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.chuanmuc.criteria.CriteriaCatalogue;
import org.chuanmuc.model.DisciplineForm;
import org.chuanmuc.model.DisciplineRecord;
import org.chuanmuc.model.DisciplineSystem;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.OfficerBuilder;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.SignFinding;
import org.chuanmuc.model.Unit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The hand-written baseline on the decrees' own cases (the expected numbers are worked out from the decree). */
class JavaBaselineTest {
    private static final Unit UNIT = Unit.of("DV-01", "Đội Cảnh sát điều tra");
    private final JavaBaseline baseline = new JavaBaseline(CriteriaCatalogue.standard().all());

    @Test
    void rate2026_sevenCandidatesAndSixGood_twoHighestTotalsKeepExcellent() {
        List<Officer> officers = new ArrayList<>();
        double[] excellent = {97, 92.5, 96, 90, 94, 91, 93};
        for (int i = 0; i < excellent.length; i++) {
            officers.add(staff("CB-0" + (i + 1)).scores(27, excellent[i] - 27).build());
        }
        for (int i = 0; i < 6; i++) {
            officers.add(staff("CB-1" + i).scores(22, 55 + i).build());
        }
        assertThat(excellentIds(2026, officers)).containsExactly("CB-01", "CB-03");
    }

    @Test
    void rate2026_tenAllScoring95_smallestIdKeepsExcellent() {
        List<Officer> officers = IntStream.rangeClosed(1, 10)
                .mapToObj(i -> staff(String.format("CB-%02d", i)).scores(25, 70).build()).toList();
        assertThat(excellentIds(2026, officers)).containsExactly("CB-01");
    }

    @ParameterizedTest(name = "T = {0}, C = {1}: {2} keep xuất sắc")
    @CsvSource({"0, 5, 0", "0, 6, 1", "24, 6, 5", "25, 6, 5", "30, 6, 6"})
    void rate2026_boundaryCounts_capOnTheFinalGood(int good, int candidates, int kept) {
        List<Officer> officers = new ArrayList<>();
        for (int i = 0; i < candidates; i++) {
            officers.add(staff(String.format("CB-X%02d", i)).scores(25, 70 - i * 0.5).build());
        }
        for (int i = 0; i < good; i++) {
            officers.add(staff(String.format("CB-T%02d", i)).scores(20, 60).build());
        }
        assertThat(excellentIds(2026, officers)).hasSize(kept);
    }

    @Test
    void rate2026_groupsWithSimilarDuties_eachGroupCapped() {
        List<Officer> officers = new ArrayList<>();
        officers.add(staff("CB-A1").group("Điều tra").scores(28, 70).build());
        officers.add(staff("CB-A2").group("Điều tra").scores(27, 70).build());
        officers.add(staff("CB-B1").group("Hành chính").scores(26, 70).build());
        officers.add(staff("CB-B2").group("Hành chính").scores(25, 70).build());
        for (int i = 0; i < 5; i++) {
            officers.add(staff("CB-A" + (3 + i)).group("Điều tra").scores(20, 60).build());
            officers.add(staff("CB-B" + (3 + i)).group("Hành chính").scores(20, 60).build());
        }
        assertThat(excellentIds(2026, officers)).containsExactly("CB-A1", "CB-B1");
    }

    @Test
    void rate2026_outstandingUnit_noCap() {
        List<Dossier> unit = IntStream.rangeClosed(1, 4).mapToObj(i -> new Dossier(new Period(2026),
                new Unit(UNIT.id(), UNIT.name(), Optional.empty(), true), staff("CB-0" + i).scores(25, 70).build())).toList();
        assertThat(baseline.rate(unit)).containsOnly(RatingLevel.HOAN_THANH_XUAT_SAC);
    }

    @Test
    void rate2025_thirtyOfFortyLateAndBelowQuality_notCompleted() {
        assertThat(one(2025, staff("CB-01").tasks(40, 40, 10, 10).build())).isEqualTo(RatingLevel.KHONG_HOAN_THANH);
        assertThat(one(2025, staff("CB-01").tasks(40, 40, 20, 40).build())).isEqualTo(RatingLevel.KHONG_HOAN_THANH);
        assertThat(one(2025, staff("CB-01").tasks(40, 40, 21, 21).build())).isEqualTo(RatingLevel.HOAN_THANH);
    }

    @ParameterizedTest
    @ValueSource(ints = {2025, 2026})
    void rate_concludedMildSign_notCompleted(int year) {
        Officer o = staff("CB-01").sign(new SignFinding("NQ4-CT-03", true, Optional.of(LocalDate.of(year, 3, 1)), ""))
                .build();
        assertThat(one(year, o)).isEqualTo(RatingLevel.KHONG_HOAN_THANH);
    }

    @Test
    void rate_disciplineUnrelatedToDuties_notCompletedIn2025CappedIn2026() {
        for (int year : new int[] {2025, 2026}) {
            Officer o = staff("CB-01").discipline(new DisciplineRecord(DisciplineForm.KHIEN_TRACH, DisciplineSystem.STATE,
                    LocalDate.of(year, 5, 1), "", false)).build();
            assertThat(one(year, o)).as("%d", year)
                    .isEqualTo(year >= 2026 ? RatingLevel.HOAN_THANH : RatingLevel.KHONG_HOAN_THANH);
        }
    }

    private static OfficerBuilder staff(String id) {
        return Officer.builder(id, UNIT.id(), Role.STAFF).monthsWorked(12).tasks(40, 40, 40, 40).scores(28, 70);
    }

    private RatingLevel one(int year, Officer o) {
        return baseline.rate(List.of(new Dossier(new Period(year), UNIT, o))).get(0);
    }

    private List<String> excellentIds(int year, List<Officer> officers) {
        List<Dossier> unit = officers.stream().map(o -> new Dossier(new Period(year), UNIT, o)).toList();
        List<RatingLevel> ratings = baseline.rate(unit);
        return IntStream.range(0, unit.size()).filter(i -> ratings.get(i) == RatingLevel.HOAN_THANH_XUAT_SAC)
                .mapToObj(i -> unit.get(i).officer().id()).toList();
    }
}
