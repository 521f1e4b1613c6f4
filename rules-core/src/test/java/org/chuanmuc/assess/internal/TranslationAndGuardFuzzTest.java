package org.chuanmuc.assess.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.chuanmuc.assess.Diagnostic;
import org.chuanmuc.assess.RuleSource;
import org.chuanmuc.assess.internal.guard.RuleGuard;

/**
 * The two steps before the compiler, fuzzed without it (so thousands of inputs a second instead of a few): the
 * guard on any text, and the conversion of any workbook bytes (the corpus: the standard decision table) to DRL
 * that the guard then checks. Each gives diagnostics with a position inside the text, never an exception. The
 * whole way through the compiler is fuzzed in {@code rules-criteria} ({@code RuleGuardFuzzTest},
 * {@code DecisionTableFuzzTest}).
 */
class TranslationAndGuardFuzzTest {

    @FuzzTest(maxDuration = "3m")
    void guard_anyText_givesDiagnosticsOnly(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        List<Diagnostic> found = RuleGuard.check("fuzz.drl", text);
        int lines = (int) text.lines().count() + 1;
        assertThat(found).allSatisfy(d -> {
            assertThat(d.source()).isEqualTo("fuzz.drl");
            assertThat(d.line()).isBetween(0, lines);
            assertThat(d.message()).isNotBlank();
        });
    }

    @FuzzTest(maxDuration = "3m")
    void translate_anyWorkbookBytes_givesGuardedDrlOrDiagnostics(byte[] workbook) {
        List<Diagnostic> problems = new ArrayList<>();
        List<DrlText> drl = SourceTranslator.translate(
                new RuleInput(List.of(new RuleSource("bang.xlsx", RuleSource.Kind.XLSX, workbook)), List.of(), List.of()),
                problems);
        for (DrlText text : drl) {
            problems.addAll(RuleGuard.check(text.sourceName(), text.drl()));
        }
        assertThat(drl.isEmpty() ? problems : List.of(drl)).isNotEmpty();
        assertThat(problems).allSatisfy(d -> assertThat(d.source()).startsWith("bang.xlsx"));
    }
}
