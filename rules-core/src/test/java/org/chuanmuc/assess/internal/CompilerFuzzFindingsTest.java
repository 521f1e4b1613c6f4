package org.chuanmuc.assess.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.Diagnostic;
import org.chuanmuc.assess.RuleCompilationException;
import org.chuanmuc.assess.RuleSource;
import org.junit.jupiter.api.Test;

/**
 * Inputs the fuzzer found that the translation or the compiler once mishandled; each is also kept in a fuzz
 * corpus ({@code TranslationAndGuardFuzzTestInputs}, {@code RuleGuardFuzzTestInputs} in rules-criteria).
 */
class CompilerFuzzFindingsTest {

    private static byte[] damagedWorkbook() throws IOException {
        try (InputStream in = CompilerFuzzFindingsTest.class.getResourceAsStream(
                "TranslationAndGuardFuzzTestInputs/translate_anyWorkbookBytes_givesGuardedDrlOrDiagnostics/"
                        + "finding-sheets-damaged.xlsx")) {
            return in.readAllBytes();
        }
    }

    @Test
    void translate_workbookWhoseSheetsAreDamaged_namesEverySheetInsteadOfDroppingItsRules() throws IOException {
        // the standard decision table with one byte changed: POI lists five sheets and loads none
        List<Diagnostic> problems = new ArrayList<>();

        List<DrlText> drl = SourceTranslator.translate(
                new RuleInput(List.of(new RuleSource("bang.xlsx", RuleSource.Kind.XLSX, damagedWorkbook())), List.of(), List.of()),
                problems);

        assertThat(drl).isEmpty();
        assertThat(problems).extracting(Diagnostic::source).containsExactly("bang.xlsx[Tham số]",
                "bang.xlsx[Ngưỡng NĐ 90]", "bang.xlsx[Điểm NĐ 335]", "bang.xlsx[Mức độ biểu hiện]", "bang.xlsx[Kỷ luật]");
        assertThat(problems).allSatisfy(d -> assertThat(d.message()).contains("worksheet damaged"));
    }

    @Test
    void build_workbookWhoseSheetsAreDamaged_isRejectedNotCompiledWithoutItsRules() {
        assertThatThrownBy(() -> Assessor.builder()
                .rules(new RuleSource("bang.xlsx", RuleSource.Kind.XLSX, damagedWorkbook())).build())
                .isInstanceOf(RuleCompilationException.class);
    }

    @Test
    void build_consequenceThatCrashesDroolsCompiler_isADiagnosticNotAnException() {
        String drl = """
                package p;
                import org.chuanmuc.model.*;
                rule "x"
                when
                  $o: Officer()
                then
                  insert(new Finding($o.id(), FindingKind.INFO, "PA-01", "",:      "a" + "b"));
                end
                """;

        assertThatThrownBy(() -> Assessor.builder().rules(RuleSource.drl("npe.drl", drl)).build())
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.diagnostics())
                        .anySatisfy(d -> {
                            assertThat(d.source()).isEqualTo("npe.drl");
                            assertThat(d.message()).contains("Drools compiler failed");
                        }));
    }
}
