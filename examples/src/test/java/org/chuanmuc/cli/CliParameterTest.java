package org.chuanmuc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.chuanmuc.criteria.Workbooks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A policy officer blanks the 20% quota cell of an exported criteria folder: the folder is refused by every
 * command that loads it, naming the workbook, the cell and the parameter, and nobody is assessed under it.
 */
class CliParameterTest {
    private static final String SAMPLE_2026 = "data/sample-2026.json";
    private static final String QUOTA = "han-muc.xuat-sac.phan-tram";

    @TempDir
    static Path dir;
    private static Path blank;
    private static String problem;

    @BeforeAll
    static void exportAndBlankTheQuota() throws IOException {
        blank = dir.resolve("o-trong");
        assertThat(Cli.run("export-criteria", blank.toString()).code()).isZero();
        Path xlsx = blank.resolve("bang-quyet-dinh.xlsx");
        Workbooks.setCell(xlsx, "Tham số", Workbooks.valueCell(xlsx, QUOTA), null);
        problem = xlsx + "[Tham số]:5:1: ô B10 trống nên tham số \"han-muc.xuat-sac.phan-tram\" không có giá trị";
    }

    @Test
    void validate_blankQuotaCell_exits2NamingTheWorkbookTheCellAndTheParameter() {
        Cli.Run run = Cli.run("validate", "--criteria", blank.toString());

        assertThat(run.code()).isEqualTo(Main.ERROR);
        assertThat(run.out()).startsWith(problem).contains("(cell B10 is blank").doesNotContain("Hợp lệ");
    }

    @Test
    void assess_blankQuotaCell_exits2AndWritesNoResult() {
        Path output = dir.resolve("ket-qua.json");

        Cli.Run run = Cli.run("assess", SAMPLE_2026, "--criteria", blank.toString(), "--output", output.toString());

        assertThat(run.code()).isEqualTo(Main.ERROR);
        assertThat(run.stderr()).contains(problem);
        assertThat(output).doesNotExist();
        assertThat(run.out()).isEmpty();
    }

    @Test
    void compare_blankQuotaCell_exits2() {
        Cli.Run run = Cli.run("compare", SAMPLE_2026, "--criteria", blank.toString());

        assertThat(run.code()).isEqualTo(Main.ERROR);
        assertThat(run.stderr()).contains(problem);
        assertThat(run.out()).isEmpty();
    }
}
