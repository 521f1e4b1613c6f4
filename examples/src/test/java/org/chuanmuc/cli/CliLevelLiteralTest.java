package org.chuanmuc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.chuanmuc.model.RatingLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rating level written as text in a rule ({@code Xếp loại không quá "…"}, which the DSL turns into
 * {@code RatingLevel.of("…")}) compiles whatever the text says, so a misspelt one ("tôt" for "tốt") passed validate and
 * then failed every unit its rule fired on. validate refuses it at the line that wrote it, listing the levels.
 */
class CliLevelLiteralTest {
    @TempDir
    Path dir;

    /** The README's minimal local rule, its level written as {@code level}: the level is on line 12. */
    private Path localFolderWithLevel(String level) throws IOException {
        Path local = Files.createDirectories(dir.resolve("quy-tac-dia-phuong"));
        Files.writeString(local.resolve("phong-cach-dia-phuong.dslr"), """
                package org.congan.diaphuong

                import org.chuanmuc.model.*

                expander chuanmuc.dsl

                rule "PC-NHIEU nhiều tiêu chí phong cách không đạt: không quá Hoàn thành nhiệm vụ"
                when
                    Có cán bộ
                    Số tiêu chí không đạt từ tham số "phong-cach.so-khong-dat" trở lên
                then
                    Xếp loại không quá "%s" theo tiêu chí "PC-NHIEU", lý do số tiêu chí "Số tiêu chí phong cách không đạt"
                end
                """.formatted(level));
        return local;
    }

    private static void assertRefusedListingTheLevels(Cli.Run run, String where, String level) {
        String report = run.out() + run.stderr();
        assertThat(run.code()).as(report).isEqualTo(Main.ERROR);
        assertThat(report).contains(where).contains("\"" + level + "\"");
        for (RatingLevel l : RatingLevel.values()) {
            assertThat(report).contains(l.label());
        }
    }

    @Test
    void misspeltLevelInADslSentence_isRefusedAtItsLine() throws IOException {
        Path local = localFolderWithLevel("Hoàn thành tôt nhiệm vụ");

        Cli.Run run = Cli.run("validate", local.toString());

        assertRefusedListingTheLevels(run, "phong-cach-dia-phuong.dslr:12:", "Hoàn thành tôt nhiệm vụ");
    }

    @Test
    void levelsAsTheDocumentsWriteThem_stillPass() throws IOException {
        for (String level : new String[] {"Hoàn thành nhiệm vụ", "hoàn thành tốt nhiệm vụ", "HOAN_THANH"}) {
            Path local = localFolderWithLevel(level);
            Cli.Run run = Cli.run("validate", local.toString());
            assertThat(run.code()).as(level + ": " + run.out() + run.stderr()).isZero();
        }
    }

    @Test
    void misspeltLevelInADrlRule_isRefusedAtItsLine() throws IOException {
        Path local = Files.createDirectories(dir.resolve("quy-tac-drl"));
        Files.writeString(local.resolve("muc.drl"), """
                package org.congan.diaphuong

                import org.chuanmuc.model.*

                rule "PC-NHIEU thử"
                when
                    $o: Officer()
                then
                    insert(RatingCap.state($o.id(), RatingLevel.of("Hoàn thành nhiem vụ"), "PC-NHIEU", "", "thử"));
                end
                """);

        Cli.Run run = Cli.run("validate", local.toString());

        assertRefusedListingTheLevels(run, "muc.drl:9:", "Hoàn thành nhiem vụ");
    }

    /*
     * A table whose template reads the level from its cell as text (RatingLevel.of("$param")) rather than as a code:
     * a misspelt cell is refused at that cell, not at the generated text's line.
     */
    @Test
    void misspeltLevelInAWorkbookCell_isRefusedAtItsCell() throws IOException {
        Path edited = dir.resolve("quy-tac-muc");
        assertThat(Cli.run("export-criteria", edited.toString()).code()).isZero();
        Path xlsx = edited.resolve("bang-quyet-dinh.xlsx");
        try (Workbook wb = WorkbookFactory.create(Files.newInputStream(xlsx))) {
            Sheet sheet = wb.getSheet("Ngưỡng NĐ 90");
            String template = sheet.getRow(7).getCell(5).getStringCellValue();
            assertThat(template).contains("RatingLevel.$param");
            sheet.getRow(7).getCell(5).setCellValue(template.replace("RatingLevel.$param", "RatingLevel.of(\"$param\")"));
            sheet.getRow(9).getCell(5).setCellValue("Hoàn thành nhiệm vụ");
            sheet.getRow(10).getCell(5).setCellValue("Hoàn thành nhiệm vu");
            try (var out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }

        Cli.Run run = Cli.run("validate", "--criteria", edited.toString());

        assertRefusedListingTheLevels(run, "F11", "Hoàn thành nhiệm vu");
        assertThat(run.out()).doesNotContain("F10");
    }
}
