package org.chuanmuc.assess.internal.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chuanmuc.assess.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Inputs the fuzzer found ({@code org.chuanmuc.fuzz.RuleGuardFuzzTest}) that once kept the guard busy for hours:
 * Drools' parser backtracks exponentially on nested inline lists, so the guard refuses them before it parses.
 * The timeout is only a hang detector; without the fix these took hours.
 */
@Timeout(60)
class RuleGuardFuzzFindingsTest {

    private static String nested(int depth) {
        return "[".repeat(depth) + "1" + "]".repeat(depth);
    }

    @Test
    void check_nestedInlineListsInASalience_areRefusedWithoutParsing() {
        String drl = "package p;\nrule \"x\" salience " + nested(30) + "\nwhen\nthen\nend\n";

        List<Diagnostic> found = RuleGuard.check("x.drl", drl);

        assertThat(found).anySatisfy(d -> {
            assertThat(d.line()).isEqualTo(2);
            assertThat(d.message()).isEqualTo(GuardMessages.nestedTooDeep(JavaLexer.MAX_SQUARE_DEPTH));
        });
    }

    @Test
    void check_nestedInlineListsInAConstraint_areRefusedWithoutParsing() {
        String drl = "package p;\nimport org.chuanmuc.model.*;\nrule \"x\"\nwhen\n  Officer(id == " + nested(25)
                + ")\nthen\nend\n";

        assertThat(RuleGuard.check("x.drl", drl)).anySatisfy(d -> assertThat(d.message())
                .isEqualTo(GuardMessages.nestedTooDeep(JavaLexer.MAX_SQUARE_DEPTH)));
    }

    @Test
    void check_squareBracketsOfTheStrOperator_areNotTakenForNesting() {
        // str[endsWith] is refused in a condition since conditions are compiled on first use (Drools compiles it
        // wrongly); the refusal must be that one, not the nesting bound's, which the brackets do not reach
        String drl = """
                package p;
                import org.chuanmuc.model.*;
                rule "x"
                when
                  $t: Parameter(name str[endsWith] "-tam")
                then
                end
                """;

        assertThat(RuleGuard.check("x.drl", drl)).singleElement()
                .satisfies(d -> assertThat(d.message()).isEqualTo(GuardMessages.strOperator()));
    }
}
