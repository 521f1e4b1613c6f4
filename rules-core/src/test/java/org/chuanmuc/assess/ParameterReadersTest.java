package org.chuanmuc.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The names a rule reads are taken from the forms a policy writer uses besides {@code name == "x"}: with other
 * constraints by {@code &&}, {@code name in (…)}, {@code name.equals(…)}, alternatives by {@code or}. A read under
 * {@code not} is told apart in the message: the rule does not stop firing, it takes the parameter as absent.
 */
class ParameterReadersTest {
    private static final String TABLE = """
            package test;
            import org.chuanmuc.model.*;
            rule "THAM-SO"
            when
            then
                insert(new Parameter("han-muc", 2));
            end
            """;

    /** A rule file whose one rule reads parameters by the given conditions, on line 6 and below. */
    private static RuleSource reader(String conditions) {
        return RuleSource.drl("doc.drl", """
                package test;
                import org.chuanmuc.model.*;
                rule "DOC"
                when
                    $o: Officer()
                    %s
                then
                    insert(new ReviewFlag($o.id(), "DOC", "đọc tham số"));
                end
                """.formatted(conditions));
    }

    @Test
    void missingParameterReadUnderNot_isRefused_sayingTheConditionTakesItAsAbsent() {
        List<Diagnostic> problems = refused(RuleSource.drl("bang.drl", TABLE), reader("not Parameter(name == \"x\")"));

        assertThat(problems).containsExactly(new Diagnostic("doc.drl", 6, 9, "không có tham số \"x\": không dòng nào của"
                + " bảng tham số, không quy tắc nào cho nó giá trị, nên điều kiện đọc nó ở đây (trong not, forall,"
                + " accumulate, collect hay một nhánh or) luôn coi như không có tham số này (no parameter \"x\": no"
                + " table row or rule gives it a value, so the condition reading it here (under not, forall,"
                + " accumulate, collect or a branch of an or) always finds it absent); tham số có giá trị mà không quy"
                + " tắc nào đọc, có thể là tên viết sai (given a value but read by no rule, perhaps a misspelt name):"
                + " \"han-muc\" (bang.drl:6)"));
    }

    @Test
    void missingParameterReadUnderForallOrAccumulate_isRefused_sayingTheConditionTakesItAsAbsent() {
        for (String conditions : new String[] {"forall(Parameter(name == \"x\"))",
                "accumulate(Parameter(name == \"x\", $v: value); $s: sum($v))"}) {
            assertThat(refused(RuleSource.drl("bang.drl", TABLE), reader(conditions))).as(conditions)
                    .singleElement().satisfies(d -> {
                        assertThat(d.line()).isEqualTo(6);
                        assertThat(d.message()).startsWith("không có tham số \"x\": không dòng nào của bảng tham số,"
                                + " không quy tắc nào cho nó giá trị, nên điều kiện đọc nó ở đây").doesNotContain(
                                "không bao giờ chạy");
                    });
        }
    }

    @Test
    void readsUnderOr_needOneBranchGiven() {
        Assessor assessor = Assessor.builder().rules(RuleSource.drl("bang.drl", TABLE),
                reader("(Parameter(name == \"moi\") or Parameter(name == \"han-muc\"))")).build();

        assertThat(assessor.assess(SampleDossiers.busy("o1")).reviewFlags()).isNotEmpty();
    }

    @Test
    void readsUnderOr_withNoBranchGiven_areRefusedForEachName() {
        List<Diagnostic> problems = refused(RuleSource.drl("bang.drl", TABLE),
                reader("(Parameter(name == \"moi\") or Parameter(name == \"cu\"))"));

        assertThat(problems).extracting(Diagnostic::message).satisfiesExactly(
                m -> assertThat(m).startsWith("không có tham số \"moi\"").contains("quy tắc này sẽ không bao giờ chạy"),
                m -> assertThat(m).startsWith("không có tham số \"cu\"").contains("quy tắc này sẽ không bao giờ chạy"));
    }

    @Test
    void nameComposedAndDecomposed_isRefused_sayingTheUnicodeDiffers() {
        String composed = Normalizer.normalize("hạn", Normalizer.Form.NFC);
        String decomposed = Normalizer.normalize("hạn", Normalizer.Form.NFD);
        String table = TABLE.replace("han-muc", composed);

        List<Diagnostic> problems = refused(RuleSource.drl("bang.drl", table),
                reader("Parameter(name == \"" + decomposed + "\")"));

        assertThat(problems).containsExactly(new Diagnostic("doc.drl", 6, 5, "không có tham số \"" + decomposed + "\":"
                + " tham số có giá trị ở bang.drl:6 trông giống hệt nhưng được mã hoá Unicode khác (ở đây U+0061"
                + " U+0323, ở đó U+1EA1: chữ có dấu dựng sẵn (NFC) hay chữ và dấu rời (NFD)), nên quy tắc coi là hai"
                + " tham số; hãy gõ lại tên ở một trong hai nơi bằng cùng một bộ gõ (no parameter \"" + decomposed
                + "\": the parameter given a value at bang.drl:6 looks the same but is encoded differently in Unicode"
                + " (here U+0061 U+0323, there U+1EA1: accented letters composed (NFC) or as a letter and a combining"
                + " accent (NFD)), so the rules take them for two parameters; retype the name in one of the two places"
                + " with the same keyboard)"));
    }

    @Test
    void nameInBracketsInTheGiver_isALiteralName_soMissingNamesAreStillFound() {
        // a bracketed literal was taken for a computed name, which turned the missing check off for the rule set
        String table = TABLE.replace("new Parameter(\"han-muc\", 2)", "new Parameter((\"khac\"), 2)");

        List<Diagnostic> problems = refused(RuleSource.drl("bang.drl", table),
                reader("Parameter(name == \"han-muc\")"));

        assertThat(problems).singleElement().satisfies(d -> assertThat(d.message())
                .startsWith("không có tham số \"han-muc\": không dòng nào của bảng tham số")
                .endsWith("perhaps a misspelt name): \"khac\" (bang.drl:6)"));
    }

    @Test
    void misspeltNameInOtherConstraintForms_isRefused() {
        for (String conditions : new String[] {"Parameter(name == \"han-muk\" && value > 0)",
                "Parameter((name == \"han-muk\") && value > 0)", "Parameter(value > 0 && \"han-muk\" == name)",
                "Parameter(name.equals(\"han-muk\"))", "Parameter(\"han-muk\".equals(name))",
                "Parameter(name in (\"han-muk\"))"}) {
            assertThat(refused(RuleSource.drl("bang.drl", TABLE), reader(conditions))).as(conditions)
                    .singleElement().satisfies(d -> {
                        assertThat(d.source()).isEqualTo("doc.drl");
                        assertThat(d.line()).isEqualTo(6);
                        assertThat(d.message()).startsWith("không có tham số \"han-muk\": không dòng nào của bảng"
                                + " tham số, không quy tắc nào cho nó giá trị, nên quy tắc này sẽ không bao giờ chạy");
                    });
        }
    }

    @Test
    void nameInAList_needsOneOfItsNamesGiven() {
        Assessor assessor = Assessor.builder().rules(RuleSource.drl("bang.drl", TABLE),
                reader("Parameter(name in (\"moi\", \"han-muc\"))")).build();

        assertThat(assessor.assess(SampleDossiers.busy("o1")).reviewFlags()).isNotEmpty();
        assertThat(refused(RuleSource.drl("bang.drl", TABLE), reader("Parameter(name in (\"moi\", \"cu\"))")))
                .extracting(Diagnostic::message).satisfiesExactly(
                        m -> assertThat(m).startsWith("không có tham số \"moi\""),
                        m -> assertThat(m).startsWith("không có tham số \"cu\""));
    }

    @Test
    void constraintWithOr_staysOutOfTheCheck() {
        Assessor assessor = Assessor.builder().rules(RuleSource.drl("bang.drl", TABLE),
                reader("Parameter(name == \"moi\" || name == \"han-muc\")")).build();

        assertThat(assessor.assess(SampleDossiers.busy("o1")).reviewFlags()).isNotEmpty();
    }

    @Test
    void formsAlreadyJudged_stayJudged() {
        // an octal escape spells the given name: read as written, it is given
        Assessor assessor = Assessor.builder().rules(RuleSource.drl("bang.drl", TABLE),
                reader("Parameter(name == \"han\\055muc\")")).build();
        assertThat(assessor.assess(SampleDossiers.busy("o1")).reviewFlags()).isNotEmpty();
        // a single-quoted misspelling is a misspelling
        assertThat(refused(RuleSource.drl("bang.drl", TABLE), reader("Parameter(name == 'han-muk')")))
                .singleElement().satisfies(d -> assertThat(d.message()).startsWith("không có tham số \"han-muk\""));
        // a commented-out giver gives nothing
        assertThat(refused(RuleSource.drl("bang.drl", TABLE.replace("    insert(", "    // insert(")),
                reader("Parameter(name == \"han-muc\")")))
                .singleElement().satisfies(d -> assertThat(d.message()).startsWith("không có tham số \"han-muc\""));
        // a Unicode escape is refused by the guard before any name is read
        assertThat(refused(RuleSource.drl("bang.drl", TABLE), reader("Parameter(name == \"han\\u002Dmuc\")")))
                .isNotEmpty().allSatisfy(d -> assertThat(d.message()).doesNotStartWith("không có tham số"))
                .anySatisfy(d -> assertThat(d.message()).startsWith("không được dùng mã thoát Unicode"));
    }

    private static List<Diagnostic> refused(RuleSource... sources) {
        Throwable thrown = catchThrowable(() -> Assessor.builder().rules(sources).build());
        assertThat(thrown).isInstanceOf(RuleCompilationException.class);
        return ((RuleCompilationException) thrown).diagnostics();
    }
}
