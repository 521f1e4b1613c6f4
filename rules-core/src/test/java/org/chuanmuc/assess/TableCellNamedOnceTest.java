package org.chuanmuc.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.chuanmuc.assess.TestWorkbooks.row;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A diagnostic about a decision table names the cell that holds the wrong value ("ô A10: …"), then the rule row's cell
 * ("dòng quy tắc ở ô …"), which Drools takes as the first cell of the row under the table's keyword. A table without a
 * NAME column starts its rows with a value: the message named that one cell twice, "ô A10: … (dòng quy tắc ở ô A10 /
 * rule row at cell A10)".
 */
class TableCellNamedOnceTest {

    /** @return a workbook whose one table has no NAME column: a share in A10, a level in B10 */
    private static byte[] tableWithoutNames(Object share) throws IOException {
        return TestWorkbooks.oneSheet("Ngưỡng", sheet -> {
            row(sheet, 0, "RuleSet", "org.chuanmuc.test.bang");
            row(sheet, 1, "Import", "org.chuanmuc.model.*");
            row(sheet, 4, "RuleTable Ngưỡng đúng hạn");
            row(sheet, 5, "CONDITION", "ACTION");
            row(sheet, 6, "$o: Officer", "");
            row(sheet, 7, "tasks.below(TaskMeasure.ON_TIME, $param)",
                    "insert(RatingCap.state($o.id(), RatingLevel.$param, \"NT\", \"\", \"Đúng hạn thấp\"));");
            row(sheet, 8, "Tỷ lệ đúng hạn nhỏ hơn", "Xếp loại tối đa");
            row(sheet, 9, share, "HOAN_THANH");
        });
    }

    @Test
    void valueInTheRowsFirstCell_isNamedOnce() throws IOException {
        RuleSource table = new RuleSource("bang.xlsx", RuleSource.Kind.XLSX, tableWithoutNames(95));

        Throwable thrown = catchThrowable(() -> Assessor.builder().rules(table).build());

        assertThat(thrown).isInstanceOf(RuleCompilationException.class);
        List<Diagnostic> problems = ((RuleCompilationException) thrown).diagnostics();
        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo("bang.xlsx[Ngưỡng]");
            assertThat(d.message()).startsWith("ô A10: tỷ lệ 95 lớn hơn 1").contains("hãy ghi 0.95 cho 95%")
                    .doesNotContain("dòng quy tắc ở ô A10").doesNotContain("rule row at cell A10");
        });
    }
}
