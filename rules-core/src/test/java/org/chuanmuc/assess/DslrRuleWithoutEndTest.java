package org.chuanmuc.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chuanmuc.assess.internal.guard.GuardMessages;
import org.junit.jupiter.api.Test;

/**
 * A DSLR rule without its {@code end} (forgotten, or a file saved half-way) is one problem, reported at the rule:
 * Drools' expander does not expand such a rule, and its Vietnamese sentences used to reach the guard word by word.
 */
class DslrRuleWithoutEndTest {
    private static final String DSL = "[when]Có cán bộ=$o: Officer()\n"
            + "[then]Giới hạn Hoàn thành nhiệm vụ, mã \"{ma}\"=insert(RatingCap.state($o.id(), RatingLevel.HOAN_THANH,"
            + " \"{ma}\", \"\", \"lý do\"));\n";


    @Test
    void build_lastRuleWithoutEnd_isOneDiagnosticAtTheRule() {
        String dslr = RefusedBuilds.HEAD + "rule \"A lý do\"\nwhen\n    Có cán bộ\nthen\n    Giới hạn Hoàn thành nhiệm vụ, mã \"A\"\n";

        List<Diagnostic> problems = RefusedBuilds.dslr(DSL, dslr);

        assertThat(problems).containsExactly(
                new Diagnostic("t.dslr", 4, 1, GuardMessages.dslRuleWithoutEnd("\"A lý do\"", 0)));
    }

    @Test
    void build_ruleWithoutEndBeforeAnother_isReportedBeforeThatRule() {
        String dslr = RefusedBuilds.HEAD + "rule \"A\"\nwhen\n    Có cán bộ\nthen\n    Giới hạn Hoàn thành nhiệm vụ, mã \"A\"\n\n"
                + "rule \"B\"\nwhen\n    Có cán bộ\nthen\n    Giới hạn Hoàn thành nhiệm vụ, mã \"B\"\nend\n";

        List<Diagnostic> problems = RefusedBuilds.dslr(DSL, dslr);

        // not "rule "B"", "when", "then" accused of matching no sentence in A's consequence
        assertThat(problems).containsExactly(
                new Diagnostic("t.dslr", 4, 1, GuardMessages.dslRuleWithoutEnd("\"A\"", 10)));
    }

    @Test
    void build_rulesWithTheirEnds_areExpandedAsBefore() {
        String dslr = RefusedBuilds.HEAD + "rule \"A\"\nwhen\n    Có cán bộ\nthen\n    Giới hạn Hoàn thành nhiệm vụ, mã \"A\"\nend\n";

        Assessor assessor = Assessor.builder().rules(List.of(RuleSource.of("t.dslr", RuleSource.Kind.DSLR, dslr),
                RuleSource.of("t.dsl", RuleSource.Kind.DSL, DSL))).build();

        assertThat(assessor.assess(SampleDossiers.plain("o1")).reasons()).singleElement()
                .satisfies(r -> assertThat(r.criterion()).isEqualTo("A"));
    }
}
