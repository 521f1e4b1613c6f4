package org.chuanmuc.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.Diagnostic;
import org.chuanmuc.assess.RuleBundle;
import org.chuanmuc.assess.RuleCompilationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A value of the sheet “Tham số” is read by Java as it is typed: it must be one plain decimal number, or a number
 * cell. Anything Java reads otherwise than a person does ({@code 1/2} is 0, {@code 020} is 16, a cell showing
 * {@code 20%} holds 0.2, {@code 1.000} is 1) or that fails only when the rules run ({@code 1/0}) or compile
 * ({@code 3000000000}, {@code 20.5.1}) is refused, naming the cell and the parameter.
 */
class ParameterValueTest {
    private static final String SHEET = "Tham số";
    private static final String QUOTA = "han-muc.xuat-sac.phan-tram";
    /** The line of the text of sheet “Tham số” where the value of B10 is, and its column. */
    private static final int LINE = 8;
    private static final int COLUMN = 54;

    @TempDir
    Path dir;

    @Test
    void arithmeticAndOtherJavaNumberForms_areRefusedAsNotANumber() throws IOException {
        // 1/0 threw ArithmeticException for every officer; 1/2 is 0 (integer division); the others are not numbers a
        // person types, and 1e20 and 20.5.1 reached the compiler, whose error named no cell
        for (String typed : new String[] {"1/0", "1/2", "(20)", "2*10", "+20", "- 20", "20L", "20d", "0x14", "2_0",
                "1e20", "1.5e3", "20.5.1", ".5"}) {
            Path xlsx = export("so-" + Integer.toHexString(typed.hashCode()));
            Workbooks.setCell(xlsx, SHEET, "B10", typed);

            assertThat(refused(xlsx)).as(typed).singleElement().satisfies(d -> {
                assertThat(d.source()).isEqualTo(xlsx + "[Tham số]");
                assertThat(d.line()).isEqualTo(LINE);
                assertThat(d.column()).isEqualTo(COLUMN);
                assertThat(d.message()).startsWith("ô B10: giá trị \"" + typed + "\" của tham số \"" + QUOTA + "\""
                        + " không phải là một số: hãy ghi một số như 20 hoặc 0.5");
            });
        }
    }

    @Test
    void leadingZero_isRefused_becauseJavaReadsItAsOctal() throws IOException {
        Path xlsx = export("bat-phan");
        Workbooks.setCell(xlsx, SHEET, "B10", "020");

        assertThat(refused(xlsx)).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo(xlsx + "[Tham số]");
            assertThat(d.line()).isEqualTo(LINE);
            assertThat(d.message()).isEqualTo("ô B10: giá trị \"020\" của tham số \"" + QUOTA + "\" không phải là một"
                    + " số thập phân thông thường: có chữ số 0 thừa ở đầu, mà Java đọc số nguyên như 020 theo hệ bát phân (020 là"
                    + " 16); hãy ghi 20 (the value \"020\" of parameter \"" + QUOTA + "\" is not a plain number: it has"
                    + " a leading zero, and Java reads a whole number such as 020 as octal (020 is 16); write 20)"
                    + " (dòng quy tắc ở ô A10 / rule row at cell A10)");
        });
    }

    @Test
    void numberCellFormattedAsPercent_isRefused_sayingToWrite20Not20Percent() throws IOException {
        Path xlsx = export("phan-tram");
        Workbooks.setCell(xlsx, SHEET, "B10", 0.2);
        format(xlsx, "B10", "0%");

        assertThat(refused(xlsx)).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo(xlsx + "[Tham số]");
            assertThat(d.line()).isEqualTo(LINE);
            // the quota is counted in percent (its name ends in phan-tram): 20% would be read as 0.2
            assertThat(d.message()).startsWith("ô B10: giá trị 20% của tham số \"" + QUOTA + "\" là một phần trăm: ô"
                    + " định dạng phần trăm nên giữ 0.2, trong khi tham số này tính bằng phần trăm; hãy bỏ định dạng"
                    + " phần trăm của ô và ghi 20 (cell B10: the value 20%");
        });
    }

    @Test
    void numberCellShowingAQuotedPercentSign_isTheNumberItHolds() throws IOException {
        // the format 0"%" writes a percent sign after the number without multiplying it: the cell holds 20
        Path xlsx = export("dau-phan-tram");
        format(xlsx, "B10", "0\"%\"");

        assertThat(Assessor.builder().rules(StandardCriteria.fromFolder(xlsx.getParent())).build().ruleNames())
                .isEqualTo(Dossiers.standard().ruleNames());
    }

    @Test
    void thousandsTypedAsText_areRefusedAsAmbiguous() throws IOException {
        Path xlsx = export("hang-nghin");
        Workbooks.setCell(xlsx, SHEET, "B10", "1.000");

        assertThat(refused(xlsx)).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo(xlsx + "[Tham số]");
            assertThat(d.message()).isEqualTo("ô B10: giá trị \"1.000\" của tham số \"" + QUOTA + "\" không rõ nghĩa:"
                    + " dấu chấm có thể ngăn cách hàng nghìn (1000) hoặc là dấu thập phân (1.0); hãy ghi 1000 hoặc"
                    + " 1.0, không dùng dấu ngăn cách hàng nghìn (the value \"1.000\" of parameter \"" + QUOTA + "\" is"
                    + " ambiguous: the point may separate thousands (1000) or decimals (1.0); write 1000 or 1.0, without"
                    + " a thousands separator) (dòng quy tắc ở ô A10 / rule row at cell A10)");
        });
    }

    @Test
    void numberCellWithThreeDecimals_isANumber() throws IOException {
        // a number cell is not ambiguous, whatever its digits: 1.125 reaches the rule as the text 1.125
        Path xlsx = export("ba-so-le");
        Workbooks.setCell(xlsx, SHEET, "H10", 0.125);
        Workbooks.setCell(xlsx, SHEET, "B10", 1.125);

        assertThat(Assessor.builder().rules(StandardCriteria.fromFolder(xlsx.getParent())).build().ruleNames())
                .isEqualTo(Dossiers.standard().ruleNames());
    }

    @Test
    void numberTooLarge_isRefusedAsOutOfRange_typedOrANumberCell() throws IOException {
        // an int literal past 2147483647 does not compile: the compiler's error named no cell
        for (Object typed : new Object[] {"3000000000", 3e9, "0.1234567890123456"}) {
            Path xlsx = export("qua-lon-" + Integer.toHexString(typed.hashCode()));
            Workbooks.setCell(xlsx, SHEET, "B10", typed);
            String value = typed instanceof String s ? s : "3000000000";

            assertThat(refused(xlsx)).as(typed.toString()).singleElement().satisfies(d -> {
                assertThat(d.source()).isEqualTo(xlsx + "[Tham số]");
                assertThat(d.line()).isEqualTo(LINE);
                assertThat(d.message()).startsWith("ô B10: giá trị \"" + value + "\" của tham số \"" + QUOTA + "\""
                        + " nằm ngoài khoảng dùng được: hãy ghi một số từ -2147483647 đến 2147483647, không quá 15 chữ"
                        + " số sau dấu chấm (the value \"" + value + "\" of parameter \"" + QUOTA + "\" is out of"
                        + " range");
            });
        }
    }

    @Test
    void plainDecimalsTypedAsText_areNumbers() throws IOException {
        Path xlsx = export("so-thuong");
        Workbooks.setCell(xlsx, SHEET, "B10", "20.0");
        Workbooks.setCell(xlsx, SHEET, "H10", "0.5");
        Workbooks.setCell(xlsx, SHEET, "C10", "  3  ");

        assertThat(Assessor.builder().rules(StandardCriteria.fromFolder(xlsx.getParent())).build().ruleNames())
                .isEqualTo(Dossiers.standard().ruleNames());
    }

    @Test
    void cellOfOnlyInvisibleSpaces_isBlank() throws IOException {
        // a no-break space (U+00A0), a zero-width space (U+200B) or an ideographic space (U+3000) shows as nothing:
        // the guard's raw "illegal character" and syntax errors named no cell
        for (String typed : new String[] {"\u00A0", "\u200B", "\u3000", " \u00A0\t\u200B ", "\t"}) {
            Path xlsx = export("vo-hinh-" + Integer.toHexString(typed.hashCode()));
            Workbooks.setCell(xlsx, SHEET, "B10", typed);

            assertThat(refused(xlsx)).as(typed).singleElement().satisfies(d -> {
                assertThat(d.source()).isEqualTo(xlsx + "[Tham số]");
                assertThat(d.line()).isEqualTo(5);
                assertThat(d.column()).isEqualTo(1);
                assertThat(d.message()).startsWith("ô B10 trống nên tham số \"" + QUOTA + "\" không có giá trị, và quy"
                        + " tắc đọc nó (han-muc.drl:");
            });
        }
    }

    @Test
    void numberWithInvisibleSpacesAround_isTheNumber_asWithPlainSpaces() throws IOException {
        // "  20  " was a number already (Drools trims the spaces); a no-break space left by a copy from a web page
        // gave the guard's raw "illegal character"
        for (String typed : new String[] {"20\u00A0", "\u00A020", "\u200B20\u3000", " 20\u00A0 "}) {
            Path xlsx = export("so-vo-hinh-" + Integer.toHexString(typed.hashCode()));
            Workbooks.setCell(xlsx, SHEET, "B10", typed);

            assertThat(Assessor.builder().rules(StandardCriteria.fromFolder(xlsx.getParent())).build().ruleNames())
                    .as(typed).isEqualTo(Dossiers.standard().ruleNames());
        }
    }

    @Test
    void columnCopiedWithoutRenamingItsParameter_isReportedAtTheCopy() throws IOException {
        Path xlsx = export("cot-chep");
        copyQuotaColumnToK(xlsx);
        Workbooks.setCell(xlsx, SHEET, "K10", 10);

        assertThat(refused(xlsx)).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo(xlsx + "[Tham số]");
            assertThat(d.line()).isEqualTo(17);
            assertThat(d.message()).startsWith("ô K10: tham số \"" + QUOTA + "\" được cho giá trị hai lần, ở đây và ở"
                    + " bang-quyet-dinh.xlsx[Tham số] ô B10:");
        });
    }

    @Test
    void wordsInACopiedColumn_areReportedAtTheirCell() throws IOException {
        Path xlsx = export("cot-chep-chu");
        copyQuotaColumnToK(xlsx);
        Workbooks.setCell(xlsx, SHEET, "K10", "abc");

        assertThat(refused(xlsx)).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo(xlsx + "[Tham số]");
            assertThat(d.line()).isEqualTo(17);
            assertThat(d.message()).startsWith("ô K10: giá trị \"abc\" của tham số \"" + QUOTA + "\" không phải là"
                    + " một số");
        });
    }

    @Test
    void wordsInACopiedColumn_whoseFirstColumnIsBlank_areReportedAtTheirCell() throws IOException {
        // the converter writes no value for the blank B10: the row's only value of the parameter is K10's
        Path xlsx = export("cot-chep-b-trong");
        copyQuotaColumnToK(xlsx);
        Workbooks.setCell(xlsx, SHEET, "B10", null);
        Workbooks.setCell(xlsx, SHEET, "K10", "abc");

        assertThat(refused(xlsx)).singleElement().satisfies(d -> assertThat(d.message())
                .startsWith("ô K10: giá trị \"abc\" của tham số \"" + QUOTA + "\" không phải là một số"));
    }

    @Test
    void formulaErrorInTheValueCell_isRefusedAsNotANumber() throws IOException {
        Path xlsx = export("loi-cong-thuc");
        edit(xlsx, wb -> wb.getSheet(SHEET).getRow(9).getCell(1).setCellFormula("1/0"));

        assertThat(refused(xlsx)).singleElement().satisfies(d -> assertThat(d.message())
                .startsWith("ô B10: giá trị \"#DIV/0!\" của tham số \"" + QUOTA + "\" không phải là một số"));
    }

    @Test
    void sheetCopied_givesEveryParameterTwice_atTheCopysCells() throws IOException {
        // Excel's "Move or Copy… / Create a copy" names the copy "Tham số (2)"
        Path xlsx = export("chep-trang");
        edit(xlsx, wb -> wb.cloneSheet(wb.getSheetIndex(SHEET)));

        List<Diagnostic> problems = refused(xlsx);

        assertThat(problems).isNotEmpty().allSatisfy(d -> assertThat(d.source()).isEqualTo(xlsx + "[Tham số (2)]"));
        assertThat(problems).anySatisfy(d -> assertThat(d.message()).startsWith("ô B10: tham số \"" + QUOTA + "\" được"
                + " cho giá trị hai lần, ở đây và ở bang-quyet-dinh.xlsx[Tham số] ô B10"));
    }

    @Test
    void standardWorkbookSavedAgain_passesTheWholeValueCheck() throws IOException {
        // the standard workbook's own bytes skip the look at its cells (checked when the library was built); saved
        // again, other bytes, every value cell is opened and told from a percentage
        Path xlsx = export("luu-lai");
        edit(xlsx, wb -> { });

        assertThat(Assessor.builder().rules(StandardCriteria.fromFolder(xlsx.getParent())).build().ruleNames())
                .isEqualTo(Dossiers.standard().ruleNames());
    }

    @Test
    void blankCellBelowTheTable_changesNothing() throws IOException {
        // the table ends at its first empty row: a cell far below, blank or of spaces, is not a value row
        Path xlsx = export("c27");
        Workbooks.setCell(xlsx, SHEET, "C27", "\u00A0 ");

        assertThat(Assessor.builder().rules(StandardCriteria.fromFolder(xlsx.getParent())).build().ruleNames())
                .isEqualTo(Dossiers.standard().ruleNames());
    }

    /** An edit of a workbook through POI. */
    private interface Edit {
        void apply(Workbook wb);
    }

    private static void edit(Path xlsx, Edit edit) throws IOException {
        Workbook wb;
        try (InputStream in = Files.newInputStream(xlsx)) {
            wb = WorkbookFactory.create(in);
        }
        try (wb) {
            edit.apply(wb);
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
    }

    /** Adds a column K to the table, an action giving the quota again, as a policy officer copying column B. */
    private static void copyQuotaColumnToK(Path xlsx) throws IOException {
        Workbooks.setCell(xlsx, SHEET, "K6", "ACTION");
        Workbooks.setCell(xlsx, SHEET, "K8", "insert(new Parameter(\"" + QUOTA + "\", $param));");
        Workbooks.setCell(xlsx, SHEET, "K9", "Hạn mức (bản chép)");
    }

    /** @return the workbook of a fresh copy of the standard criteria */
    private Path export(String name) {
        Path folder = dir.resolve(name);
        StandardCriteria.writeTo(folder);
        return folder.resolve("bang-quyet-dinh.xlsx");
    }

    /** Gives a cell of sheet “Tham số” a display format, as Excel's Format Cells does. */
    static void format(Path xlsx, String address, String format) throws IOException {
        Workbook wb;
        try (InputStream in = Files.newInputStream(xlsx)) {
            wb = WorkbookFactory.create(in);
        }
        try (wb) {
            CellReference ref = new CellReference(address);
            Cell cell = wb.getSheet(SHEET).getRow(ref.getRow()).getCell(ref.getCol());
            CellStyle style = wb.createCellStyle();
            style.cloneStyleFrom(cell.getCellStyle());
            style.setDataFormat(wb.createDataFormat().getFormat(format));
            cell.setCellStyle(style);
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
    }

    /** Loads the workbook's folder as a library user does, and returns why it was refused. */
    static List<Diagnostic> refused(Path xlsx) {
        RuleBundle bundle = StandardCriteria.fromFolder(xlsx.getParent());
        Throwable thrown = catchThrowable(() -> Assessor.builder().rules(bundle).build());
        assertThat(thrown).isInstanceOf(RuleCompilationException.class);
        return ((RuleCompilationException) thrown).diagnostics();
    }
}
