package org.chuanmuc.assess.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.chuanmuc.assess.Diagnostic;
import org.chuanmuc.assess.RuleSource;
import org.chuanmuc.criteria.StandardCriteria;
import org.junit.jupiter.api.Test;

/**
 * The shipped decision tables pass the check for tables cut short by an empty row, though several sheets hold
 * several tables separated by empty rows; a rule row of them cleared in Excel is refused unless no rule row is below.
 */
class StandardWorkbookGapsTest {
    private static final String TABLES = StandardCriteria.FOLDER + "bang-quyet-dinh.xlsx";

    private static RuleSource standardWorkbook() {
        return StandardCriteria.rules().sources().stream().filter(s -> s.name().equals(TABLES)).findFirst()
                .orElseThrow();
    }

    @Test
    void everySheetOfTheShippedWorkbook_isAccepted() throws IOException {
        List<Diagnostic> problems = new ArrayList<>();
        List<DrlText> texts = new ArrayList<>();

        SourceTranslator.convert(standardWorkbook(), false, ConvertedTables.NONE, problems, texts);

        assertThat(problems).isEmpty();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(standardWorkbook().content()))) {
            List<String> sheets = new ArrayList<>();
            wb.forEach(s -> sheets.add(TABLES + "[" + s.getSheetName() + "]"));
            assertThat(texts).extracting(DrlText::sourceName).containsExactlyElementsOf(sheets);
        }
    }

    @Test
    void kyLuat_aRuleRowClearedAboveOthers_isRefused_namingItAndTheRowsBelow() throws IOException {
        List<Diagnostic> problems = new ArrayList<>();
        List<DrlText> texts = new ArrayList<>();

        SourceTranslator.convert(cleared("Kỷ luật", "KL-NN-02 cảnh cáo (đến 2025)"), false, ConvertedTables.NONE,
                problems, texts);

        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo(TABLES + "[Kỷ luật]");
            assertThat(d.line()).isEqualTo(12);
            assertThat(d.column()).isEqualTo(1);
            assertThat(d.message()).contains("RuleTable Kỷ luật nhà nước đến 2025").contains("hàng 13–18 bên dưới");
        });
        assertThat(texts).extracting(DrlText::sourceName).doesNotContain(TABLES + "[Kỷ luật]").hasSize(4);
    }

    @Test
    void kyLuat_theLastRuleRowOfATableCleared_isAccepted() throws IOException {
        // the table "từ 2026" ends with KL-NN-08; below it are an empty row and the next table
        List<Diagnostic> problems = new ArrayList<>();
        List<DrlText> texts = new ArrayList<>();

        SourceTranslator.convert(cleared("Kỷ luật", "KL-NN-08 buộc thôi việc do vi phạm liên quan"), false,
                ConvertedTables.NONE, problems, texts);

        assertThat(problems).isEmpty();
        assertThat(texts).filteredOn(t -> t.sourceName().equals(TABLES + "[Kỷ luật]")).singleElement()
                .satisfies(t -> assertThat(t.drl()).contains("KL-NN-07 tước danh hiệu CAND do vi phạm")
                        .doesNotContain("KL-NN-08 buộc thôi việc do vi phạm liên quan")
                        .contains("KL-NN-09"));
    }

    /** The standard workbook with every cell of the row whose first cell starts with {@code prefix} emptied. */
    private static RuleSource cleared(String sheetName, String prefix) throws IOException {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(standardWorkbook().content()))) {
            Sheet sheet = wb.getSheet(sheetName);
            Row found = null;
            for (Row row : sheet) {
                Cell first = row.getCell(0);
                if (first != null && first.toString().startsWith(prefix)) {
                    found = row;
                }
            }
            assertThat(found).as("row " + prefix).isNotNull();
            for (Cell cell : found) {
                cell.setBlank();
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            wb.write(bytes);
            return new RuleSource(TABLES, RuleSource.Kind.XLSX, bytes.toByteArray());
        }
    }
}
