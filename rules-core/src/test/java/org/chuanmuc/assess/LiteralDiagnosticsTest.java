package org.chuanmuc.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chuanmuc.model.RatingLevel;
import org.junit.jupiter.api.Test;

/**
 * What the literal check says about a value a rule writes where the model takes only some values: which values it
 * refuses, that the hint reads as the person would write it, and that every wrong literal is reported.
 *
 * <p>{@code X.valueOf("…")} of an enum the rules may name (every enum of the model, {@code Month}, {@code DayOfWeek})
 * takes only the exact name of one of its constants: anything else compiles, then throws "No enum constant" whenever
 * the rule runs, rejecting every unit it runs on. The rule set is refused at the literal, naming the constants; a level
 * label given to {@code RatingLevel.valueOf} is told to use {@code RatingLevel.of("…")} or the constant.
 */
class LiteralDiagnosticsTest {
    private static final String CAP = "RatingLevel.HOAN_THANH";

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


    @Test
    void levelLabelGivenToRatingLevelValueOf_isRefusedPointingToOfAndTheConstant() {
        List<Diagnostic> problems = RefusedBuilds.drl(rule("", "RatingLevel.valueOf(\"Hoàn thành nhiệm vụ\")"));

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
        List<Diagnostic> problems = RefusedBuilds.drl(rule("Officer(this == $o, role == Role.valueOf(\"TRUONG\"))", CAP));

        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(6);
            assertThat(d.message()).contains("\"TRUONG\"").contains("Role").contains("STAFF, DEPUTY_HEAD, HEAD")
                    .doesNotContain("RatingLevel.of");
        });
    }

    @Test
    void everyAllowedEnumIsChecked_alsoWrittenInFull() {
        assertThat(RefusedBuilds.drl(rule("eval(Severity.valueOf(\"NHẸ\") != null)", CAP)))
                .singleElement()
                .satisfies(d -> assertThat(d.message()).contains("NHE, NGHIEM_TRONG, RAT_NGHIEM_TRONG"));
        assertThat(RefusedBuilds.drl(rule("eval(java.time.Month.valueOf(\"THANG_1\") != null)", CAP)))
                .singleElement().satisfies(d -> assertThat(d.message()).contains("JANUARY"));
        assertThat(RefusedBuilds.drl(rule("", "org.chuanmuc.model.RatingLevel.valueOf(\"hoan_thanh\")")))
                .singleElement().satisfies(d -> assertThat(d.message()).contains("RatingLevel.HOAN_THANH"));
    }

    /*
     * Drools reads 'TRUONG' as the string "TRUONG" (its lexer turns single quotes around anything but one character
     * into double quotes), in a condition and in a consequence: Role.valueOf('TRUONG') and RatingLevel.of('Tôt')
     * passed validate and failed at run time on every unit, as their double-quoted twins are refused for.
     */
    @Test
    void singleQuotedLiterals_areCheckedAsDroolsReadsThem() {
        assertThat(RefusedBuilds.drl(rule("Officer(this == $o, role == Role.valueOf('TRUONG'))", CAP)))
                .singleElement().satisfies(d -> assertThat(d.message()).contains("\"TRUONG\"").contains("STAFF"));
        assertThat(RefusedBuilds.drl(rule("", "RatingLevel.of('Hoàn thành tôt nhiệm vụ')")))
                .singleElement().satisfies(d -> assertThat(d.message()).contains("không phải mức xếp loại"));
    }

    @Test
    void exactConstantNames_stillPass() {
        Assessor assessor = Assessor.builder().rules(RuleSource.drl("a.drl",
                rule("Officer(this == $o, role == Role.valueOf(\"STAFF\")) eval(Severity.valueOf(\"NHE\") != null)",
                        "RatingLevel.valueOf(\"HOAN_THANH\")"))).build();

        assertThat(assessor.assess(SampleDossiers.plain("o1")).rating()).isEqualTo(RatingLevel.HOAN_THANH);
    }

    /*
     * A share written with Java's suffix or a needless ".0" (95.0d for 95%): the hint said "hãy ghi 0.95 cho 95.0d%".
     * The share is still quoted as written, so that it can be found, but the percentage reads as a person writes it.
     */
    @Test
    void shareWithASuffix_hintReadsAsAPercentage() {
        assertThat(RefusedBuilds.drl(rule("Officer(this == $o, tasks.below(TaskMeasure.ON_TIME, 95.0d))", CAP)))
                .singleElement().satisfies(d -> assertThat(d.message()).startsWith("tỷ lệ 95.0d lớn hơn 1")
                        .contains("hãy ghi 0.95 cho 95% (").contains("write 0.95 for 95%)").doesNotContain("95.0d%"));
        assertThat(RefusedBuilds.drl(rule("Officer(this == $o, tasks.failsAtLeast(95.50F))", CAP)))
                .singleElement().satisfies(d -> assertThat(d.message()).contains("hãy ghi 0.955 cho 95.5% (")
                        .contains("write 0.955 for 95.5%)"));
    }

    /*
     * Two wrong literals on one line are two mistakes to correct: a rule that writes the same misspelt level or the
     * same share twice on a line got one diagnostic, at the first, and the second stayed until the next run of
     * validate. Each is reported at its own column (two different ones already were).
     */
    @Test
    void twoWrongLiteralsOnOneLine_eachIsReportedAtItsColumn() {
        String twice = rule("Officer(this == $o, tasks.below(TaskMeasure.ON_TIME, 95)"
                + " || tasks.below(TaskMeasure.HIGH_QUALITY, 95))",
                "RatingLevel.of(\"Tôt\").min(RatingLevel.of(\"Tôt\"))");

        List<Diagnostic> problems = RefusedBuilds.drl(twice);

        assertThat(problems).extracting(d -> d.line() + ":" + d.column())
                .containsExactly("6:58", "6:103", "8:52", "8:78");
        assertThat(problems.get(0).message()).isEqualTo(problems.get(1).message()).contains("tỷ lệ 95 ");
        assertThat(problems.get(2).message()).isEqualTo(problems.get(3).message()).contains("\"Tôt\"");

        String different = rule("", "RatingLevel.of(\"X\").min(RatingLevel.of(\"Y\"))");
        assertThat(RefusedBuilds.drl(different)).extracting(d -> d.line() + ":" + d.column()).containsExactly("8:52", "8:76");
    }
}
