package org.chuanmuc.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.RuleCompilationException;
import org.chuanmuc.assess.RuleSource;

/**
 * Any bytes as a decision table (the corpus: the standard {@code bang-quyet-dinh.xlsx}, which the fuzzer
 * mutates) give diagnostics naming the file, or compiled rules: never another exception, a hang or an
 * unbounded allocation (a zip bomb).
 */
class DecisionTableFuzzTest {

    @FuzzTest(maxDuration = "3m")
    void compile_anyWorkbookBytes_givesDiagnosticsOrRules(byte[] workbook) {
        try {
            Assessor assessor = Assessor.builder().rules(new RuleSource("bang.xlsx", RuleSource.Kind.XLSX, workbook))
                    .build();
            assertThat(assessor.ruleSet().sha256()).hasSize(64);
        } catch (RuleCompilationException e) {
            assertThat(e.diagnostics()).isNotEmpty()
                    .allSatisfy(d -> assertThat(d.source()).startsWith("bang.xlsx"));
        }
    }
}
