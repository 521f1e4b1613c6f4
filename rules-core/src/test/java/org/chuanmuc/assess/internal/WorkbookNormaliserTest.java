package org.chuanmuc.assess.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.Diagnostic;
import org.chuanmuc.assess.RuleSource;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.Unit;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.junit.jupiter.api.Test;

/**
 * One small decision table, written the way different spreadsheet programs write it, gives the same DRL:
 * with or without the empty cells under a merged pattern cell, with shared or inline strings, with numbers
 * shown as {@code 1}, {@code 1.00} or {@code 100%}, or computed by a formula.
 */
class WorkbookNormaliserTest {
    /** How one writer stores the table. */
    private record Writer(boolean streamingInlineStrings, boolean writesEmptyCells, String numberFormat,
                          boolean formulas) {
    }

    private static final Writer REFERENCE = new Writer(false, true, null, false);

    @Test
    void translate_tableFromEveryWriter_givesTheSameDrl() throws IOException {
        String reference = drl(table(REFERENCE));
        assertThat(reference).contains("$o: Officer(tasks.onTimeRatio < 1)")
                .contains("$o: Officer(tasks.completionRatio < 0.5)");

        for (Writer writer : List.of(new Writer(true, false, null, false), new Writer(false, false, null, false),
                new Writer(true, true, "0.00", false), new Writer(false, true, "0%", false),
                new Writer(true, false, null, true))) {
            assertThat(drl(table(writer))).as("DRL of the table as written by %s", writer).isEqualTo(reference);
        }
    }

    @Test
    void drools_tableWithoutEmptyMergedCells_losesThePatternUnlessNormalised() throws IOException {
        // the root cause: Drools applies a merged range only to the cells of it that exist in the file
        byte[] withoutEmptyCells = table(new Writer(true, false, null, false));
        String raw = new SpreadsheetCompiler().compile(new ByteArrayInputStream(withoutEmptyCells), "Ngưỡng");

        assertThat(raw).contains("\t\ttasks.onTimeRatio < 1\n").doesNotContain("Officer(tasks.onTimeRatio");
        assertThat(drl(withoutEmptyCells)).contains("$o: Officer(tasks.onTimeRatio < 1)");
    }

    @Test
    void assess_tableWithoutEmptyMergedCells_stillCapsTheLateOfficer() throws IOException {
        Assessor assessor = Assessor.builder()
                .rules(new RuleSource("bang.xlsx", RuleSource.Kind.XLSX, table(new Writer(true, false, "0%", false))))
                .build();
        Unit unit = Unit.of("PC08", "Phòng Cảnh sát giao thông");
        Dossier late = new Dossier(new Period(2025), unit, Officer.builder("CB-1", "PC08", Role.STAFF)
                .monthsWorked(12).tasks(40, 40, 30, 40).build());
        Dossier half = new Dossier(new Period(2025), unit, Officer.builder("CB-2", "PC08", Role.STAFF)
                .monthsWorked(12).tasks(40, 10, 10, 10).build());
        Dossier onTime = new Dossier(new Period(2025), unit, Officer.builder("CB-3", "PC08", Role.STAFF)
                .monthsWorked(12).tasks(40, 40, 40, 40).build());

        List<RatingLevel> ratings = assessor.assessAll(List.of(late, half, onTime)).assessments().stream()
                .map(a -> a.rating()).toList();

        assertThat(ratings).containsExactly(RatingLevel.HOAN_THANH, RatingLevel.KHONG_HOAN_THANH,
                RatingLevel.HOAN_THANH_XUAT_SAC);
    }

    @Test
    void normalise_hugeMergedRange_isRefusedWithAReason() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Bảng");
            sheet.createRow(0).createCell(0).setCellValue("RuleTable X");
            sheet.createRow(999).createCell(999).setCellValue("x");
            sheet.addMergedRegion(new CellRangeAddress(0, 999, 0, 999));
            List<Diagnostic> problems = new ArrayList<>();

            RuleSource table = new RuleSource("to.xlsx", RuleSource.Kind.XLSX, bytes(wb));
            SourceTranslator.translate(new RuleInput(List.of(table), List.of(), List.of()), problems);

            assertThat(problems).singleElement().satisfies(d -> {
                assertThat(d.source()).isEqualTo("to.xlsx");
                assertThat(d.message()).contains("merged cells cover more than");
            });
        }
    }

    private static String drl(byte[] xlsx) {
        List<Diagnostic> problems = new ArrayList<>();
        RuleSource table = new RuleSource("bang.xlsx", RuleSource.Kind.XLSX, xlsx);
        List<DrlText> texts = SourceTranslator.translate(new RuleInput(List.of(table), List.of(), List.of()), problems);
        assertThat(problems).isEmpty();
        return texts.get(0).drl();
    }

    /** A rule table whose two conditions share one merged {@code $o: Officer} pattern cell. */
    private static byte[] table(Writer writer) throws IOException {
        try (Workbook wb = writer.streamingInlineStrings() ? new SXSSFWorkbook(null, 100, false, false)
                : new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Ngưỡng");
            text(sheet, 0, "RuleSet", "org.chuanmuc.test.bang");
            text(sheet, 1, "Import", "org.chuanmuc.model.*");
            text(sheet, 3, "RuleTable Ngưỡng nhiệm vụ");
            text(sheet, 4, "NAME", "CONDITION", "CONDITION", "ACTION");
            Row patterns = sheet.createRow(5);
            patterns.createCell(1).setCellValue("$o: Officer");
            if (writer.writesEmptyCells()) {
                patterns.createCell(2);
            }
            sheet.addMergedRegion(new CellRangeAddress(5, 5, 1, 2));
            text(sheet, 6, "", "tasks.completionRatio < $param", "tasks.onTimeRatio < $param",
                    "insert(RatingCap.state($o.id(), RatingLevel.$param, \"NV\", \"\", \"Kết quả nhiệm vụ\"));");
            text(sheet, 7, "Tên quy tắc", "Tỷ lệ hoàn thành nhỏ hơn", "Tỷ lệ đúng hạn nhỏ hơn", "Xếp loại tối đa");
            CellStyle style = wb.createCellStyle();
            if (writer.numberFormat() != null) {
                style.setDataFormat(wb.createDataFormat().getFormat(writer.numberFormat()));
            }
            Row late = text(sheet, 8, "NV-1 đúng hạn dưới 100%: không quá Hoàn thành");
            number(late, 2, 1.0, "2-1", style, writer);
            late.createCell(3).setCellValue("HOAN_THANH");
            Row half = text(sheet, 9, "NV-2 hoàn thành dưới 50%: Không hoàn thành");
            number(half, 1, 0.5, "0.25*2", style, writer);
            half.createCell(3).setCellValue("KHONG_HOAN_THANH");
            if (writer.writesEmptyCells()) {
                late.createCell(1);
                half.createCell(2);
            }
            return bytes(wb);
        }
    }

    private static void number(Row row, int column, double value, String formula, CellStyle style, Writer writer) {
        Cell cell = row.createCell(column);
        if (writer.formulas()) {
            cell.setCellFormula(formula);
        } else {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }

    private static Row text(Sheet sheet, int rowIndex, String... values) {
        Row row = sheet.createRow(rowIndex);
        for (int i = 0; i < values.length; i++) {
            if (!values[i].isEmpty()) {
                row.createCell(i).setCellValue(values[i]);
            }
        }
        return row;
    }

    private static byte[] bytes(Workbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        if (wb instanceof SXSSFWorkbook streaming) {
            streaming.dispose();
        }
        return out.toByteArray();
    }
}
