package org.chuanmuc.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chuanmuc.model.Dossier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Attacks on session reuse: a unit assessed in a session that was reset after an earlier unit must come out exactly
 * as in a new session. Reference: a freshly built {@link Assessor} (its runner has no idle session).
 */
@Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a hang detector, not a speed limit
class ReusedSessionAttributesTest {

    /** Two rules in one activation group: only the one with the higher salience may fire (per session). */
    private static final String ACTIVATION_GROUP = """
            package t;
            import org.chuanmuc.model.*;
            rule "NHOM-A cao"
              activation-group "mot-trong-hai"
              salience 10
            when
              $o: Officer()
            then
              insert(new Warning($o.id(), "NHOM-A", "chỉ một trong hai"));
            end
            rule "NHOM-B thấp"
              activation-group "mot-trong-hai"
              salience 5
            when
              $o: Officer()
            then
              insert(new Warning($o.id(), "NHOM-B", "chỉ một trong hai"));
            end
            """;

    private static Assessor assessor(String drl) {
        return Assessor.builder().rules(RuleSource.drl("tan-cong.drl", drl)).build();
    }

    private static List<String> warningCodes(Assessment a) {
        return a.warnings().stream().map(Flag::code).toList();
    }

    @Test
    void activationGroup_inAReusedSession_staysExclusive() {
        Assessor reused = assessor(ACTIVATION_GROUP);
        Dossier first = SampleDossiers.plain("CB-1");
        Dossier second = SampleDossiers.plain("CB-2");

        Assessment fresh = assessor(ACTIVATION_GROUP).assess(second);
        assertThat(warningCodes(fresh)).as("new session").containsExactly("NHOM-A");

        reused.assess(first); // the session is reset and kept
        Assessment again = reused.assess(second);
        assertThat(again).as("the same officer in a reused session").isEqualTo(fresh);
    }

    /** A lock-on-active rule in an auto-focus agenda group, fed by a rule of the main group. */
    private static final String LOCK_ON_ACTIVE_AUTO_FOCUS = """
            package t;
            import org.chuanmuc.model.*;
            rule "KHOA gieo"
            when
              $o: Officer()
            then
              insert(new Warning($o.id(), "GIEO", "gieo"));
            end
            rule "KHOA nhóm tự lấy tiêu điểm"
              agenda-group "khoa"
              auto-focus true
              lock-on-active true
            when
              $w: Warning(code == "GIEO")
            then
              insert(new Warning($w.officerId(), "KHOA", "khoá khi nhóm đang chạy"));
            end
            rule "KHOA nhóm chính"
              lock-on-active true
            when
              $w: Warning(code == "GIEO")
            then
              insert(new Warning($w.officerId(), "KHOA-CHINH", "khoá ở nhóm chính"));
            end
            """;

    /** Phase 2 (han-muc) with lock-on-active and salience, a delete in phase 1 (insertLogical is refused by the guard: no drools-tms). */
    private static final String PHASE_TWO = """
            package t;
            import org.chuanmuc.model.*;
            rule "GD2 mức đề xuất"
              ruleflow-group "han-muc"
              lock-on-active true
              salience 10
            when
              $r: ProposedRating()
            then
              insert(new Warning($r.officerId(), "GD2", "giai đoạn 2"));
            end
            rule "GD2 khoá"
              ruleflow-group "han-muc"
              lock-on-active true
            when
              $w: Warning(code == "GD2")
            then
              insert(new Warning($w.officerId(), "GD2-KHOA", "không được chạy"));
            end
            rule "GD1 xoá"
              salience -5
            when
              $f: ReviewFlag(code == "XOA")
            then
              delete($f);
            end
            rule "GD1 chèn để xoá"
            when
              $o: Officer()
            then
              insert(new ReviewFlag($o.id(), "XOA", "sẽ bị xoá"));
            end
            """;

    private static List<Dossier> unit(String prefix, int size) {
        List<Dossier> unit = new java.util.ArrayList<>();
        for (int i = 0; i < size; i++) {
            unit.add(i % 2 == 0 ? SampleDossiers.plain(prefix + i) : SampleDossiers.busy(prefix + i));
        }
        return unit;
    }

    /** Runs units of several sizes in one assessor and compares each with a new assessor. */
    private static void everyUnitAsInANewSession(String drl) {
        Assessor reused = assessor(drl);
        int[] sizes = {1, 5, 1, 30, 2, 1, 7};
        for (int round = 0; round < sizes.length; round++) {
            List<Dossier> unit = unit("R" + round + "-", sizes[round]);
            AssessmentReport fresh = assessor(drl).assessAll(unit);
            AssessmentReport again = reused.assessAll(unit);
            assertThat(again.assessments()).as("round %d (%d officers)", round, sizes[round])
                    .isEqualTo(fresh.assessments());
        }
    }

    @Test
    void activationGroup_overSeveralUnits_asInANewSession() {
        everyUnitAsInANewSession(ACTIVATION_GROUP);
    }

    @Test
    void lockOnActive_autoFocus_asInANewSession() {
        everyUnitAsInANewSession(LOCK_ON_ACTIVE_AUTO_FOCUS);
    }

    @Test
    void phaseTwo_lockOnActive_delete_asInANewSession() {
        everyUnitAsInANewSession(PHASE_TWO);
    }

    /** "First matching rule wins" written with an activation group: the rating depends on it. */
    private static final String FIRST_CAP_WINS = """
            package t;
            import org.chuanmuc.model.*;
            rule "MUC ưu tiên: Hoàn thành tốt"
              activation-group "muc"
              salience 10
            when
              $o: Officer()
            then
              insert(RatingCap.state($o.id(), RatingLevel.HOAN_THANH_TOT, "MUC", "", "ưu tiên"));
            end
            rule "MUC dự phòng: Không hoàn thành"
              activation-group "muc"
            when
              $o: Officer()
            then
              insert(RatingCap.state($o.id(), RatingLevel.KHONG_HOAN_THANH, "MUC", "", "dự phòng"));
            end
            """;

    @Test
    void activationGroup_decidesTheRating_sameRatingInAReusedSession() {
        Assessor reused = assessor(FIRST_CAP_WINS);
        Dossier officer = SampleDossiers.plain("CB-9");
        assertThat(assessor(FIRST_CAP_WINS).assess(officer).rating()).as("new session")
                .isEqualTo(org.chuanmuc.model.RatingLevel.HOAN_THANH_TOT);

        reused.assess(SampleDossiers.plain("CB-8"));
        assertThat(reused.assess(officer).rating()).as("reused session")
                .isEqualTo(org.chuanmuc.model.RatingLevel.HOAN_THANH_TOT);
    }
}
