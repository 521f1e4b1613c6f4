package org.chuanmuc.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.Unit;
import org.junit.jupiter.api.Test;

/**
 * Hostile review (performance round 8), of 3f388aa. Base rules may {@code delete} (README table: the base criteria "may use the
 * whole guarded language"). Rule {@code TG-X} concludes {@code NotRated} and raises {@code KHONG-XEP-LOAI}; rule
 * {@code DEL}, later in the first phase, deletes the {@code NotRated}. The quota then counts the officer as rated,
 * so failing the unit is right ("goes with NotRated only"). But the error says "quy tắc "TG-X" gắn cờ ... nhưng
 * không quy tắc nào kết luận NotRated cho cán bộ đó ở giai đoạn 1" ("no rule concluded NotRated"), which is false:
 * TG-X did, and the rule that withdrew it is never named, so the author is sent to the wrong rule. Correct: the
 * error does not claim that no rule concluded NotRated, or names the rule that withdrew it.
 */
class WithdrawnNotRatedMessageAttackTest {
    private static final String RULES = """
            package thu;
            import org.chuanmuc.model.*;
            rule "TG-X"
            when
                $o: Officer(monthsWorked < 6)
            then
                insert(new NotRated($o.id(), "TG-X", "Công tác 4 tháng"));
                insert(new ReviewFlag($o.id(), "KHONG-XEP-LOAI", "không xếp loại"));
            end
            rule "DEL rút kết luận"
            salience -5
            when
                $n: NotRated()
            then
                delete($n);
            end
            """;

    @Test
    void assess_notRatedWithdrawnInTheFirstPhase_errorDoesNotSayNoRuleConcludedIt() {
        Assessor assessor = Assessor.builder().rules(RuleSource.drl("x.drl", RULES)).build();
        List<Dossier> unit = List.of(new Dossier(new Period(2025), Unit.of("DV-1", "Đội"),
                Officer.builder("CB-1", "DV-1", Role.STAFF).monthsWorked(4).tasks(10, 10, 10, 10).build()));

        assertThatThrownBy(() -> assessor.assessAll(unit)).isInstanceOf(AssessmentException.class)
                .satisfies(e -> assertThat(e.getMessage()).satisfiesAnyOf(
                        m -> assertThat(m).contains("DEL rút kết luận"),
                        m -> assertThat(m).doesNotContain("không quy tắc nào kết luận NotRated")));
    }
}
