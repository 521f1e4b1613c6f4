package org.chuanmuc.assess.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chuanmuc.assess.Diagnostic;
import org.chuanmuc.assess.RuleSource;
import org.junit.jupiter.api.Test;

/**
 * A decision table that an empty row cuts short is refused, naming the empty row and the rows below it that Drools
 * would silently not read; an empty row that loses no rule (after the last rule, between tables, above a note outside
 * the condition and action columns) is accepted.
 */
class TableGapsTest {
    private static final String SHEET = "Kỷ luật";
    private static final String[] FORMS = {"KHIEN_TRACH", "CANH_CAO", "HA_BAC_LUONG", "GIANG_CHUC", "CACH_CHUC",
            "BUOC_THOI_VIEC"};

    /** The sheet: settings in rows 1-2, the keyword in row 5, the six rules in rows 10-15 (as the sheet shows). */
    private static XSSFWorkbook table() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sheet = wb.createSheet(SHEET);
        text(sheet, 0, "RuleSet", "org.chuanmuc.test.bang");
        text(sheet, 1, "Import", "org.chuanmuc.model.*");
        text(sheet, 4, "RuleTable Kỷ luật nhà nước");
        text(sheet, 5, "NAME", "CONDITION", "ACTION");
        text(sheet, 6, "", "$o: Officer");
        text(sheet, 7, "", "id == \"$param\"",
                "insert(RatingCap.state($o.id(), RatingLevel.$param, \"KL\", \"\", \"Kỷ luật\"));");
        text(sheet, 8, "Tên quy tắc", "Cán bộ", "Xếp loại tối đa");
        for (int i = 0; i < FORMS.length; i++) {
            text(sheet, 9 + i, "KL-0" + (i + 1) + " " + FORMS[i], "CB-" + i, "KHONG_HOAN_THANH");
        }
        return wb;
    }

    @Test
    void aRuleRowClearedInTheMiddle_isRefused_namingTheSheetTheRowAndTheRowsBelow() throws IOException {
        try (XSSFWorkbook wb = table()) {
            clear(wb, 11); // row 12: KL-03

            List<Diagnostic> problems = new ArrayList<>();
            List<DrlText> texts = translate(wb, problems);

            assertThat(problems).singleElement().satisfies(d -> {
                assertThat(d.source()).isEqualTo("bang.xlsx[Kỷ luật]");
                assertThat(d.line()).isEqualTo(12);
                assertThat(d.column()).isEqualTo(1);
                assertThat(d.message()).contains("hàng 12 của bảng \"RuleTable Kỷ luật nhà nước\" trống")
                        .contains("hàng 13–15 bên dưới sẽ không được đọc")
                        .contains("hãy xoá cả hàng").contains("rows 13–15 below it would not be read")
                        .contains("delete the whole row").contains("move the rows below up");
                assertThat(d.toString()).startsWith("bang.xlsx[Kỷ luật]:12:1: hàng 12");
            });
            assertThat(texts).as("the sheet refused is not converted").isEmpty();
        }
    }

    @Test
    void twoRowsCleared_nameTheFirstEmptyRow_andOneRowLost_isSaidInTheSingular() throws IOException {
        try (XSSFWorkbook wb = table()) {
            clear(wb, 12);
            clear(wb, 13); // rows 13 and 14: only row 15 is left below

            List<Diagnostic> problems = new ArrayList<>();
            translate(wb, problems);

            assertThat(problems).singleElement().satisfies(d -> {
                assertThat(d.line()).isEqualTo(13);
                assertThat(d.message()).contains("hàng 15 bên dưới").contains("row 15 below it would not be read");
            });
        }
    }

    @Test
    void theLastRuleRowCleared_nothingBelow_isAccepted() throws IOException {
        try (XSSFWorkbook wb = table()) {
            clear(wb, 14); // row 15: KL-06, the last rule

            List<Diagnostic> problems = new ArrayList<>();
            List<DrlText> texts = translate(wb, problems);

            assertThat(problems).isEmpty();
            assertThat(texts).singleElement().satisfies(t -> assertThat(t.drl())
                    .contains("KL-01", "KL-02", "KL-03", "KL-04", "KL-05").doesNotContain("KL-06"));
        }
    }

    @Test
    void aNoteBelowTheTable_inTheNameColumn_isAccepted() throws IOException {
        try (XSSFWorkbook wb = table()) {
            Sheet sheet = wb.getSheet(SHEET);
            text(sheet, 16, "Ghi chú: bảng theo Nghị định 112/2020/NĐ-CP");
            text(sheet, 17, "Người lập: Phòng Tổ chức cán bộ");

            List<Diagnostic> problems = new ArrayList<>();
            List<DrlText> texts = translate(wb, problems);

            assertThat(problems).isEmpty();
            assertThat(texts).singleElement().satisfies(t -> assertThat(t.drl())
                    .contains("KL-01", "KL-02", "KL-03", "KL-04", "KL-05", "KL-06"));
        }
    }

    @Test
    void aNoteBelowTheTable_inAConditionColumn_isRefused_asDroolsWouldNotReadIt() throws IOException {
        try (XSSFWorkbook wb = table()) {
            text(wb.getSheet(SHEET), 17, "", "CB-9", "KHONG_HOAN_THANH"); // a rule row written after an empty row

            List<Diagnostic> problems = new ArrayList<>();
            translate(wb, problems);

            assertThat(problems).singleElement().satisfies(d -> {
                assertThat(d.line()).isEqualTo(16);
                assertThat(d.message()).contains("hàng 18 bên dưới");
            });
        }
    }

    @Test
    void tablesSeparatedByEmptyRows_areAccepted_andARowClearedInTheFirstLosesOnlyRowsUpToTheSecond()
            throws IOException {
        try (XSSFWorkbook wb = table()) {
            Sheet sheet = wb.getSheet(SHEET);
            text(sheet, 17, "RuleTable Kỷ luật đảng");
            text(sheet, 18, "NAME", "CONDITION", "ACTION");
            text(sheet, 20, "", "$o: Officer(id == \"$param\")",
                    "insert(RatingCap.party($o.id(), RatingLevel.$param, \"KLD\", \"\", \"Kỷ luật đảng\"));");
            text(sheet, 21, "Tên quy tắc", "Cán bộ", "Xếp loại tối đa");
            text(sheet, 22, "KLD-01", "CB-1", "KHONG_HOAN_THANH");
            text(sheet, 23, "KLD-02", "CB-2", "KHONG_HOAN_THANH");

            List<Diagnostic> accepted = new ArrayList<>();
            assertThat(translate(wb, accepted)).singleElement().satisfies(t ->
                    assertThat(t.drl()).contains("KL-06", "KLD-01", "KLD-02"));
            assertThat(accepted).isEmpty();

            clear(wb, 10); // row 11: KL-02
            List<Diagnostic> refused = new ArrayList<>();
            translate(wb, refused);
            assertThat(refused).singleElement().satisfies(d -> {
                assertThat(d.line()).isEqualTo(11);
                assertThat(d.message()).contains("hàng 12–15 bên dưới");
            });
        }
    }

    @Test
    void aClearedRowUnderAMergedCell_isNotEmpty_asDroolsGivesItTheMergedText() throws IOException {
        try (XSSFWorkbook wb = table()) {
            Sheet sheet = wb.getSheet(SHEET);
            clear(wb, 11);
            sheet.getRow(11).createCell(2);
            sheet.addMergedRegion(new CellRangeAddress(10, 11, 2, 2)); // C11:C12: row 12 has KL-02's action

            List<Diagnostic> problems = new ArrayList<>();
            translate(wb, problems);

            assertThat(problems).isEmpty();
        }
    }

    @Test
    void anotherSheetOfTheWorkbook_isStillConverted() throws IOException {
        try (XSSFWorkbook wb = table()) {
            clear(wb, 11);
            Sheet other = wb.createSheet("Khác");
            text(other, 0, "RuleSet", "org.chuanmuc.test.khac");
            text(other, 1, "Import", "org.chuanmuc.model.*");
            text(other, 3, "RuleTable Khác");
            text(other, 4, "NAME", "CONDITION", "ACTION");
            text(other, 5, "", "$o: Officer");
            text(other, 6, "", "id == \"$param\"",
                    "insert(RatingCap.state($o.id(), RatingLevel.$param, \"K\", \"\", \"Khác\"));");
            text(other, 7, "Tên quy tắc", "Cán bộ", "Xếp loại tối đa");
            text(other, 8, "K-01", "CB-1", "HOAN_THANH");

            List<Diagnostic> problems = new ArrayList<>();
            List<DrlText> texts = translate(wb, problems);

            assertThat(problems).extracting(Diagnostic::source).containsExactly("bang.xlsx[Kỷ luật]");
            assertThat(texts).extracting(DrlText::sourceName).containsExactly("bang.xlsx[Khác]");
        }
    }

    private static List<DrlText> translate(XSSFWorkbook wb, List<Diagnostic> problems) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        wb.write(bytes);
        RuleSource source = new RuleSource("bang.xlsx", RuleSource.Kind.XLSX, bytes.toByteArray());
        return SourceTranslator.translate(new RuleInput(List.of(source), List.of(), List.of()), problems);
    }

    /** Empties every cell of a row (0-based), as the Delete key does. */
    private static void clear(XSSFWorkbook wb, int row) {
        wb.getSheet(SHEET).getRow(row).forEach(cell -> cell.setBlank());
    }

    private static Row text(Sheet sheet, int row, String... cells) {
        Row r = sheet.getRow(row) != null ? sheet.getRow(row) : sheet.createRow(row);
        for (int c = 0; c < cells.length; c++) {
            if (!cells[c].isEmpty()) {
                r.createCell(c).setCellValue(cells[c]);
            }
        }
        return r;
    }
}
