package org.chuanmuc.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.chuanmuc.criteria.Dossiers.all;
import static org.chuanmuc.criteria.Dossiers.staff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.Diagnostic;
import org.chuanmuc.assess.RuleBundle;
import org.chuanmuc.assess.RuleCompilationException;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.RatingLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parameters of the law (the 20% quota, the complaint limits, the minimum months…) live in the sheet “Tham số”
 * of an exported criteria folder. A parameter the rules read but that has no value would make every rule reading it
 * silently never fire: the folder is refused instead, naming the cell or the rule and the parameter.
 */
class ParameterTableTest {
    private static final String QUOTA = "han-muc.xuat-sac.phan-tram";
    private static final String SHEET = "Tham số";

    @TempDir
    Path dir;

    @Test
    void blankQuotaCell_isRefusedNamingTheCellTheParameterAndTheRulesThatReadIt() throws IOException {
        Path folder = export("o-trong");
        Path xlsx = folder.resolve("bang-quyet-dinh.xlsx");
        String cell = Workbooks.valueCell(xlsx, QUOTA);
        Workbooks.setCell(xlsx, SHEET, cell, null);

        assertThat(cell).isEqualTo("B10");
        assertThat(refused(folder)).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo(xlsx + "[Tham số]");
            assertThat(d.message())
                    .startsWith("ô B10 trống nên tham số \"han-muc.xuat-sac.phan-tram\" không có giá trị")
                    .contains("(cell B10 is blank, so parameter \"han-muc.xuat-sac.phan-tram\" has no value")
                    .contains(readers(folder, QUOTA))
                    .endsWith("(dòng quy tắc ở ô A10 / rule row at cell A10)");
        });
    }

    @Test
    void cellOfOnlySpaces_isBlankToo() throws IOException {
        Path folder = export("dau-cach");
        Path xlsx = folder.resolve("bang-quyet-dinh.xlsx");
        Workbooks.setCell(xlsx, SHEET, Workbooks.valueCell(xlsx, "phan-anh.so-toi-da"), "  ");

        assertThat(refused(folder)).singleElement().satisfies(d -> assertThat(d.message())
                .startsWith("ô D10 trống nên tham số \"phan-anh.so-toi-da\" không có giá trị"));
    }

    @Test
    void deletedValueRow_isRefusedForEveryParameterOfTheRow() throws IOException {
        Path folder = export("xoa-dong");
        Path xlsx = folder.resolve("bang-quyet-dinh.xlsx");
        Workbooks.deleteRow(xlsx, SHEET, 10);

        List<Diagnostic> problems = refused(folder);

        // Drools still makes a rule of the now empty row 10, without a single parameter: each of the nine is named
        // with its cell in that row
        assertThat(problems).hasSize(9).allSatisfy(d -> {
            assertThat(d.source()).isEqualTo(xlsx + "[Tham số]");
            assertThat(d.message()).matches("ô [B-J]10 trống nên tham số \"[a-z0-9.-]+\" không có giá trị.*");
        });
        assertThat(problems).anySatisfy(d -> assertThat(d.message())
                .startsWith("ô B10 trống nên tham số \"han-muc.xuat-sac.phan-tram\" không có giá trị")
                .contains(readers(folder, QUOTA)));
    }

    @Test
    void misspeltNameInTheTable_isRefusedAtEveryRuleThatReadsTheRightName() throws IOException {
        Path folder = export("sai-ten-bang");
        Path xlsx = folder.resolve("bang-quyet-dinh.xlsx");
        Workbooks.setCell(xlsx, SHEET, Workbooks.templateCell(xlsx, QUOTA),
                "insert(new Parameter(\"han-muc.xuat-sac.phan-tam\", $param));");
        Path rules = folder.resolve("han-muc.drl");

        List<Diagnostic> problems = refused(folder);

        assertThat(problems).extracting(Diagnostic::source).containsOnly(rules.toString());
        assertThat(problems).extracting(Diagnostic::line).containsExactlyElementsOf(linesReading(rules, QUOTA));
        assertThat(problems).allSatisfy(d -> assertThat(d.message())
                .startsWith("không có tham số \"han-muc.xuat-sac.phan-tram\"")
                .contains("(no parameter \"han-muc.xuat-sac.phan-tram\"")
                .contains("\"han-muc.xuat-sac.phan-tam\" (bang-quyet-dinh.xlsx[Tham số] ô B10)"));
    }

    @Test
    void misspeltNameInARule_isRefusedAtThatRule() throws IOException {
        Path folder = export("sai-ten-quy-tac");
        Path rules = folder.resolve("han-muc.drl");
        int line = linesReading(rules, QUOTA).get(0);
        Files.writeString(rules, Files.readString(rules).replaceFirst("\"han-muc.xuat-sac.phan-tram\"",
                "\"han-muc.xuat-sac.phan-tam\""));

        assertThat(refused(folder)).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo(rules.toString());
            assertThat(d.line()).isEqualTo(line);
            assertThat(d.message()).startsWith("không có tham số \"han-muc.xuat-sac.phan-tam\"");
        });
    }

    @Test
    void wordsInsteadOfANumber_areRefusedAsNotANumberOnce() throws IOException {
        Path folder = export("chu");
        Path xlsx = folder.resolve("bang-quyet-dinh.xlsx");
        Workbooks.setCell(xlsx, SHEET, "B10", "hai mươi");

        // one message for the cell, not one per word the guard does not know
        assertThat(refused(folder)).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo(xlsx + "[Tham số]");
            assertThat(d.message()).startsWith("ô B10: giá trị \"hai mươi\" của tham số \"han-muc.xuat-sac.phan-tram\""
                    + " không phải là một số").contains("(the value \"hai mươi\" of parameter");
        });
    }

    @Test
    void decimalCommaOrPercentSign_isRefusedAsNotANumber() throws IOException {
        // "0,5": a decimal comma makes it two arguments; "20%": Java's remainder with nothing after it; a quoted
        // "0.5": a string
        for (String typed : new String[] {"0,5", "20%", "\"0.5\""}) {
            Path folder = export("so-" + Integer.toHexString(typed.hashCode()));
            Path xlsx = folder.resolve("bang-quyet-dinh.xlsx");
            Workbooks.setCell(xlsx, SHEET, "H10", typed);

            assertThat(refused(folder)).as(typed).singleElement().satisfies(d -> assertThat(d.message())
                    .startsWith("ô H10: giá trị \"" + typed + "\" của tham số \"lanh-dao.ty-le-don-vi-toi-thieu\""
                            + " không phải là một số"));
        }
    }

    @Test
    void numberTypedAsText_isANumber() throws IOException {
        Path folder = export("so-dang-chu");
        Path xlsx = folder.resolve("bang-quyet-dinh.xlsx");
        Workbooks.setCell(xlsx, SHEET, "B10", "20");

        assertThat(Assessor.builder().rules(StandardCriteria.fromFolder(folder)).build().ruleNames())
                .isEqualTo(Dossiers.standard().ruleNames());
    }

    @Test
    void rowCopiedBelow_givesEveryParameterTwice_andIsRefused() throws IOException {
        Path folder = export("hai-dong");
        Path xlsx = folder.resolve("bang-quyet-dinh.xlsx");
        Workbooks.copyRowBelow(xlsx, SHEET, 10);
        Workbooks.setCell(xlsx, SHEET, "A11", "THAM-SO bảng tham số sửa");
        Workbooks.setCell(xlsx, SHEET, "B11", 10);

        List<Diagnostic> problems = refused(folder);

        assertThat(problems).hasSize(9).allSatisfy(d -> {
            assertThat(d.source()).isEqualTo(xlsx + "[Tham số]");
            assertThat(d.message()).endsWith("(dòng quy tắc ở ô A11 / rule row at cell A11)");
        });
        assertThat(problems).anySatisfy(d -> assertThat(d.message())
                .startsWith("ô B11: tham số \"han-muc.xuat-sac.phan-tram\" được cho giá trị hai lần, ở đây và ở"
                        + " bang-quyet-dinh.xlsx[Tham số] ô B10")
                .contains("(parameter \"han-muc.xuat-sac.phan-tram\" is given a value twice"));
    }

    @Test
    void quotaEditedTo15_loads_andTheQuotaIsThe15() throws IOException {
        Path folder = export("han-muc-15");
        Workbooks.setParameter(folder.resolve("bang-quyet-dinh.xlsx"), QUOTA, 15);
        // one candidate and five rated tốt on their own merits (2026): 1 ≤ 20% × 5 keeps xuất sắc; 1 > 15% × 5 (and
        // 0 after the demotion) does not
        List<Dossier> unit = all(2026, Dossiers.unit(), staff("XS-1").scores(28, 70).build(),
                staff("T-1").scores(20, 60).build(), staff("T-2").scores(20, 60).build(),
                staff("T-3").scores(20, 60).build(), staff("T-4").scores(20, 60).build(),
                staff("T-5").scores(20, 60).build());

        Assessor edited = Assessor.builder().rules(StandardCriteria.fromFolder(folder)).build();

        assertThat(Dossiers.standard().assessAll(unit).assessments().get(0).rating())
                .isEqualTo(RatingLevel.HOAN_THANH_XUAT_SAC);
        assertThat(edited.assessAll(unit).assessments().get(0).rating()).isEqualTo(RatingLevel.HOAN_THANH_TOT);
    }

    private Path export(String name) {
        Path folder = dir.resolve(name);
        StandardCriteria.writeTo(folder);
        return folder;
    }

    /** Loads the folder as a library user does, and returns why it was refused. */
    private static List<Diagnostic> refused(Path folder) {
        RuleBundle bundle = StandardCriteria.fromFolder(folder);
        Throwable thrown = catchThrowable(() -> Assessor.builder().rules(bundle).build());
        assertThat(thrown).isInstanceOf(RuleCompilationException.class);
        return ((RuleCompilationException) thrown).diagnostics();
    }

    /** @return the lines of a rule file whose pattern reads the parameter */
    private static List<Integer> linesReading(Path file, String parameter) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("Parameter(name == \"" + parameter + "\"")) {
                found.add(i + 1);
            }
        }
        return found;
    }

    /** @return how the messages name the rules that read the parameter: {@code han-muc.drl:21, han-muc.drl:36} */
    private static String readers(Path folder, String parameter) throws IOException {
        return String.join(", ", linesReading(folder.resolve("han-muc.drl"), parameter).stream()
                .map(l -> "han-muc.drl:" + l).toList());
    }
}
