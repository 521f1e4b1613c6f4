package org.chuanmuc.criteria.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.AssessmentException;
import org.chuanmuc.assess.RuleBundle;
import org.chuanmuc.assess.RuleSource;
import org.chuanmuc.assess.internal.CompiledRules;
import org.chuanmuc.assess.internal.RuleCompiler;
import org.chuanmuc.assess.internal.SessionRunner;
import org.chuanmuc.criteria.CriteriaCatalogue;
import org.chuanmuc.criteria.StandardCriteria;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.Officer;
import org.junit.jupiter.api.Test;

/**
 * Sessions are reset and reused from one unit to the next: a unit's results must be exactly those of a session
 * never used before, whatever units came before it, including one that failed.
 */
class ReusedSessionTest {
    private static final int UNITS = 300;
    /** Fires only for this officer, and fails: a division by zero in the consequence. */
    private static final String FAILING_ID = "CB-LOI";
    private static final String FAILING_RULE = """
            package org.chuanmuc.thu
            import org.chuanmuc.model.*
            rule "THU-LOI chia cho số 0 với một cán bộ"
            when
                $o: Officer(id == "CB-LOI")
            then
                insert(new ReviewFlag($o.id(), "THU-LOI", "kết quả " + (12 / ($o.monthsWorked() - $o.monthsWorked()))));
            end
            """;

    private static SessionRunner runner(CompiledRules rules, RuleBundle bundle) {
        return new SessionRunner(rules, bundle.criteria(), 10_000, Duration.ofSeconds(60));
    }

    @Test
    void everyUnit_inAReusedSession_comesOutAsInANewOne() {
        RuleBundle bundle = StandardCriteria.rules();
        CompiledRules rules = RuleCompiler.compile(bundle.sources(), bundle.name(), bundle.version());
        UnitGenerator generator = new UnitGenerator(CriteriaCatalogue.standard());
        SessionRunner reused = runner(rules, bundle);

        int compared = 0;
        for (int i = 0; i < UNITS; i++) {
            List<Dossier> unit = generator.unit(20261202L, i).dossiers();
            // a runner of its own has no session to reuse: its session is new
            List<Assessment> fresh = runner(rules, bundle).run(unit);
            List<Assessment> again = reused.run(unit);
            assertThat(again).as("unit %d (%d officers, %d)", i, unit.size(), unit.get(0).period().year())
                    .isEqualTo(fresh);
            compared += unit.size();
        }
        assertThat(compared).as("officers compared").isGreaterThan(UNITS * 5);
    }

    @Test
    void unitAfterAFailedOne_comesOutAsInANewSession() {
        RuleBundle standard = StandardCriteria.rules();
        List<RuleSource> sources = new ArrayList<>(standard.sources());
        sources.add(RuleSource.drl("thu-loi.drl", FAILING_RULE));
        RuleBundle bundle = new RuleBundle("thử", "1", sources, standard.criteria());
        CompiledRules rules = RuleCompiler.compile(bundle.sources(), bundle.name(), bundle.version());
        UnitGenerator generator = new UnitGenerator(CriteriaCatalogue.standard());
        SessionRunner reused = runner(rules, bundle);

        for (int i = 0; i < 20; i++) {
            GeneratedUnit generated = generator.unit(7L, i);
            List<Officer> officers = new ArrayList<>(generated.officers());
            Officer first = officers.get(0);
            officers.set(0, new Officer(FAILING_ID, first.name(), first.unitId(), first.group(), first.role(),
                    first.partyMember(), first.monthsWorked(), first.tasks(), first.scores(), first.signs(),
                    first.disciplines(), first.styleEvaluations(), first.citizenFeedback(), first.history()));
            List<Dossier> failing = new GeneratedUnit(generated.year(), generated.unit(), officers).dossiers();
            assertThatThrownBy(() -> reused.run(failing)).isInstanceOf(AssessmentException.class)
                    .hasMessageContaining("ArithmeticException");

            List<Dossier> next = generator.unit(8L, i).dossiers();
            assertThat(reused.run(next)).as("unit %d after a failed one", i).isEqualTo(runner(rules, bundle).run(next));
        }
        assertThat(rules.ruleNames()).contains("THU-LOI chia cho số 0 với một cán bộ");
    }
}
