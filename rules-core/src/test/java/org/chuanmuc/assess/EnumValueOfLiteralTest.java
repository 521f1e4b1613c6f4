package org.chuanmuc.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.chuanmuc.model.RatingLevel;
import org.junit.jupiter.api.Test;

/**
 * {@code X.valueOf("…")} of an enum the rules may name (every enum of the model, {@code Month}, {@code DayOfWeek})
 * takes only the exact name of one of its constants: anything else compiles, then throws "No enum constant" whenever
 * the rule runs, rejecting every unit it runs on. The rule set is refused at the literal, naming the constants; a level
 * label given to {@code RatingLevel.valueOf} is told to use {@code RatingLevel.of("…")} or the constant.
 */
class EnumValueOfLiteralTest {

    /** @return a rule matching every officer, then {@code when} on line 6, capping at {@code level} on line 8 */
    private static String rule(String when, String level) {
        return """
                package test;
                import org.chuanmuc.model.*;
                rule "A"
                when
                    $o: Officer()
                    %s
                then
                    insert(RatingCap.state($o.id(), %s, "A", "", "x"));
                end
                """.formatted(when, level);
    }

    private static List<Diagnostic> refused(String drl) {
        Throwable thrown = catchThrowable(() -> Assessor.builder().rules(RuleSource.drl("a.drl", drl)).build());
        assertThat(thrown).isInstanceOf(RuleCompilationException.class);
        return ((RuleCompilationException) thrown).diagnostics();
    }

    @Test
    void levelLabelGivenToRatingLevelValueOf_isRefusedPointingToOfAndTheConstant() {
        List<Diagnostic> problems = refused(rule("", "RatingLevel.valueOf(\"Hoàn thành nhiệm vụ\")"));

        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(8);
            assertThat(d.column()).isEqualTo(57);
            assertThat(d.message()).contains("\"Hoàn thành nhiệm vụ\"")
                    .contains("HOAN_THANH_XUAT_SAC, HOAN_THANH_TOT, HOAN_THANH, KHONG_HOAN_THANH")
                    .contains("RatingLevel.of(\"Hoàn thành nhiệm vụ\")").contains("RatingLevel.HOAN_THANH");
        });
    }

    @Test
    void wrongConstantOfAnotherModelEnum_isRefusedListingItsConstants() {
        List<Diagnostic> problems = refused(rule("Officer(this == $o, role == Role.valueOf(\"TRUONG\"))",
                "RatingLevel.HOAN_THANH"));

        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(6);
            assertThat(d.message()).contains("\"TRUONG\"").contains("Role").contains("STAFF, DEPUTY_HEAD, HEAD")
                    .doesNotContain("RatingLevel.of");
        });
    }

    @Test
    void everyAllowedEnumIsChecked_alsoWrittenInFull() {
        assertThat(refused(rule("eval(Severity.valueOf(\"NHẸ\") != null)", "RatingLevel.HOAN_THANH")))
                .singleElement()
                .satisfies(d -> assertThat(d.message()).contains("NHE, NGHIEM_TRONG, RAT_NGHIEM_TRONG"));
        assertThat(refused(rule("eval(java.time.Month.valueOf(\"THANG_1\") != null)", "RatingLevel.HOAN_THANH")))
                .singleElement().satisfies(d -> assertThat(d.message()).contains("JANUARY"));
        assertThat(refused(rule("", "org.chuanmuc.model.RatingLevel.valueOf(\"hoan_thanh\")")))
                .singleElement().satisfies(d -> assertThat(d.message()).contains("RatingLevel.HOAN_THANH"));
    }

    @Test
    void exactConstantNames_stillPass() {
        Assessor assessor = Assessor.builder().rules(RuleSource.drl("a.drl",
                rule("Officer(this == $o, role == Role.valueOf(\"STAFF\")) eval(Severity.valueOf(\"NHE\") != null)",
                        "RatingLevel.valueOf(\"HOAN_THANH\")"))).build();

        assertThat(assessor.assess(SampleDossiers.plain("o1")).rating()).isEqualTo(RatingLevel.HOAN_THANH);
    }
}
