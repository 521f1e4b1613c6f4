package org.chuanmuc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile review 4, from the documents only: a policy officer edits a local rule or the criteria folder as the
 * README says, then uses validate, explain, assess and compare to see what the change does.
 */
class CliReview4Test {
    @TempDir
    Path dir;

    /** Opens the workbook of an exported criteria folder, lets {@code edit} change one sheet, and saves it. */
    private static void editSheet(Path folder, String sheetName, java.util.function.Consumer<Sheet> edit)
            throws IOException {
        Path xlsx = folder.resolve("bang-quyet-dinh.xlsx");
        try (Workbook wb = WorkbookFactory.create(Files.newInputStream(xlsx))) {
            edit.accept(wb.getSheet(sheetName));
            try (var out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
    }

    /** The README's minimal local rule (phong-cach-dia-phuong.dslr), with its level written as {@code level}. */
    private static String localStyleRule(String level) {
        return """
                package org.congan.diaphuong

                import org.chuanmuc.model.*

                expander chuanmuc.dsl

                rule "PC-NHIEU nhiều tiêu chí phong cách không đạt: không quá Hoàn thành nhiệm vụ"
                when
                    Có cán bộ
                    Số tiêu chí không đạt từ tham số "phong-cach.so-khong-dat" trở lên
                then
                    Xếp loại không quá "%s" theo tiêu chí "PC-NHIEU", lý do số tiêu chí "Số tiêu chí phong cách, Sáu điều không đạt"
                end
                """.formatted(level);
    }

    /**
     * The README's local rule (phong-cach-dia-phuong.dslr, same name), its consequence written in DRL (a {@code >}
     * line) with a reason that divides by the number of unmet criteria above 2: an {@code ArithmeticException} ("/ by
     * zero") at run time for an officer with exactly 2, as CB-0052 of PV01 in the 2025 sample. The failure depends on
     * the data only, so that neither the guard nor validate can see it.
     */
    private static String localStyleRuleFailingOnData() {
        return """
                package org.congan.diaphuong

                import org.chuanmuc.model.*

                expander chuanmuc.dsl

                rule "PC-NHIEU nhiều tiêu chí phong cách không đạt: không quá Hoàn thành nhiệm vụ"
                when
                    Có cán bộ
                    Số tiêu chí không đạt từ tham số "phong-cach.so-khong-dat" trở lên
                then
                    > insert(RatingCap.state($o.id(), RatingLevel.HOAN_THANH, "PC-NHIEU", "", "Số tiêu chí không đạt: " + $tieuChiKhongDat.size() + ", mỗi tiêu chí vượt: " + 10 / ($tieuChiKhongDat.size() - 2)));
                end
                """;
    }

    private Path localFolderFailingOnData() throws IOException {
        Path local = Files.createDirectories(dir.resolve("quy-tac-dia-phuong"));
        Files.writeString(local.resolve("phong-cach-dia-phuong.dslr"), localStyleRuleFailingOnData());
        return local;
    }

    /*
     * docs/cli.md, explain: "Exit 0 when explained; 1 when the officer's only record was rejected (the errors are
     * printed); 2 when there is no such officer, or on a usage error". A local rule that fails at run time on PV01
     * (a misspelt level in its sentence, which validate passes) makes assess reject every officer of PV01 with the
     * reason and exit 1. explain of CB-0052 (PV01, 2 style criteria unmet, so the rule fires) prints
     * "lỗi (error): một quy tắc gây lỗi khi chạy ..." and exits 2, as for an unknown id or a usage error: a script
     * that runs explain cannot tell "no such officer" from "this officer's record was rejected".
     * (r17: the rule fails on the data, a division by zero, instead of a misspelt level literal, which validate is
     * being taught to refuse; the run-time failure, and so every assertion, is the same.)
     */
    @Test
    void explain_officerWhoseUnitTheRulesFailOn_exitsOneAsARejectedRecord() throws IOException {
        Path local = localFolderFailingOnData();
        Cli.Run validate = Cli.run("validate", local.toString());
        assertThat(validate.code()).as(validate.out() + validate.stderr()).isZero();
        Cli.Run assess = Cli.run("assess", CliSampleTest.SAMPLE, "--rules", local.toString(), "--threads", "1");
        assertThat(assess.code()).isEqualTo(Main.PARTIAL);
        assertThat(assess.json().get("rejected").toString()).contains("CB-0052");

        Cli.Run explain = Cli.run("explain", CliSampleTest.SAMPLE, "CB-0052", "--rules", local.toString());
        assertThat(explain.code()).as(explain.out() + explain.stderr()).isEqualTo(Main.PARTIAL);
    }

    /*
     * README, public API: "AssessmentException | a rule looped, ran out of time or failed at run time; names the
     * rule". A rule whose consequence throws (here a misspelt level in a DSL sentence) rejects its unit with
     * "không đánh giá được đơn vị PV01 vì quy tắc lỗi (the rules failed on this unit): một quy tắc gây lỗi khi chạy
     * (a rule failed): IllegalArgumentException: không có mức xếp loại ...": neither the rule nor its file is named,
     * in the JSON rejected list, the text summary or explain. With 80 standard and local rules, the policy officer
     * cannot tell which one to fix. (A loop or the time limit do name the rule.)
     * (r17: the rule fails on the data, a division by zero, instead of a misspelt level literal, which validate is
     * being taught to refuse; the rejection must still carry the cause, now "/ by zero" where it was the misspelt
     * "tôt", and name the rule.)
     */
    @Test
    void assess_ruleFailingAtRunTime_rejectionNamesTheRule() throws IOException {
        Path local = localFolderFailingOnData();
        Cli.Run validate = Cli.run("validate", local.toString());
        assertThat(validate.code()).as(validate.out() + validate.stderr()).isZero();
        Cli.Run assess = Cli.run("assess", CliSampleTest.SAMPLE, "--rules", local.toString(), "--threads", "1");
        assertThat(assess.code()).isEqualTo(Main.PARTIAL);
        String rejected = assess.json().get("rejected").toString();
        assertThat(rejected).contains("CB-0052");
        assertThat(rejected).contains("/ by zero");
        assertThat(rejected).contains("PC-NHIEU nhiều tiêu chí phong cách không đạt");

        Cli.Run explain = Cli.run("explain", CliSampleTest.SAMPLE, "CB-0052", "--rules", local.toString());
        assertThat(explain.out() + explain.stderr()).contains("PC-NHIEU nhiều tiêu chí phong cách không đạt");
    }

    /*
     * A policy officer adds a rule in Vietnamese sentences and forgets its "end" (or the file is saved half-way).
     * README: "kiểm tra: mọi lỗi in dạng tệp:dòng:cột: nội dung". validate reports 23 problems, none of them the
     * missing end: every word of the (correct) sentences "Số tiêu chí không đạt từ tham số ... trở lên" and "Xếp
     * loại không quá ..." is reported as "không có trong danh sách được phép dùng trong quy tắc (not on the rule
     * allow-list)", and "do" of "lý do" as "forbidden keyword "do": can loop forever". The sentences are not
     * expanded at all, because the rule has no end; the report sends the author after the wrong lines. The same
     * rule as DRL gets one diagnostic, "mismatched input '<eof>'". Correct: a diagnostic that says the rule has no
     * end, and no accusation against the DSL sentences.
     */
    @Test
    void validate_dslrRuleWithoutEnd_saysSoInsteadOfRejectingTheSentences() throws IOException {
        Path local = Files.createDirectories(dir.resolve("nua-chung"));
        String whole = localStyleRule("Hoàn thành nhiệm vụ");
        Files.writeString(local.resolve("moi.dslr"), whole.substring(0, whole.lastIndexOf("end")));
        Cli.Run run = Cli.run("validate", local.toString());
        assertThat(run.code()).isEqualTo(Main.ERROR);
        String report = run.out() + run.stderr();
        assertThat(report).contains("moi.dslr");
        assertThat(report).doesNotContain("not on the rule allow-list").doesNotContain("forbidden keyword \"do\"");
        assertThat(report).containsPattern("\\bend\\b");
    }

    /*
     * README (policy staff): "Muốn đổi một con số ..., sửa ô trong bang-quyet-dinh.xlsx; khi đổi ngưỡng, sửa cả tên
     * quy tắc ở cột đầu." Renaming the rule of "Ngưỡng NĐ 90" A10 alone (no threshold changed) and comparing the
     * 2025 sample: "42 cán bộ có kết quả khác" (exit 1), each listed with a "+ ND90-TOT-B: …" and a "− ND90-TOT-B: …"
     * line that are the same text, character for character (CSV: the same cells). The one field that differs, the
     * rule's name, is printed nowhere, so the what-if says 42 outcomes change and cannot show a single difference.
     * With a real threshold edit, every officer whose reason comes from the renamed row is listed the same way,
     * burying the officers the new threshold really moves. Correct: a changed officer's added and removed reasons
     * never read the same (show what differs, or do not count a rename as a change).
     */
    @Test
    void compare_ruleRenamedInWorkbook_neverListsIdenticalAddedAndRemovedReasons() throws IOException {
        Path edited = dir.resolve("quy-tac-2027");
        assertThat(Cli.run("export-criteria", edited.toString()).code()).isZero();
        editSheet(edited, "Ngưỡng NĐ 90", sheet -> {
            sheet.getRow(9).getCell(0).setCellValue(
                    "ND90-TOT-B-1 chưa hoàn thành đúng hạn toàn bộ nhiệm vụ (100%): không quá Hoàn thành nhiệm vụ");
        });
        assertThat(Cli.run("validate", "--criteria", edited.toString()).code()).isZero();

        Cli.Run run = Cli.run("compare", CliSampleTest.SAMPLE, "--criteria", edited.toString(), "--threads", "1");
        List<String> identical = new ArrayList<>();
        List<String> added = new ArrayList<>();
        for (String line : run.out().split("\n")) {
            String t = line.strip();
            if (t.startsWith("CB-")) {
                added.clear();
            } else if (t.startsWith("+ ")) {
                added.add(t.substring(2));
            } else if (t.startsWith("− ") && added.contains(t.substring(2))) {
                identical.add(t.substring(2));
            }
        }
        assertThat(identical).as(run.out()).isEmpty();
    }

    /*
     * Sheet "Mức độ biểu hiện", B13 (row NQ4-MD-3, concluded light signs up to 2025 → Không hoàn thành): a policy
     * officer writes the severity in Vietnamese, "NHẸ", instead of the code NHE. Every other code cell of the
     * workbook is checked (a level "HOAN_THANH_TOTT", a form "KHIENTRACH", a regime "ND_90" are refused, naming
     * the row), but this one is compared as a string, so validate says "Hợp lệ (valid): 83 quy tắc" and the rule
     * silently never fires: CB-0026 of the 2025 sample, a concluded light sign (NQ4-CT-06), goes from Không hoàn
     * thành to Hoàn thành under assess --criteria, against NĐ 90 Điều 11 (README: "a concluded sign of any
     * severity is không hoàn thành"). docs/formats.md refuses the same word in catalogue.json ("NANG" không phải
     * mức độ; expected one of [NHE, NGHIEM_TRONG, RAT_NGHIEM_TRONG]); the table's cell deserves the same.
     */
    @Test
    void validate_unknownSeverityInTheSignTable_isRefusedAtItsCell() throws IOException {
        Path edited = dir.resolve("quy-tac-muc-do");
        assertThat(Cli.run("export-criteria", edited.toString()).code()).isZero();
        editSheet(edited, "Mức độ biểu hiện", sheet -> {
            assertThat(sheet.getRow(12).getCell(1).getStringCellValue()).isEqualTo("NHE");
            sheet.getRow(12).getCell(1).setCellValue("NHẸ");
        });
        Cli.Run run = Cli.run("validate", "--criteria", edited.toString());
        assertThat(run.code()).as(run.out() + run.stderr()).isEqualTo(Main.ERROR);
        assertThat(run.out() + run.stderr()).contains("NHẸ").contains("B13");
    }

    /*
     * README, legal table: the leader share "dưới 50%" has its cell, lanh-dao.ty-le-don-vi-toi-thieu, "so that a
     * province can change it". A province raising it to 55% types 55 into "Tham số" H10 (the README itself writes
     * the share as "50%", "55%"). validate says "Hợp lệ", and compare on the 2025 sample shows every leader
     * Không hoàn thành with "Đơn vị Phòng Cảnh sát giao thông hoàn thành 589/589 nhiệm vụ được giao, dưới 5000%".
     * docs/formats.md guards the mirror mistake (a 20% cell for a parameter counted in percent, "phan-tram", is
     * refused: "the message says to write 20") but not this one: a share (ty-le) above 1, i.e. above 100%, which
     * no count can reach, is taken as is. The same holds for the ratio columns of "Ngưỡng NĐ 90" (95 for 0.95 caps
     * every officer of the sample at hoàn thành).
     */
    @Test
    void validate_shareParameterWrittenAsPercent_isRefusedAtItsCell() throws IOException {
        Path edited = dir.resolve("quy-tac-ty-le");
        assertThat(Cli.run("export-criteria", edited.toString()).code()).isZero();
        editSheet(edited, "Tham số", sheet -> {
            assertThat(sheet.getRow(9).getCell(7).getNumericCellValue()).isEqualTo(0.5);
            sheet.getRow(9).getCell(7).setCellValue(55);
        });
        Cli.Run run = Cli.run("validate", "--criteria", edited.toString());
        assertThat(run.code()).as(run.out() + run.stderr()).isEqualTo(Main.ERROR);
        assertThat(run.out() + run.stderr()).contains("H10").contains("lanh-dao.ty-le-don-vi-toi-thieu");
    }

    /*
     * A policy officer adds a rule to phong-cach.dslr of an exported folder with the sentences of chuanmuc.dsl,
     * under a new criterion code "PC-MOI" that catalogue.json does not hold. validate says "Hợp lệ (valid): 83 quy
     * tắc"; assess gives CB-0052 a CAP reason with "label": "" and "citation": "" (explain: "[PC-MOI] Số tiêu chí
     * …" with no name and no "Căn cứ"). README: the library proposes a rating "with every reason, the criterion
     * code and the legal citation"; docs/formats.md: criteria[].label is "required, not blank: the name shown with
     * every reason". Correct: validate names the unknown code, or the reason never goes out without its label.
     */
    @Test
    void newRuleWithCriterionCodeMissingFromCatalogue_isRefusedOrLabelled() throws IOException {
        Path edited = dir.resolve("quy-tac-moi");
        assertThat(Cli.run("export-criteria", edited.toString()).code()).isZero();
        Files.writeString(edited.resolve("phong-cach.dslr"), """

                rule "PC-MOI từ 2 tiêu chí phong cách không đạt: không quá Hoàn thành tốt nhiệm vụ"
                when
                    Có cán bộ
                    Số tiêu chí không đạt từ tham số "phong-cach.so-khong-dat" trở lên
                then
                    Xếp loại không quá "Hoàn thành tốt nhiệm vụ" theo tiêu chí "PC-MOI", lý do số tiêu chí "Số tiêu chí phong cách không đạt"
                end
                """, java.nio.file.StandardOpenOption.APPEND);
        Cli.Run validate = Cli.run("validate", "--criteria", edited.toString());
        if (validate.code() != Main.OK) {
            assertThat(validate.out() + validate.stderr()).contains("PC-MOI");
            return;
        }
        Cli.Run assess = Cli.run("assess", CliSampleTest.SAMPLE, "--criteria", edited.toString(), "--threads", "1");
        List<String> labels = new ArrayList<>();
        assess.json().get("results").forEach(r -> r.get("reasons").forEach(reason -> {
            if (reason.get("criterion").asText().equals("PC-MOI")) {
                labels.add(reason.get("label").asText());
            }
        }));
        assertThat(labels).isNotEmpty().allSatisfy(label -> assertThat(label).isNotBlank());
    }
}
