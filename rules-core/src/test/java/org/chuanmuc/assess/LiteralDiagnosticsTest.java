package org.chuanmuc.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the literal check says about a value a rule writes where the model takes only some values: the hint must read
 * as the person would write it, and every wrong literal must be reported.
 */
class LiteralDiagnosticsTest {

    /** @return a rule matching every officer with {@code condition} (line 5), capping at hoàn thành */
    private static String rule(String condition) {
        return """
                package test;
                import org.chuanmuc.model.*;
                rule "A"
                when
                    $o: Officer(%s)
                then
                    insert(RatingCap.state($o.id(), RatingLevel.HOAN_THANH, "A", "", "x"));
                end
                """.formatted(condition);
    }

    private static List<Diagnostic> refused(String drl) {
        Throwable thrown = catchThrowable(() -> Assessor.builder().rules(RuleSource.drl("a.drl", drl)).build());
        assertThat(thrown).isInstanceOf(RuleCompilationException.class);
        return ((RuleCompilationException) thrown).diagnostics();
    }

    /*
     * A share written with Java's suffix or a needless ".0" (95.0d for 95%): the hint said "hãy ghi 0.95 cho 95.0d%".
     * The share is still quoted as written, so that it can be found, but the percentage reads as a person writes it.
     */
    @Test
    void shareWithASuffix_hintReadsAsAPercentage() {
        assertThat(refused(rule("tasks.below(TaskMeasure.ON_TIME, 95.0d)"))).singleElement().satisfies(d -> {
            assertThat(d.message()).startsWith("tỷ lệ 95.0d lớn hơn 1").contains("hãy ghi 0.95 cho 95% (")
                    .contains("write 0.95 for 95%)").doesNotContain("95.0d%");
        });
        assertThat(refused(rule("tasks.failsAtLeast(95.50F)"))).singleElement().satisfies(d ->
                assertThat(d.message()).contains("hãy ghi 0.955 cho 95.5% (").contains("write 0.955 for 95.5%)"));
    }

    /*
     * Two wrong literals on one line are two mistakes to correct: a rule that writes the same misspelt level or the
     * same share twice on a line got one diagnostic, at the first, and the second stayed until the next run of
     * validate. Each is reported at its own column (two different ones already were).
     */
    @Test
    void twoWrongLiteralsOnOneLine_eachIsReportedAtItsColumn() {
        String twice = rule("tasks.below(TaskMeasure.ON_TIME, 95) || tasks.below(TaskMeasure.HIGH_QUALITY, 95)")
                .replace("RatingLevel.HOAN_THANH,", "RatingLevel.of(\"Tôt\").min(RatingLevel.of(\"Tôt\")),");

        List<Diagnostic> problems = refused(twice);

        assertThat(problems).extracting(d -> d.line() + ":" + d.column())
                .containsExactly("5:50", "5:95", "7:52", "7:78");
        assertThat(problems.get(0).message()).isEqualTo(problems.get(1).message()).contains("tỷ lệ 95 ");
        assertThat(problems.get(2).message()).isEqualTo(problems.get(3).message()).contains("\"Tôt\"");

        String different = rule("")
                .replace("RatingLevel.HOAN_THANH,", "RatingLevel.of(\"X\").min(RatingLevel.of(\"Y\")),");
        assertThat(refused(different)).extracting(d -> d.line() + ":" + d.column()).containsExactly("7:52", "7:76");
    }
}
