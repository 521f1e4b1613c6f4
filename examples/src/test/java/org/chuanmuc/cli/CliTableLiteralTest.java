package org.chuanmuc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values a rule compares with that compile whatever they are, and then silently never match or match everyone: a
 * share of the tasks in a ratio column of "Ngưỡng NĐ 90" typed as a percent (95 for 0.95), and a severity written in
 * a DSL sentence that is no severity's code. validate refuses each at its cell or line.
 */
class CliTableLiteralTest {
    @TempDir
    Path dir;

    @Test
    void ratioColumnOfTheNd90TableWrittenAsPercent_isRefusedAtItsCell() throws IOException {
        Path edited = dir.resolve("quy-tac-nguong");
        assertThat(Cli.run("export-criteria", edited.toString()).code()).isZero();
        Path xlsx = edited.resolve("bang-quyet-dinh.xlsx");
        try (Workbook wb = WorkbookFactory.create(Files.newInputStream(xlsx))) {
            Sheet sheet = wb.getSheet("Ngưỡng NĐ 90");
            assertThat(sheet.getRow(9).getCell(3).getNumericCellValue()).isEqualTo(1.0);
            sheet.getRow(9).getCell(3).setCellValue(95);
            assertThat(sheet.getRow(19).getCell(2).getNumericCellValue()).isEqualTo(0.5);
            sheet.getRow(19).getCell(2).setCellValue(50);
            try (var out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }

        Cli.Run run = Cli.run("validate", "--criteria", edited.toString());

        String report = run.out() + run.stderr();
        assertThat(run.code()).as(report).isEqualTo(Main.ERROR);
        assertThat(report).contains("ô D10").contains("0.95").contains("ô C20").contains("0.5 cho 50%");
    }

    @Test
    void unknownSeverityInADslSentence_isRefusedAtItsLine() throws IOException {
        Path local = Files.createDirectories(dir.resolve("quy-tac-muc-do"));
        Files.writeString(local.resolve("muc-do.dslr"), """
                package org.congan.diaphuong

                import org.chuanmuc.model.*

                rule "NQ4-DP biểu hiện nặng chưa xác minh: đề nghị xem xét"
                when
                    Có kỳ đánh giá
                    Có cán bộ
                    Cán bộ có biểu hiện suy thoái chưa xác minh trong năm
                    Biểu hiện có mức độ "NANG"
                then
                    Đề nghị hội đồng xem xét, mã "NQ4-DP", lý do biểu hiện "Biểu hiện nặng chưa xác minh"
                end
                """);

        Cli.Run run = Cli.run("validate", local.toString());

        String report = run.out() + run.stderr();
        assertThat(run.code()).as(report).isEqualTo(Main.ERROR);
        assertThat(report).contains("muc-do.dslr:10:").contains("\"NANG\"").contains("NGHIEM_TRONG");
    }
}
