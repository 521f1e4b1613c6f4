package org.chuanmuc.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chuanmuc.assess.RuleSetComparison.Standing;
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
        assertThat(c.report().state().count(Standing.HOAN_THANH, Standing.HOAN_THANH)).isEqualTo(1);
    }

    /*
     * Review 4: policy staff rename a rule whenever they change its threshold (README); the reason it gives under the
     * new name reads the same, so listing it as added and removed showed two identical lines and no difference.
     */
    @Test
    void add_reasonDiffersOnlyInRuleName_isARenameNotAChange() {
        Dossier d = SampleDossiers.plain("CB-1");
        Dossier e = SampleDossiers.plain("CB-2");
        Reason old = reason("ND90-TOT-B", "thiếu 2 việc đúng hạn", List.of());
        Reason renamed = new Reason("ND90-TOT-B-1 mới", old.criterion(), old.label(), old.citation(), old.message(),
                old.kind(), old.cap(), old.track(), old.matched());
        Reason other = reason("PA-NHIEU", "5 phản ánh", List.of());
        RuleSetComparison c = RuleSetComparison.between(RULES, RULES);

        c.add(d, assessment(d, RatingLevel.HOAN_THANH, old), assessment(d, RatingLevel.HOAN_THANH, renamed));
        c.add(e, assessment(e, RatingLevel.HOAN_THANH, old), assessment(e, RatingLevel.HOAN_THANH, renamed, other));

        assertThat(c.report().changes()).singleElement().satisfies(change -> {
            assertThat(change.officerId()).isEqualTo("CB-2");
            assertThat(change.reasonsAdded()).containsExactly(other);
            assertThat(change.reasonsRemoved()).isEmpty();
        });
        assertThat(c.report().renamedRules()).containsExactly(
                new RuleSetComparison.RenamedRule(old.rule(), renamed.rule(), 2));
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
                Standing.HOAN_THANH_XUAT_SAC, Map.of(Standing.HOAN_THANH_TOT, 2, Standing.HOAN_THANH_XUAT_SAC, 3),
                Standing.HOAN_THANH, Map.of(Standing.HOAN_THANH, 4, Standing.KHONG_XEP_LOAI, 1),
                Standing.KHONG_XEP_LOAI, Map.of(Standing.KHONG_XEP_LOAI, 5)));

        assertThat(m.counts()).hasSize(5).allSatisfy((from, row) -> assertThat(row).hasSize(5));
        assertThat(m.total()).isEqualTo(15);
        assertThat(m.moved()).isEqualTo(3);
        assertThat(m.before(Standing.HOAN_THANH_XUAT_SAC)).isEqualTo(5);
        assertThat(m.before(Standing.HOAN_THANH)).isEqualTo(5);
        assertThat(m.after(Standing.HOAN_THANH_TOT)).isEqualTo(2);
        assertThat(m.after(Standing.KHONG_XEP_LOAI)).isEqualTo(6);
        assertThat(m.hasNotRated()).isTrue();
        assertThat(m.count(Standing.KHONG_HOAN_THANH, Standing.HOAN_THANH)).isZero();
        assertThat(new RuleSetComparison.LevelMatrix(Map.of()).hasNotRated()).isFalse();
        assertThatThrownBy(() -> new RuleSetComparison.LevelMatrix(
                Map.of(Standing.HOAN_THANH, Map.of(Standing.HOAN_THANH, -1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void standing_ofEachLevel_hasItsNameAndGivesItBack() {
        for (RatingLevel level : RatingLevel.values()) {
            assertThat(Standing.of(level).name()).isEqualTo(level.name());
            assertThat(Standing.of(level).level()).contains(level);
        }
        assertThat(Standing.KHONG_XEP_LOAI.level()).isEmpty();
    }

    @Test
    void add_notRatedUnderBoth_countsOnTheNotRatedDiagonalNotAtTheProposal() {
        Dossier d = SampleDossiers.plain("CB-1");
        RuleSetComparison c = RuleSetComparison.between(RULES, RULES);

        c.add(d, notRated(assessment(d, RatingLevel.HOAN_THANH_XUAT_SAC)),
                notRated(assessment(d, RatingLevel.HOAN_THANH_XUAT_SAC)));

        RuleSetComparison.Report r = c.report();
        assertThat(r.state().count(Standing.KHONG_XEP_LOAI, Standing.KHONG_XEP_LOAI)).isEqualTo(1);
        assertThat(r.state().before(Standing.HOAN_THANH_XUAT_SAC)).isZero();
        assertThat(r.state().after(Standing.HOAN_THANH_XUAT_SAC)).isZero();
        assertThat(r.state().moved()).isZero();
        assertThat(r.changes()).isEmpty();
    }

    @Test
    void add_ratedThenNotRatedAtTheSameProposal_isAMove() {
        Dossier d = SampleDossiers.plain("CB-1");
        RuleSetComparison c = RuleSetComparison.between(RULES, RULES);

        c.add(d, assessment(d, RatingLevel.HOAN_THANH), notRated(assessment(d, RatingLevel.HOAN_THANH)));

        RuleSetComparison.Report r = c.report();
        assertThat(r.state().count(Standing.HOAN_THANH, Standing.KHONG_XEP_LOAI)).isEqualTo(1);
        assertThat(r.state().count(Standing.HOAN_THANH, Standing.HOAN_THANH)).isZero();
        assertThat(r.state().moved()).isEqualTo(1);
        assertThat(r.units()).singleElement().satisfies(u -> assertThat(u.state().moved()).isEqualTo(1));
        assertThat(r.changes()).singleElement().satisfies(change -> {
            assertThat(change.ratingChanged()).isTrue();
            assertThat(change.baseStanding()).isEqualTo(Standing.HOAN_THANH);
            assertThat(change.changedStanding()).isEqualTo(Standing.KHONG_XEP_LOAI);
            assertThat(change.changedRating()).isEqualTo(RatingLevel.HOAN_THANH);
            assertThat(change.reviewFlagsAdded()).extracting(Flag::code).containsExactly(Flag.NOT_RATED);
        });
    }

    @Test
    void add_notRatedWhoseProposalChanges_isListedButDoesNotMove() {
        Dossier d = SampleDossiers.plain("CB-1");
        RuleSetComparison c = RuleSetComparison.between(RULES, RULES);

        c.add(d, notRated(assessment(d, RatingLevel.HOAN_THANH_XUAT_SAC)),
                notRated(assessment(d, RatingLevel.HOAN_THANH_TOT)));

        RuleSetComparison.Report r = c.report();
        assertThat(r.state().moved()).isZero();
        assertThat(r.changes()).singleElement().satisfies(change -> {
            assertThat(change.ratingChanged()).isFalse();
            assertThat(change.baseRating()).isEqualTo(RatingLevel.HOAN_THANH_XUAT_SAC);
            assertThat(change.changedRating()).isEqualTo(RatingLevel.HOAN_THANH_TOT);
        });
    }

    @Test
    void add_partyMemberWhoStopsBeingRated_isNotRatedInThePartyMatrixToo() {
        // the party rating follows the state proposal, which the quota no longer bounds once the officer is not
        // rated: held at tốt by the quota, proposed xuất sắc outside it, the party rating goes up with it
        Dossier d = SampleDossiers.plain("CB-1");
        RuleSetComparison c = RuleSetComparison.between(RULES, RULES);

        c.add(d, withParty(assessment(d, RatingLevel.HOAN_THANH_TOT), RatingLevel.HOAN_THANH_TOT),
                notRated(withParty(assessment(d, RatingLevel.HOAN_THANH_XUAT_SAC), RatingLevel.HOAN_THANH_XUAT_SAC)));

        RuleSetComparison.Report r = c.report();
        assertThat(r.party().count(Standing.HOAN_THANH_TOT, Standing.KHONG_XEP_LOAI)).isEqualTo(1);
        assertThat(r.party().after(Standing.HOAN_THANH_XUAT_SAC)).isZero();
        assertThat(r.state().count(Standing.HOAN_THANH_TOT, Standing.KHONG_XEP_LOAI)).isEqualTo(1);
        assertThat(r.changes()).singleElement().satisfies(change -> {
            assertThat(change.partyRatingChanged()).isTrue();
            assertThat(change.basePartyStanding()).contains(Standing.HOAN_THANH_TOT);
            assertThat(change.changedPartyStanding()).contains(Standing.KHONG_XEP_LOAI);
        });
    }

    @Test
    void add_notRatedUnderBothWithAnotherPartyProposal_isListedButDoesNotMoveInThePartyMatrix() {
        Dossier d = SampleDossiers.plain("CB-1");
        RuleSetComparison c = RuleSetComparison.between(RULES, RULES);

        c.add(d, notRated(withParty(assessment(d, RatingLevel.HOAN_THANH), RatingLevel.HOAN_THANH)),
                notRated(withParty(assessment(d, RatingLevel.HOAN_THANH), RatingLevel.HOAN_THANH_TOT)));

        assertThat(c.report().party().count(Standing.KHONG_XEP_LOAI, Standing.KHONG_XEP_LOAI)).isEqualTo(1);
        assertThat(c.report().changes()).singleElement().satisfies(change -> {
            assertThat(change.partyRatingChanged()).isFalse();
            assertThat(change.changedParty()).contains(RatingLevel.HOAN_THANH_TOT);
        });
    }

    private static Assessment notRated(Assessment a) {
        List<Flag> flags = new ArrayList<>(a.reviewFlags());
        flags.add(new Flag(Flag.NOT_RATED, "Công tác 4 tháng trong năm", "TG-6T quy tắc"));
        return new Assessment(a.officerId(), a.unitId(), a.year(), a.rating(), a.partyRating(), a.reasons(), flags,
                a.warnings(), a.ruleSet());
    }

    private static Assessment withParty(Assessment a, RatingLevel party) {
        return new Assessment(a.officerId(), a.unitId(), a.year(), a.rating(), Optional.of(party), a.reasons(),
                a.reviewFlags(), a.warnings(), a.ruleSet());
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
