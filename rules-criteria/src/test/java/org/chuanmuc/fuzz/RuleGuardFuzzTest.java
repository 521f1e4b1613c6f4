package org.chuanmuc.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chuanmuc.assess.AssessmentException;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.RuleCompilationException;
import org.chuanmuc.assess.RuleSource;
import org.chuanmuc.criteria.StandardCriteria;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.Unit;

/**
 * Any rule text, as DRL, as DSLR under the standard DSL, or as a DSL under a standard DSLR, gives diagnostics or
 * compiled rules; compiled rules assess a dossier or fail with an {@link AssessmentException}. No other
 * exception escapes, and nothing a rule might try (writing a file, here) takes effect. In fuzzing mode Jazzer's
 * sanitizers also watch for commands, reflection and class loading.
 */
class RuleGuardFuzzTest {
    private static final RuleSource DSL = standard("chuanmuc.dsl");
    private static final RuleSource DSLR = standard("ky-luat.dslr");
    private static final Path PAYLOAD = Path.of("pwned");
    private static final Dossier DOSSIER = new Dossier(new Period(2025), Unit.of("PC08", "Phòng Cảnh sát giao thông"),
            Officer.builder("CB-1", "PC08", Role.HEAD).tasks(10, 9, 8, 7).sign("NQ4-DD-03", true).build());

    private static RuleSource standard(String name) {
        return StandardCriteria.rules().sources().stream().filter(s -> s.name().endsWith(name)).findFirst()
                .orElseThrow();
    }

    @FuzzTest(maxDuration = "3m")
    void compile_anyDrl_givesDiagnosticsOrRules(byte[] text) {
        compileAndRun(List.of(new RuleSource("fuzz.drl", RuleSource.Kind.DRL, text)));
    }

    @FuzzTest(maxDuration = "3m")
    void compile_anyDslrUnderTheStandardDsl_givesDiagnosticsOrRules(byte[] text) {
        compileAndRun(List.of(DSL, new RuleSource("fuzz.dslr", RuleSource.Kind.DSLR, text)));
    }

    @FuzzTest(maxDuration = "3m")
    void compile_anyDslUnderAStandardDslr_givesDiagnosticsOrRules(byte[] text) {
        compileAndRun(List.of(new RuleSource("fuzz.dsl", RuleSource.Kind.DSL, text), DSLR));
    }

    private static void compileAndRun(List<RuleSource> sources) {
        Assessor assessor;
        try {
            assessor = Assessor.builder().rules(sources).build();
        } catch (RuleCompilationException e) {
            assertThat(e.diagnostics()).isNotEmpty();
            return;
        }
        try {
            assertThat(assessor.assess(DOSSIER).officerId()).isEqualTo("CB-1");
        } catch (AssessmentException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
        assertThat(Files.exists(PAYLOAD)).as("a rule wrote a file").isFalse();
    }
}
