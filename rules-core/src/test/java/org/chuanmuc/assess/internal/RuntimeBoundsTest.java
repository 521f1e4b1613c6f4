package org.chuanmuc.assess.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.chuanmuc.assess.AssessmentException;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.RuleSource;
import org.chuanmuc.assess.SampleDossiers;
import org.chuanmuc.assess.internal.guard.GuardMessages;
import org.chuanmuc.assess.internal.guard.RuleGuard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The second line behind the guard: rules that pass it (they use only allowed constructs) but never stop, or grow
 * their facts without bound, end the assessment with an {@link AssessmentException} naming the rule.
 */
@Timeout(120)
class RuntimeBoundsTest {

    /**
     * Modifies its own fact without no-loop: every modify re-activates it. Legal code, endless firing. (Drools is
     * property reactive: the pattern must constrain a property, and MVEL's modify marks every property changed.)
     */
    private static final String SELF_MODIFY = """
            package t;
            import org.chuanmuc.model.*;
            rule "vòng lặp: sửa chính sự kiện của mình"
              dialect "mvel"
            when
              $o: Officer(monthsWorked > 0)
            then
              modify($o) {}
            end
            """;

    /** Each firing inserts a warning with twice the previous text: memory would run out within 40 firings. */
    private static final String DOUBLING = """
            package t;
            import org.chuanmuc.model.*;
            rule "gieo"
            when
              $o: Officer()
            then
              insert(new Warning($o.id(), "g", "x"));
            end
            rule "nhân đôi văn bản"
            when
              $w: Warning(code == "g", $m: message)
            then
              insert(new Warning($w.officerId(), "g", $m + $m));
            end
            """;

    @Test
    void assess_ruleModifyingItsOwnFact_stopsAtTheFiringLimitNamingTheRule() {
        Assessor assessor = Assessor.builder().rules(RuleSource.drl("loop.drl", SELF_MODIFY))
                .maxFiringsPerOfficer(500).build();

        AssessmentException e = assertThrows(AssessmentException.class,
                () -> assessor.assess(SampleDossiers.plain("o1")));

        assertThat(e.rule()).contains("vòng lặp: sửa chính sự kiện của mình");
        assertThat(e.getMessage()).contains("kích hoạt quá 500 lần");
    }

    @Test
    void assess_endlessRuleUnderAHugeFiringLimit_stopsAtTheSessionTimeout() {
        // the firing limit is out of reach, so only the time limit can end the session
        Assessor assessor = Assessor.builder().rules(RuleSource.drl("loop.drl", SELF_MODIFY))
                .maxFiringsPerOfficer(1_000_000_000).sessionTimeout(Duration.ofMillis(200)).build();

        AssessmentException e = assertThrows(AssessmentException.class,
                () -> assessor.assess(SampleDossiers.plain("o1")));

        assertThat(e.rule()).contains("vòng lặp: sửa chính sự kiện của mình");
        assertThat(e.getMessage()).contains("time limit exceeded");
    }

    @Test
    void assess_ruleDoublingItsText_stopsBeforeMemoryRunsOutNamingTheRule() {
        assertThat(RuleGuard.check("doubling.drl", DOUBLING)).isEmpty();
        Assessor assessor = Assessor.builder().rules(RuleSource.drl("doubling.drl", DOUBLING)).build();

        AssessmentException e = assertThrows(AssessmentException.class,
                () -> assessor.assess(SampleDossiers.plain("o1")));

        assertThat(e.rule()).contains("nhân đôi văn bản");
        // "o1" + "g" + 16384 characters: the first fact past the bound
        assertThat(e.getMessage()).contains(GuardMessages.factTextTooLong(2 + 1 + 16384, SessionMonitor.MAX_FACT_TEXT));
    }
}
