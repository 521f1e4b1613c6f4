package org.chuanmuc.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Track;
import org.chuanmuc.testing.TinyRules;
import org.junit.jupiter.api.Test;

/** The bookkeeping of a comparison, on assessments made up for the purpose. */
class RuleSetComparisonTest {
    private static final Assessor RULES = TinyRules.assessor();

    @Test
    void add_reasonDiffersOnlyInMatchedFacts_isNotAChange() {
        Dossier d = SampleDossiers.plain("CB-1");
        RuleSetComparison c = RuleSetComparison.between(RULES, RULES);

        c.add(d, assessment(d, RatingLevel.HOAN_THANH, reason("PA-NHIEU", "5 phản ánh", List.of("Parameter 5"))),
                assessment(d, RatingLevel.HOAN_THANH, reason("PA-NHIEU", "5 phản ánh", List.of("Parameter 3"))));

        assertThat(c.report().changes()).isEmpty();
        assertThat(c.report().state().count(RatingLevel.HOAN_THANH, RatingLevel.HOAN_THANH)).isEqualTo(1);
    }

    @Test
    void add_repeatedReason_countsEachCopy() {
        Dossier d = SampleDossiers.plain("CB-1");
        Reason twice = reason("NQ4-DD-03", "Kê khai không trung thực", List.of());
        RuleSetComparison c = RuleSetComparison.between(RULES, RULES);

        c.add(d, assessment(d, RatingLevel.HOAN_THANH, twice, twice), assessment(d, RatingLevel.HOAN_THANH, twice));

        assertThat(c.report().changes()).singleElement().satisfies(change -> {
            assertThat(change.ratingChanged()).isFalse();
            assertThat(change.reasonsRemoved()).containsExactly(twice);
            assertThat(change.reasonsAdded()).isEmpty();
        });
    }

    @Test
    void add_assessmentOfAnotherOfficer_isRefused() {
        Dossier d = SampleDossiers.plain("CB-1");
        Dossier other = SampleDossiers.plain("CB-2");
        RuleSetComparison c = RuleSetComparison.between(RULES, RULES);

        assertThatThrownBy(() -> c.add(d, assessment(d, RatingLevel.HOAN_THANH), assessment(other, RatingLevel.HOAN_THANH)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CB-2").hasMessageContaining("CB-1");
    }

    @Test
    void add_dossiers_assessesBothSidesAndReportIsASnapshot() {
        RuleSetComparison c = RuleSetComparison.between(RULES, RULES);
        RuleSetComparison.Report empty = c.report();

        c.add(List.of(SampleDossiers.plain("CB-1"), SampleDossiers.busy("CB-2")));

        assertThat(empty.officers()).isZero();
        assertThat(c.report().officers()).isEqualTo(2);
        assertThat(c.report().hasChanges()).isFalse();
        assertThat(c.report().units()).singleElement().satisfies(u -> {
            assertThat(u.unitId()).isEqualTo(SampleDossiers.UNIT.id());
            assertThat(u.unitName()).isEqualTo(SampleDossiers.UNIT.name());
            assertThat(u.state().total()).isEqualTo(2);
        });
        assertThat(c.report().base()).isEqualTo(RULES.ruleSet());
    }

    @Test
    void levelMatrix_fillsMissingCellsAndSumsRowsAndColumns() {
        RuleSetComparison.LevelMatrix m = new RuleSetComparison.LevelMatrix(Map.of(
                RatingLevel.HOAN_THANH_XUAT_SAC, Map.of(RatingLevel.HOAN_THANH_TOT, 2, RatingLevel.HOAN_THANH_XUAT_SAC, 3),
                RatingLevel.HOAN_THANH, Map.of(RatingLevel.HOAN_THANH, 4)));

        assertThat(m.counts()).hasSize(4).allSatisfy((from, row) -> assertThat(row).hasSize(4));
        assertThat(m.total()).isEqualTo(9);
        assertThat(m.moved()).isEqualTo(2);
        assertThat(m.before(RatingLevel.HOAN_THANH_XUAT_SAC)).isEqualTo(5);
        assertThat(m.after(RatingLevel.HOAN_THANH_TOT)).isEqualTo(2);
        assertThat(m.count(RatingLevel.KHONG_HOAN_THANH, RatingLevel.HOAN_THANH)).isZero();
        assertThatThrownBy(() -> new RuleSetComparison.LevelMatrix(
                Map.of(RatingLevel.HOAN_THANH, Map.of(RatingLevel.HOAN_THANH, -1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Reason reason(String criterion, String message, List<String> matched) {
        return new Reason(criterion + " quy tắc", criterion, "", "", message, ReasonKind.CAP,
                Optional.of(RatingLevel.HOAN_THANH), Track.STATE, matched);
    }

    private static Assessment assessment(Dossier d, RatingLevel rating, Reason... reasons) {
        return new Assessment(d.officer().id(), d.unit().id(), d.period().year(), rating, Optional.empty(),
                List.of(reasons), List.of(), List.of(), RULES.ruleSet());
    }
}
