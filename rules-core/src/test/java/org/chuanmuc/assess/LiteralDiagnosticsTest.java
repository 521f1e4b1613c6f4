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
}
