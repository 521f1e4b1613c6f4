package org.chuanmuc.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.chuanmuc.assess.internal.guard.GuardLimits;
import org.chuanmuc.assess.internal.guard.GuardMessages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The part of the corpus too large to keep as files: generated here, each with the diagnostic it must get. Before
 * round 2 of the guard each of these hung the guard, the DSL expander or the compiler, or exhausted memory.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a hang detector, not a speed limit
class GeneratedCorpusTest {
    private static final String HEAD = "package sinh;\nimport org.chuanmuc.model.*;\n";

    private static RuleCompilationException refused(String name, List<RuleSource> sources) {
        return assertThrows(RuleCompilationException.class,
                () -> CorpusCost.measure(name, () -> Assessor.builder().rules(sources).build()));
    }

    @Test
    void build_threeBaseFilesOfNearlyFourMegabytesOfTrivialRules_isRefusedBeforeParsing() {
        StringBuilder big = new StringBuilder(HEAD);
        int rules = 0;
        while (big.length() < 3_900_000) {
            big.append("rule \"r").append(rules++).append("\" when then end\n");
        }
        String text = big.toString();
        List<RuleSource> three = List.of(RuleSource.drl("lon-1.drl", text), RuleSource.drl("lon-2.drl", text),
                RuleSource.drl("lon-3.drl", text));

        RuleCompilationException e = refused("3 x 3.9 MB", three);

        assertThat(e.diagnostics()).contains(
                new Diagnostic("lon-1.drl", 1, 1, GuardMessages.tooManyRules(rules, GuardLimits.MAX_RULES)),
                new Diagnostic("lon-3.drl", 1, 1,
                        GuardMessages.totalTooLarge(3L * text.length(), GuardLimits.MAX_TOTAL_CHARS)));
    }

    @Test
    void build_patternWithTwentyThousandConstraints_isRefusedInLinearTime() {
        StringBuilder drl = new StringBuilder(HEAD + "rule \"nhieu\"\nwhen\n  $o: Officer(");
        for (int i = 0; i < 20_000; i++) {
            drl.append(i == 0 ? "" : ", ").append("name != 'x").append(i).append('\'');
        }
        drl.append(")\nthen\n  insert(new Warning($o.id(), \"W\", \"x\"));\nend\n");

        RuleCompilationException e = refused("20000 constraints", List.of(RuleSource.drl("nhieu.drl", drl.toString())));

        assertThat(e.diagnostics()).extracting(Diagnostic::message)
                .containsExactly(GuardMessages.segmentTooLong(GuardLimits.MAX_SEGMENT_TOKENS));
    }

    @Test
    void build_moreRulesThanARuleSetMayHold_isRefused() {
        StringBuilder drl = new StringBuilder(HEAD);
        for (int i = 0; i <= GuardLimits.MAX_RULES; i++) {
            drl.append("rule \"r").append(i).append("\" when $p: Period() then end\n");
        }

        RuleCompilationException e = refused("2001 rules", List.of(RuleSource.drl("nhieu-quy-tac.drl", drl.toString())));

        assertThat(e.diagnostics()).containsExactly(new Diagnostic("nhieu-quy-tac.drl", 1, 1,
                GuardMessages.tooManyRules(GuardLimits.MAX_RULES + 1, GuardLimits.MAX_RULES)));
    }

    @Test
    void build_dslrWithManyRuleLinesAndNoEnd_isExpandedInLinearTime() {
        // Drools' rule finder scans to the end of the file for every "rule" line: quadratic
        StringBuilder dslr = new StringBuilder(HEAD + "expander t.dsl\n");
        for (int i = 0; i < 40_000; i++) {
            dslr.append("rule \"r").append(i).append("\"\nwhen\n    Có cán bộ\n");
        }
        List<RuleSource> sources = List.of(RuleSource.of("treo.dslr", RuleSource.Kind.DSLR, dslr.toString()),
                RuleSource.of("t.dsl", RuleSource.Kind.DSL, "[when]Có cán bộ=$o: Officer()\n"));

        RuleCompilationException e = refused("40000 rules without end", sources);

        // nothing to expand: each rule is reported for its missing end (the first at line 4, after the header), and
        // the unexpanded text never reaches the guard (before r17 it did, and was refused for its 40,000 rules)
        assertThat(e.diagnostics()).contains(new Diagnostic("treo.dslr", 4, 1,
                GuardMessages.dslRuleWithoutEnd("\"r0\"", 0)));
    }

    @Test
    void build_longRunsOfBackslashes_areScannedInLinearTime() {
        // the old scan matched "\\+u" with a backtracking regex: quadratic in a run of backslashes
        String drl = HEAD + "// " + "\\".repeat(2_000_000) + "u\nrule \"r\" when $p: Period() then end\n";

        RuleCompilationException e = refused("backslashes", List.of(RuleSource.drl("gach.drl", drl)));

        assertThat(e.diagnostics()).containsExactly(new Diagnostic("gach.drl", 3, 4, GuardMessages.unicodeEscape()));
    }

    @Test
    void build_manyForbiddenNames_givesAHundredDiagnosticsAndACount() {
        StringBuilder drl = new StringBuilder(HEAD + "rule \"r\" when $p: Period() then\n");
        for (int i = 0; i < 5_000; i++) {
            drl.append("  System.exit(").append(i).append(");\n");
        }
        drl.append("end\n");

        RuleCompilationException e = refused("5000 forbidden calls", List.of(RuleSource.drl("sys.drl", drl.toString())));

        assertThat(e.diagnostics()).hasSize(GuardLimits.MAX_DIAGNOSTICS_PER_SOURCE + 1);
        assertThat(e.diagnostics().get(GuardLimits.MAX_DIAGNOSTICS_PER_SOURCE).message())
                .isEqualTo(GuardMessages.moreProblems(5_000 - GuardLimits.MAX_DIAGNOSTICS_PER_SOURCE));
    }

    @AfterAll
    static void printCost() {
        CorpusCost.print("generated");
    }
}
