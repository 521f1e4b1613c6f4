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
 * Hostile review 5, from the documents only: the checks validate gained for the values rules write (rating levels,
 * severities, shares, criterion codes), met as a policy officer or a developer editing rules would meet them.
 */
class CliReview5Test {
    @TempDir
    Path dir;

    /** A local folder whose one rule divides by the officer's late tasks in its condition. */
    private Path dividingRule() throws IOException {
        Path local = Files.createDirectories(dir.resolve("quy-tac-dia-phuong"));
        Files.writeString(local.resolve("tre-han.drl"), """
                package org.congan.diaphuong
                import org.chuanmuc.model.*
                rule "DP-TRE nhiều việc trên mỗi việc trễ hạn"
                when
                    $o: Officer(tasks.assigned / (tasks.assigned - tasks.onTime) > 5)
                then
                    insert(RatingCap.state($o.id(), RatingLevel.HOAN_THANH, "DP-TRE", "", "x"));
                end
                """);
        return local;
    }

    /*
     * README, public API: "AssessmentException | a rule looped, ran out of time or failed at run time; names the
     * rule". docs/cli.md, assess: "A unit on which a rule fails at run time (a loop, the time limit, a consequence
     * that throws on the data, such as a division by zero) has its officers rejected with the reason, which names the
     * rule (and, for a thrown exception, its file and the exception)". A local rule whose CONDITION divides by the
     * number of late tasks (zero for an officer with every task on time, as many in the 2025 sample) passes validate;
     * assess rejects the officers of the units it fails on with "một quy tắc gây lỗi khi chạy (a rule failed):
     * ArithmeticException: / by zero": neither the rule nor its file is named (a throwing consequence is named,
     * with "(tệp …/x.drl)").
     */
    @Test
    void assess_ruleWhoseConditionThrowsAtRunTime_rejectionNamesTheRuleAndItsFile() throws IOException {
        Path local = dividingRule();
        Cli.Run validate = Cli.run("validate", local.toString());
        assertThat(validate.code()).as(validate.out() + validate.stderr()).isZero();
        Cli.Run assess = Cli.run("assess", CliSampleTest.SAMPLE, "--rules", local.toString(), "--threads", "1");
        assertThat(assess.code()).isEqualTo(Main.PARTIAL);
        String rejected = assess.json().get("rejected").toString();
        assertThat(rejected).contains("/ by zero");
        assertThat(rejected).contains("DP-TRE nhiều việc trên mỗi việc trễ hạn").contains("tre-han.drl");
    }

    /*
     * docs/cli.md, explain: "Exit 0 when explained; 1 when the officer's only record was rejected (the errors are
     * printed), for bad data or because the rules failed on the officer's unit, as assess rejects it"; "The
     * officer's whole unit is assessed". The local rule below divides by the number of late tasks in its condition.
     * assess of the 2025 sample (--threads 1) rejects the 29 officers of CAP-BN and PV01 ("/ by zero"), CB-0027
     * among them, and exits 1; explain of CB-0027 with the same rules explains a rating "Hoàn thành nhiệm vụ" and
     * exits 0. The failure shows only once the engine has evaluated the condition often enough on earlier units:
     * each unit alone (a file with CAP-BN only) is assessed without rejection, and assess --threads 3 rejects 15
     * officers instead of 29. Whether a unit is rejected depends on the units before it and on --threads.
     */
    @Test
    void explain_officerAssessRejectsBecauseTheRulesFailOnItsUnit_exitsOne() throws IOException {
        Path local = dividingRule();
        Cli.Run assess = Cli.run("assess", CliSampleTest.SAMPLE, "--rules", local.toString(), "--threads", "1");
        assertThat(assess.code()).isEqualTo(Main.PARTIAL);
        assertThat(assess.json().get("rejected").toString()).contains("CB-0027");

        Cli.Run explain = Cli.run("explain", CliSampleTest.SAMPLE, "CB-0027", "--rules", local.toString());
        assertThat(explain.code()).as(explain.out() + explain.stderr()).isEqualTo(Main.PARTIAL);
    }

    private Path exportWithCell(String folder, String sheetName, int row, int column, double value) throws IOException {
        Path edited = dir.resolve(folder);
        assertThat(Cli.run("export-criteria", edited.toString()).code()).isZero();
        Path xlsx = edited.resolve("bang-quyet-dinh.xlsx");
        try (Workbook wb = WorkbookFactory.create(Files.newInputStream(xlsx))) {
            Sheet sheet = wb.getSheet(sheetName);
            sheet.getRow(row).getCell(column).setCellValue(value);
            try (var out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
        return edited;
    }

    /*
     * README (policy staff): "Ngược lại, tham số là tỷ lệ, có tên chứa ty-le, lớn hơn 1 (ghi 55 cho 55%) bị từ chối:
     * thông báo bảo ghi 0.55; các cột tỷ lệ của trang “Ngưỡng NĐ 90” cũng vậy (ghi 0.95, không ghi 95)."
     * docs/formats.md: "a share of the tasks given to a rule (the ratio columns of “Ngưỡng NĐ 90”, …) may not be
     * above 1". The third table of that sheet, "Tham số NĐ 90" (row 27: "tỷ lệ của các mức Hoàn thành tốt, Hoàn
     * thành nhiệm vụ"), holds the leader's unit shares of NĐ 90 Điều 9, 10: C27 = 0.8 ("ít nhất ...% đúng hạn, đạt
     * chất lượng"), D27 = 0.7 ("hoàn thành trên ...%"). A policy officer types 80 into C27 for 80%, as the header
     * "...%" invites. B27 (20 for 0.2) is refused at its cell, C27 and D27 are not: validate says "Hợp lệ", and
     * compare on the 2025 sample gives every leader "ít nhất 8000% đúng hạn, đạt chất lượng: thiếu 46551 việc đúng
     * hạn" (D27 = 70: "hoàn thành trên 7000%" review flags).
     */
    @Test
    void validate_leaderUnitShareOfNd90TypedAsPercent_isRefusedAtItsCell() throws IOException {
        Path edited = exportWithCell("quy-tac-nd90", "Ngưỡng NĐ 90", 26, 2, 80);
        Cli.Run run = Cli.run("validate", "--criteria", edited.toString());
        assertThat(run.code()).as(run.out() + run.stderr()).isEqualTo(Main.ERROR);
        assertThat(run.out() + run.stderr()).contains("C27").contains("0.8");
    }

    /*
     * docs/formats.md: "a severity compared with severityName (Biểu hiện có mức độ "…", column “Mức độ” of “Mức độ
     * biểu hiện”) must be NHE, NGHIEM_TRONG or RAT_NGHIEM_TRONG, as in catalogue.json", checked "in every rule file
     * and every rule set (--rules folders too)"; "Only a literal standing alone as the argument is checked". A local
     * rule for light signs written as eval($c.severityName().equals("NHẸ")) (the Vietnamese word, as in the README's
     * B13 example) passes validate ("Hợp lệ"), and never fires; the same literal in Criterion(severityName ==
     * "NHẸ") or Criterion(severityName.equals("NHẸ")) is refused at its line.
     */
    @Test
    void validate_unknownSeverityComparedInEval_isRefusedAtItsLine() throws IOException {
        Path local = Files.createDirectories(dir.resolve("quy-tac-muc-nhe"));
        Files.writeString(local.resolve("muc-nhe.drl"), """
                package org.congan.diaphuong
                import org.chuanmuc.model.*
                rule "DP-NHE biểu hiện mức nhẹ: lưu ý hội đồng"
                when
                    $o: Officer()
                    $s: SignFinding(verified) from $o.signs
                    $c: Criterion(code == $s.code)
                    eval($c.severityName().equals("NHẸ"))
                then
                    insert(new ReviewFlag($o.id(), "DP-NHE", "Biểu hiện mức nhẹ"));
                end
                """);
        Cli.Run run = Cli.run("validate", local.toString());
        assertThat(run.code()).as(run.out() + run.stderr()).isEqualTo(Main.ERROR);
        assertThat(run.out() + run.stderr()).contains("muc-nhe.drl:8").contains("NHẸ");
    }

    /*
     * docs/formats.md: "A value the model takes only from a fixed list is checked where a rule writes it as a
     * literal, in every rule file and every rule set (--rules folders too) … a rating level written as text
     * (Xếp loại không quá "…", RatingLevel.of("…")) must be one of the four labels of the table at the top or a
     * code"; "each would otherwise compile and then fail at run time". A developer writes a local .drl rule with
     * RatingLevel.valueOf("Hoàn thành nhiệm vụ") (the enum's own text-to-level method, which the guard allows):
     * validate says "Hợp lệ (valid): 84 quy tắc", then assess rejects every unit of the sample with
     * "IllegalArgumentException: No enum constant org.chuanmuc.model.RatingLevel.Hoàn thành nhiệm vụ".
     */
    @Test
    void validate_levelTextGivenToRatingLevelValueOf_isRefusedAtItsLine() throws IOException {
        Path local = Files.createDirectories(dir.resolve("quy-tac-dia-phuong"));
        Files.writeString(local.resolve("muc.drl"), """
                package org.congan.diaphuong
                import org.chuanmuc.model.*
                rule "DP-LV mọi cán bộ: không quá Hoàn thành nhiệm vụ"
                when
                    $o: Officer()
                then
                    insert(RatingCap.state($o.id(), RatingLevel.valueOf("Hoàn thành nhiệm vụ"), "DP-LV", "", "x"));
                end
                """);
        Cli.Run run = Cli.run("validate", local.toString());
        assertThat(run.code()).as(run.out() + run.stderr()).isEqualTo(Main.ERROR);
        assertThat(run.out() + run.stderr()).contains("muc.drl:7");
    }
}
