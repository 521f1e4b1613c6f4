package org.chuanmuc.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chuanmuc.model.RatingLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code Parameter} comes only from a rule that inserts it: a rule reading a name that no rule gives would never
 * fire, and a name given twice, once always, makes the rules reading it fire once per value. The rule set is refused.
 */
class ParameterCoverageTest {
    private static final String TABLE = """
            package test;
            import org.chuanmuc.model.*;
            rule "THAM-SO"
            when
            then
                insert(new Parameter("han-muc", 2));
            end
            """;

    @TempDir
    Path dir;

    @Test
    void ruleReadingAParameterNoRuleGives_isRefusedAtItsPattern_withTheNamesGivenButNotRead() {
        String reader = """
                package test;
                import org.chuanmuc.model.*;
                rule "HM-01"
                when
                    $o: Officer()
                    Parameter(name == "han-muc.xuat-sac", $v: value)
                then
                    insert(RatingCap.state($o.id(), RatingLevel.HOAN_THANH, "HM-01", "", "vượt " + $v));
                end
                """;

        List<Diagnostic> problems = refused(RuleSource.drl("bang.drl", TABLE), RuleSource.drl("han-muc.drl", reader));

        assertThat(problems).containsExactly(new Diagnostic("han-muc.drl", 6, 5, "không có tham số \"han-muc.xuat-sac\":"
                + " không dòng nào của bảng tham số, không quy tắc nào cho nó giá trị, nên quy tắc này sẽ không bao giờ"
                + " chạy (no parameter \"han-muc.xuat-sac\": no table row or rule gives it a value, so this rule would"
                + " never fire); tham số có giá trị mà không quy tắc nào đọc, có thể là tên viết sai (given a value but"
                + " read by no rule, perhaps a misspelt name): \"han-muc\" (bang.drl:6)"));
    }

    @Test
    void readsUnderNotExistsAndAccumulate_countToo() {
        String readers = """
                package test;
                import org.chuanmuc.model.*;
                rule "A"
                when
                    $o: Officer()
                    not Parameter(name == "a")
                    exists Parameter(name == "han-muc")
                    accumulate(Parameter(name == "c", $v: value); $s: sum($v))
                then
                    insert(new ReviewFlag($o.id(), "A", "a"));
                end
                """;

        List<Diagnostic> problems = refused(RuleSource.drl("bang.drl", TABLE), RuleSource.drl("doc.drl", readers));

        assertThat(problems).extracting(Diagnostic::line).containsExactly(6, 8);
        assertThat(problems).extracting(Diagnostic::message).satisfiesExactly(
                m -> assertThat(m).startsWith("không có tham số \"a\""),
                m -> assertThat(m).startsWith("không có tham số \"c\""));
    }

    @Test
    void parameterGivenTwiceOnceAlways_isRefusedAtTheSecond_namingTheFirst() {
        String again = """
                package test2;
                import org.chuanmuc.model.*;
                rule "THAM-SO-2"
                when
                    $o: Officer(monthsWorked < 12)
                then
                    insert(new Parameter("han-muc", 5));
                end
                rule "HM"
                when
                    $o: Officer()
                    Parameter(name == "han-muc", $v: value)
                then
                    insert(new ReviewFlag($o.id(), "HM", "hạn mức " + $v));
                end
                """;

        List<Diagnostic> problems = refused(RuleSource.drl("bang.drl", TABLE), RuleSource.drl("sua.drl", again));

        assertThat(problems).containsExactly(new Diagnostic("sua.drl", 7, 37, "tham số \"han-muc\" được cho giá trị"
                + " hai lần, ở đây và ở bang.drl:6: quy tắc đọc nó sẽ chạy với cả hai giá trị; hãy giữ một (parameter"
                + " \"han-muc\" is given a value twice, here and at bang.drl:6: the rules that read it would run with"
                + " both values; keep one)"));
    }

    @Test
    void aRowCopiedManyTimes_givesAHundredDiagnosticsAndACount() {
        StringBuilder copies = new StringBuilder("package test;\nimport org.chuanmuc.model.*;\n");
        for (int i = 0; i < 150; i++) {
            copies.append("rule \"THAM-SO-").append(i).append("\"\nwhen\nthen\n    insert(new Parameter(\"x\", ").append(i)
                    .append("));\nend\n");
        }

        List<Diagnostic> problems = refused(RuleSource.drl("bang.drl", copies.toString()));

        assertThat(problems).hasSize(101);
        assertThat(problems.get(0).message()).startsWith("tham số \"x\" được cho giá trị hai lần, ở đây và ở bang.drl:6");
        assertThat(problems).last().satisfies(d -> assertThat(d.message())
                .isEqualTo("và 49 lỗi khác trong tệp này (and 49 more problems in this file)"));
    }

    @Test
    void parametersGivenOnlyUnderConditions_orWithAComputedName_areNotJudged() {
        // a rule may give a parameter from the facts (a counter, a value per officer): which names exist, and whether
        // two conditions can hold together, cannot be told from the text
        String computed = """
                package test;
                import org.chuanmuc.model.*;
                rule "DEM-0"
                when
                    Officer(monthsWorked < 6)
                then
                    insert(new Parameter("dem", 0));
                end
                rule "DEM-1"
                when
                    Officer(monthsWorked >= 6)
                then
                    insert(new Parameter("dem", 1));
                end
                rule "THEO-CB"
                when
                    $o: Officer()
                then
                    insert(new Parameter($o.id(), 3));
                end
                rule "DOC"
                when
                    $o: Officer()
                    Parameter(name == "dem", $d: value)
                    Parameter(name == "CB-1", $v: value)
                then
                    insert(new ReviewFlag($o.id(), "DOC", "đếm " + $d + ", " + $v));
                end
                """;

        Assessor assessor = Assessor.builder().rules(RuleSource.drl("tinh.drl", computed)).build();

        assertThat(assessor.assess(SampleDossiers.busy("CB-1")).reviewFlags()).isNotEmpty();
    }

    @Test
    void localFolderRuleReadingAParameterTheBaseDoesNotGive_isRefused() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("dia-phuong"));
        Path file = Files.writeString(folder.resolve("han-muc.drl"), """
                package diaphuong;
                import org.chuanmuc.model.*;
                rule "DP-01"
                when
                    $o: Officer()
                    Parameter(name == "han-muc-2", $v: value)
                then
                    insert(RatingCap.state($o.id(), RatingLevel.HOAN_THANH, "DP-01", "", "hạn mức " + $v));
                end
                """);

        Throwable thrown = catchThrowable(() -> Assessor.builder().rules(RuleSource.drl("bang.drl", TABLE))
                .rules(folder).build());

        assertThat(thrown).isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.diagnostics())
                .singleElement().satisfies(d -> {
                    assertThat(d.source()).isEqualTo(file.toString());
                    assertThat(d.line()).isEqualTo(6);
                    assertThat(d.message()).startsWith("không có tham số \"han-muc-2\"");
                }));
    }

    @Test
    void parameterGivenOnceAndRead_builds_andTheRuleFires() {
        String reader = """
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

        Assessor assessor = Assessor.builder().rules(RuleSource.drl("bang.drl", TABLE),
                RuleSource.drl("doc.drl", reader)).build();

        assertThat(assessor.assess(SampleDossiers.busy("o1")).rating()).isEqualTo(RatingLevel.HOAN_THANH);
    }

    private static List<Diagnostic> refused(RuleSource... sources) {
        Throwable thrown = catchThrowable(() -> Assessor.builder().rules(sources).build());
        assertThat(thrown).isInstanceOf(RuleCompilationException.class);
        return ((RuleCompilationException) thrown).diagnostics();
    }
}
