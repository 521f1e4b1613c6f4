package org.chuanmuc.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.chuanmuc.model.RatingLevel;
import org.junit.jupiter.api.Test;

/**
 * A rule gives its parameter only when it fires: a disabled rule never does, and one with a date, an agenda group or
 * a ruleflow group may not when the rules reading the parameter run. Such a giver does not give the readers a value
 * they can count on, and a disabled one does not count at all; a giver in an activation group is not always there.
 */
class ParameterGiversTest {
    private static final String READER = """
            package test;
            import org.chuanmuc.model.*;
            rule "HM"
            when
                $o: Officer()
                Parameter(name == "han-muc", $v: value)
            then
                insert(RatingCap.state($o.id(), RatingLevel.HOAN_THANH, "HM", "", "hạn mức " + $v));
            end
            """;

    @Test
    void parameterGivenOnlyByADisabledRule_isRefusedAtTheReader_namingTheGiverAndWhy() {
        String giver = """
                package test;
                import org.chuanmuc.model.*;
                rule "THAM-SO"
                    enabled false
                when
                then
                    insert(new Parameter("han-muc", 2));
                end
                """;

        List<Diagnostic> problems = refused(RuleSource.drl("bang.drl", giver), RuleSource.drl("doc.drl", READER));

        assertThat(problems).containsExactly(new Diagnostic("doc.drl", 6, 5, "không có tham số \"han-muc\" luôn có giá"
                + " trị: chỉ quy tắc có thể không chạy cho nó giá trị (bang.drl:7 (enabled false)), nên quy tắc này có"
                + " thể không bao giờ chạy; hãy cho nó giá trị ở một quy tắc không có enabled false, date-effective,"
                + " date-expires, agenda-group hay ruleflow-group (no parameter \"han-muc\" always has a value: only"
                + " rules that may not fire give it one (bang.drl:7 (enabled false)), so this rule may never fire; give"
                + " it a value in a rule without enabled false, date-effective, date-expires, agenda-group or"
                + " ruleflow-group)"));
    }

    @Test
    void disabledForTheWholePackage_isDisabledToo() {
        String giver = """
                package test;
                import org.chuanmuc.model.*;
                enabled false
                rule "THAM-SO"
                when
                then
                    insert(new Parameter("han-muc", 2));
                end
                """;

        assertThat(refused(RuleSource.drl("bang.drl", giver), RuleSource.drl("doc.drl", READER)))
                .singleElement().satisfies(d -> assertThat(d.message())
                        .startsWith("không có tham số \"han-muc\" luôn có giá trị: chỉ quy tắc có thể không chạy cho nó"
                                + " giá trị (bang.drl:7 (enabled false))"));
    }

    @Test
    void parameterGivenOnlyByADatedOrGroupedRule_isRefusedAtTheReader() {
        for (String attribute : new String[] {"date-expires \"01-Jan-2020\"", "date-effective \"01-Jan-2999\"",
                "agenda-group \"khac\"", "ruleflow-group \"khac\""}) {
            String giver = """
                    package test;
                    import org.chuanmuc.model.*;
                    rule "THAM-SO"
                        %s
                    when
                    then
                        insert(new Parameter("han-muc", 2));
                    end
                    """.formatted(attribute);

            List<Diagnostic> problems = refused(RuleSource.drl("bang.drl", giver), RuleSource.drl("doc.drl", READER));

            assertThat(problems).as(attribute).singleElement().satisfies(d -> {
                assertThat(d.source()).isEqualTo("doc.drl");
                assertThat(d.line()).isEqualTo(6);
                assertThat(d.message()).startsWith("không có tham số \"han-muc\" luôn có giá trị: chỉ quy tắc có thể"
                        + " không chạy cho nó giá trị (bang.drl:7 (" + attribute.substring(0, attribute.indexOf(' '))
                        + "))");
            });
        }
    }

    @Test
    void disabledOldGiverAndANewOne_isOneValue_andTheRuleFiresWithTheNew() {
        String givers = """
                package test;
                import org.chuanmuc.model.*;
                rule "THAM-SO-CU"
                    enabled false
                when
                then
                    insert(new Parameter("han-muc", 2));
                end
                rule "THAM-SO-MOI"
                when
                then
                    insert(new Parameter("han-muc", 3));
                end
                """;

        Assessor assessor = Assessor.builder().rules(RuleSource.drl("bang.drl", givers),
                RuleSource.drl("doc.drl", READER)).build();

        Assessment a = assessor.assess(SampleDossiers.busy("o1"));
        assertThat(a.rating()).isEqualTo(RatingLevel.HOAN_THANH);
        assertThat(a.toString()).contains("hạn mức 3.0").doesNotContain("hạn mức 2.0");
    }

    @Test
    void twoGiversOfOneActivationGroup_areNotGivenTwice() {
        // only one rule of an activation group fires
        String givers = """
                package test;
                import org.chuanmuc.model.*;
                rule "THAM-SO-A"
                    activation-group "tham-so"
                    salience 10
                when
                then
                    insert(new Parameter("han-muc", 2));
                end
                rule "THAM-SO-B"
                    activation-group "tham-so"
                when
                then
                    insert(new Parameter("han-muc", 3));
                end
                """;

        Assessor assessor = Assessor.builder().rules(RuleSource.drl("bang.drl", givers),
                RuleSource.drl("doc.drl", READER)).build();

        Assessment a = assessor.assess(SampleDossiers.busy("o1"));
        assertThat(a.toString()).contains("hạn mức 2.0").doesNotContain("hạn mức 3.0");
    }

    @Test
    void aDatedGiverBesideOneAlwaysThere_isStillGivenTwice() {
        // from its date on, both would fire
        String givers = """
                package test;
                import org.chuanmuc.model.*;
                rule "THAM-SO"
                when
                then
                    insert(new Parameter("han-muc", 2));
                end
                rule "THAM-SO-2027"
                    date-effective "01-Jan-2027"
                when
                then
                    insert(new Parameter("han-muc", 3));
                end
                """;

        assertThat(refused(RuleSource.drl("bang.drl", givers), RuleSource.drl("doc.drl", READER)))
                .singleElement().satisfies(d -> {
                    assertThat(d.line()).isEqualTo(12);
                    assertThat(d.message()).startsWith("tham số \"han-muc\" được cho giá trị hai lần, ở đây và ở"
                            + " bang.drl:6");
                });
    }

    private static List<Diagnostic> refused(RuleSource... sources) {
        Throwable thrown = catchThrowable(() -> Assessor.builder().rules(sources).build());
        assertThat(thrown).isInstanceOf(RuleCompilationException.class);
        return ((RuleCompilationException) thrown).diagnostics();
    }
}
