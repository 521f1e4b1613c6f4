package org.chuanmuc.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.ProposedRating;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.Tasks;
import org.chuanmuc.model.Unit;
import org.junit.jupiter.api.Test;

/**
 * A rule of the first phase that concludes an officer is not rated ({@code NotRated}) makes the engine mark the
 * officer's proposed rating as not rated, so that the unit-wide rules of the second phase can leave them out; and
 * the assessment reports the officer not rated ({@link Assessment#notRated()}, flag {@code KHONG-XEP-LOAI}) exactly
 * then.
 */
class NotRatedTest {
    private static final String RULES = """
            package test;
            import org.chuanmuc.model.*;
            rule "TG-X công tác dưới 6 tháng: không xếp loại"
            when
                $o: Officer(monthsWorked < 6)
            then
                insert(new NotRated($o.id(), "TG-X", "Công tác " + $o.monthsWorked() + " tháng"));
            end
            rule "Q-X người được xếp loại"
            ruleflow-group "han-muc"
            when
                $r: ProposedRating(rated)
            then
                insert(new Finding($r.officerId(), FindingKind.INFO, "Q-X", "", "được xếp loại: " + $r.level().label()));
            end
            rule "Q-Y người không xếp loại"
            ruleflow-group "han-muc"
            when
                $r: ProposedRating(!rated)
            then
                insert(new Finding($r.officerId(), FindingKind.INFO, "Q-Y", "", "không xếp loại"));
            end
            """;

    private static Dossier dossier(String id, int months) {
        Officer o = Officer.builder(id, "PC08", Role.STAFF).monthsWorked(months).tasks(10, 10, 10, 10).build();
        return new Dossier(new Period(2025), Unit.of("PC08", "Phòng Cảnh sát giao thông"), o);
    }

    @Test
    void assessAll_notRatedOfficer_isMarkedForTheSecondPhase_andKeepsItsProposal() {
        Assessor assessor = Assessor.builder().rules(RuleSource.drl("x.drl", RULES)).build();
        List<Assessment> result = assessor.assessAll(List.of(dossier("CB-1", 12), dossier("CB-2", 4))).assessments();

        assertThat(result.get(0).reasonsFor("Q-X")).extracting(Reason::message)
                .containsExactly("được xếp loại: Hoàn thành xuất sắc nhiệm vụ");
        assertThat(result.get(0).reasonsFor("Q-Y")).isEmpty();
        assertThat(result.get(1).reasonsFor("Q-Y")).extracting(Reason::message).containsExactly("không xếp loại");
        assertThat(result.get(1).reasonsFor("Q-X")).isEmpty();
        assertThat(result.get(1).rating()).isEqualTo(RatingLevel.HOAN_THANH_XUAT_SAC);
    }

    @Test
    void proposedRating_withoutTheFlag_isRated() {
        ProposedRating r = new ProposedRating("CB-1", "PC08", java.util.Optional.empty(), Role.STAFF,
                RatingLevel.HOAN_THANH, Tasks.NONE, java.util.Optional.empty());
        assertThat(r.rated()).isTrue();
    }

    @Test
    void assessAll_notRatedWithoutTheFlag_getsTheFlagFromTheConclusion() {
        Assessor assessor = Assessor.builder().rules(RuleSource.drl("x.drl", RULES)).build();
        List<Assessment> result = assessor.assessAll(List.of(dossier("CB-1", 12), dossier("CB-2", 4))).assessments();

        assertThat(result.get(0).notRated()).isFalse();
        assertThat(result.get(0).reviewFlags()).isEmpty();
        assertThat(result.get(1).notRated()).isTrue();
        assertThat(result.get(1).reviewFlags()).containsExactly(
                new Flag(Flag.NOT_RATED, "TG-X: Công tác 4 tháng", "TG-X công tác dưới 6 tháng: không xếp loại"));
    }

    @Test
    void assessAll_notRatedWithItsFlag_keepsTheRulesFlagOnly() {
        String rules = """
                package test;
                import org.chuanmuc.model.*;
                rule "TG-X công tác dưới 6 tháng: không xếp loại"
                when
                    $o: Officer(monthsWorked < 6)
                then
                    insert(new NotRated($o.id(), "TG-X", "Công tác " + $o.monthsWorked() + " tháng"));
                    insert(new ReviewFlag($o.id(), "KHONG-XEP-LOAI", "Không xếp loại: hội đồng xác nhận"));
                end
                """;
        Assessor assessor = Assessor.builder().rules(RuleSource.drl("x.drl", rules)).build();
        Assessment a = assessor.assessAll(List.of(dossier("CB-2", 4))).assessments().get(0);

        assertThat(a.notRated()).isTrue();
        assertThat(a.reviewFlags()).containsExactly(new Flag(Flag.NOT_RATED, "Không xếp loại: hội đồng xác nhận",
                "TG-X công tác dưới 6 tháng: không xếp loại"));
    }

    @Test
    void assessAll_theFlagWithoutNotRated_failsTheUnitNamingTheRule() {
        String rules = """
                package test;
                import org.chuanmuc.model.*;
                rule "CO-1 cờ không xếp loại mà không kết luận"
                when
                    $o: Officer(monthsWorked < 6)
                then
                    insert(new ReviewFlag($o.id(), "KHONG-XEP-" + "LOAI", "nhận xét"));
                end
                """;
        Assessor assessor = Assessor.builder().rules(RuleSource.drl("x.drl", rules)).build();

        assertThat(assessor.assessAll(List.of(dossier("CB-1", 12))).assessments().get(0).notRated()).isFalse();
        assertThatThrownBy(() -> assessor.assessAll(List.of(dossier("CB-1", 12), dossier("CB-2", 4))))
                .isInstanceOf(AssessmentException.class)
                .hasMessageContaining("\"CO-1 cờ không xếp loại mà không kết luận\" gắn cờ KHONG-XEP-LOAI cho cán bộ CB-2")
                .hasMessageContaining("NotRated")
                .satisfies(e -> assertThat(((AssessmentException) e).rule())
                        .contains("CO-1 cờ không xếp loại mà không kết luận"));
    }
}
