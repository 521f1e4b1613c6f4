package org.chuanmuc.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chuanmuc.assess.internal.guard.GuardMessages;
import org.junit.jupiter.api.Test;

/**
 * A DSLR rule with its {@code end} but without {@code then} (or {@code when}) is one problem, reported at the rule.
 * Drools' expander does not find such a rule, or takes the next rule's {@code then} for its own, and its Vietnamese
 * sentences used to reach the guard word by word: 18 problems for one missing line, "do" of "lý do" among them as a
 * loop keyword.
 */
class DslrRuleWithoutThenTest {
    private static final String DSL = "[when]Có cán bộ=$o: Officer()\n"
            + "[then]Giới hạn Hoàn thành nhiệm vụ, lý do \"{ma}\"=insert(RatingCap.state($o.id(),"
            + " RatingLevel.HOAN_THANH, \"{ma}\", \"\", \"lý do\"));\n";


    @Test
    void build_ruleWithoutThen_isOneDiagnosticAtTheRule() {
        String dslr = RefusedBuilds.HEAD + "rule \"A lý do\"\nwhen\n    Có cán bộ\n    Giới hạn Hoàn thành nhiệm vụ, lý do \"A\"\nend\n";

        assertThat(RefusedBuilds.dslr(DSL, dslr)).containsExactly(
                new Diagnostic("t.dslr", 4, 1, GuardMessages.dslRuleWithout("\"A lý do\"", "then")));
    }

    @Test
    void build_ruleWithoutThenBeforeAnother_isOneDiagnosticAtThatRule() {
        // the expander would take B's then for A's: A's end, B's header and B's conditions as A's conditions
        String dslr = RefusedBuilds.HEAD + "rule \"A\"\nwhen\n    Có cán bộ\n    Giới hạn Hoàn thành nhiệm vụ, lý do \"A\"\nend\n\n"
                + "rule \"B\"\nwhen\n    Có cán bộ\nthen\n    Giới hạn Hoàn thành nhiệm vụ, lý do \"B\"\nend\n";

        assertThat(RefusedBuilds.dslr(DSL, dslr)).containsExactly(
                new Diagnostic("t.dslr", 4, 1, GuardMessages.dslRuleWithout("\"A\"", "then")));
    }

    @Test
    void build_ruleWithoutWhen_isOneDiagnosticAtTheRule() {
        String dslr = RefusedBuilds.HEAD + "rule \"A\"\n    Có cán bộ\nthen\n    Giới hạn Hoàn thành nhiệm vụ, lý do \"A\"\nend\n";

        assertThat(RefusedBuilds.dslr(DSL, dslr)).containsExactly(
                new Diagnostic("t.dslr", 4, 1, GuardMessages.dslRuleWithout("\"A\"", "when")));
    }

    @Test
    void build_completeRules_areExpandedAsBefore() {
        String dslr = RefusedBuilds.HEAD + "rule \"A\"\nwhen\n    Có cán bộ\nthen\n    Giới hạn Hoàn thành nhiệm vụ, lý do \"A\"\nend\n"
                + "rule \"B\"\nwhen\nthen\nend\n";

        Assessor assessor = Assessor.builder().rules(List.of(RuleSource.of("t.dslr", RuleSource.Kind.DSLR, dslr),
                RuleSource.of("t.dsl", RuleSource.Kind.DSL, DSL))).build();

        assertThat(assessor.assess(SampleDossiers.plain("o1")).reasons()).singleElement()
                .satisfies(r -> assertThat(r.criterion()).isEqualTo("A"));
    }
}
