package org.chuanmuc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A policy officer's what-if workflow (export-criteria, edit, validate, test, compare, assess --criteria, explain),
 * read from README.md and docs/ only, attacked with edits such a person plausibly makes. Each test asserts what the
 * documentation says; each fails on the code at the time of writing.
 */
class PolicyWorkflowAttackTest {
    private static final String SAMPLE = CliSampleTest.SAMPLE;
    private static final Path SCENARIOS = Path.of("..", "rules-criteria", "src", "test", "scenarios");

    /** A valid rule that lowers every officer to không hoàn thành, so that whether it is in effect is obvious. */
    private static final String LOCAL_RULE = """
            package org.chuanmuc.criteria.diaphuong

            import org.chuanmuc.model.*

            rule "PC-DP quy tắc mới của địa phương: Không hoàn thành nhiệm vụ"
            when
                $o: Officer()
            then
                insert(RatingCap.state($o.id(), RatingLevel.KHONG_HOAN_THANH, "PC-NHIEU", "", "quy tắc mới"));
            end
            """;

    @TempDir
    Path dir;

    private Path export(String name) {
        Path folder = dir.resolve(name);
        Cli.Run run = Cli.run("export-criteria", folder.toString());
        assertThat(run.code()).as(run.stderr()).isZero();
        return folder;
    }

    /**
     * docs/formats.md, "The criteria folder": "every rule file in the folder must be listed (a file that would not be
     * loaded is an error, not a surprise)"; docs/cli.md: `--rules DIR` takes "the rule files ... below DIR". A rule
     * file put in a subfolder of the criteria folder is neither loaded nor reported: validate says "Hợp lệ" with the
     * standard 83 rules and the standard SHA-256.
     */
    @Test
    void validateCriteria_ruleFileInASubfolder_isReportedOrLoaded_notSilentlyIgnored() throws IOException {
        Path folder = export("quy-tac-2027");
        Path sub = Files.createDirectories(folder.resolve("dia-phuong"));
        Path rule = Files.writeString(sub.resolve("dia-phuong.drl"), LOCAL_RULE);

        Cli.Run run = Cli.run("validate", "--criteria", folder.toString());

        assertThat(run).satisfiesAnyOf(
                r -> {
                    assertThat(r.code()).isEqualTo(Main.ERROR);
                    assertThat(r.out() + r.stderr()).contains(rule.toString());
                },
                r -> {
                    assertThat(r.code()).isZero();
                    assertThat(r.out()).contains("84 quy tắc");
                });
    }

    /**
     * docs/formats.md: the criteria folder's "SHA-256, over each file's name relative to the folder and its bytes,
     * identifies the exact files"; README: "each Assessment records the rule set's name, version and SHA-256, so
     * every rating can be traced to the exact rules that produced it" (and README lists catalogue.json among "Các tệp
     * quy tắc chuẩn"). Editing catalogue.json (a sign's severity) changes the reasons and review flags assess gives,
     * yet the audit trail carries exactly the standard criteria's SHA-256.
     */
    @Test
    void assessCriteria_editedCatalogue_isTracedToADifferentSha256() throws IOException {
        Path folder = export("quy-tac-2027");
        editCatalogue(folder, criteria -> {
            for (JsonNode c : criteria) {
                if (c.path("code").asText().equals("NQ4-DD-07")) {
                    ((ObjectNode) c).put("severity", "NHE");
                }
            }
        });

        Cli.Run standard = Cli.run("assess", SAMPLE);
        Cli.Run edited = Cli.run("assess", SAMPLE, "--criteria", folder.toString());

        assertThat(standard.code()).isZero();
        assertThat(edited.code()).as(edited.stderr()).isZero();
        // precondition: the edit changes what is concluded about CB-0012
        assertThat(officer(edited.json(), "CB-0012").path("reviewFlags").toString())
                .isNotEqualTo(officer(standard.json(), "CB-0012").path("reviewFlags").toString());
        assertThat(edited.json().path("ruleSet").path("sha256").asText())
                .as("SHA-256 of an edited criteria folder whose results differ from the standard criteria's")
                .isNotEqualTo(standard.json().path("ruleSet").path("sha256").asText());
    }

    /**
     * README (what-if): compare "assesses every officer under the standard (or --base) and the edited criteria", then
     * "Khi đã hài lòng, đánh giá với bộ tiêu chí mới: assess ho-so.json --criteria quy-tac-2027"; docs/cli.md:
     * "Records that cannot be compared (bad data ...) are listed in the report". When the edited catalogue no longer
     * has a sign code, assess --criteria rejects CB-0012 (unknown sign code) and so drops LD-D for the unit head
     * CB-0001 (HOAN_THANH), while compare reads the file with the union of both catalogues: it reports CB-0012 as
     * rated (KHT → HT), nothing rejected, and CB-0001 unchanged at KHONG_HOAN_THANH.
     */
    @Test
    void compare_signCodeRemovedFromCatalogue_predictsWhatAssessWithTheEditedCriteriaDoes() throws IOException {
        Path folder = export("quy-tac-2027");
        editCatalogue(folder, criteria -> {
            for (Iterator<JsonNode> it = criteria.elements(); it.hasNext(); ) {
                if (it.next().path("code").asText().equals("NQ4-DD-07")) {
                    it.remove();
                }
            }
        });

        Cli.Run assess = Cli.run("assess", SAMPLE, "--criteria", folder.toString());
        Cli.Run compare = Cli.run("compare", SAMPLE, "--criteria", folder.toString(), "--format", "json");

        assertThat(assess.code()).as(assess.stderr()).isEqualTo(Main.PARTIAL);
        assertThat(ids(assess.json().path("rejected"))).containsExactly("CB-0012");
        String headUnderEdited = officer(assess.json(), "CB-0001").path("rating").asText();
        assertThat(headUnderEdited).isEqualTo("HOAN_THANH");

        assertThat(compare.code()).as(compare.stderr()).isEqualTo(Main.PARTIAL);
        JsonNode report = compare.json();
        assertThat(ids(report.path("rejected"))).as("records compare could not compare").contains("CB-0012");
        JsonNode head = null;
        for (JsonNode change : report.path("changes")) {
            if (change.path("officerId").asText().equals("CB-0001")) {
                head = change;
            }
        }
        assertThat(head).as("CB-0001 among compare's changes (assess --criteria rates it " + headUnderEdited + ")")
                .isNotNull();
        assertThat(head.path("rating").path("changed").asText()).isEqualTo(headUnderEdited);
    }

    /**
     * README: "Muốn đổi một con số ..., sửa ô trong bang-quyet-dinh.xlsx"; "Bảng Excel có thể lưu bằng Excel,
     * LibreOffice hay chương trình khác: quy tắc đọc từ bảng vẫn như nhau"; docs/formats.md: "a file that would not
     * be loaded is an error, not a surprise". A policy officer removes one rule of the sheet "Kỷ luật" (cảnh cáo, up
     * to 2025) by clearing its row's cells with the Delete key. Every row below it (hạ bậc lương ... buộc thôi việc)
     * silently stops being a rule: validate says "Hợp lệ (valid): 75 quy tắc" and a 2025 officer demoted in salary
     * grade (KL-03) is rated xuất sắc. Nothing in the docs says an empty row ends a decision table.
     */
    @Test
    void decisionTable_oneRowClearedInExcel_isRefusedNamingTheRowAndTheRowsBelow() throws IOException {
        // Drools ends a table at its first empty row and does not read the rows below; its reading is kept, and a
        // workbook whose table an empty row cuts short is refused instead (docs/formats.md: delete the row)
        Path folder = export("quy-tac-2027");
        Path xlsx = folder.resolve("bang-quyet-dinh.xlsx");
        clearRowStartingWith(xlsx, "Kỷ luật", "KL-NN-02 cảnh cáo (đến 2025)");

        Cli.Run validate = Cli.run("validate", "--criteria", folder.toString());
        assertThat(validate.code()).as(validate.out()).isEqualTo(Main.ERROR);
        String said = validate.out() + validate.stderr();
        assertThat(said).as("the workbook and sheet, at the cleared row 12")
                .contains(xlsx + "[Kỷ luật]:12:1: hàng 12 của bảng");
        assertThat(said).as("the rows below, KL-NN-03 to KL-NN-08, that would not be read")
                .contains("hàng 13–18 bên dưới sẽ không được đọc").contains("rows 13–18 below it would not be read");
        assertThat(said).contains("hãy xoá cả hàng").contains("delete the whole row");
        assertThat(said).doesNotContain("Hợp lệ");

        Cli.Run test = Cli.run("test", SCENARIOS.resolve("ky-luat-2025.json").toString(), "--criteria",
                folder.toString());
        assertThat(test.code()).as(test.out() + test.stderr()).isEqualTo(Main.ERROR);
        assertThat(test.out() + test.stderr()).contains(xlsx + "[Kỷ luật]:12:1");

        Cli.Run compare = Cli.run("compare", SAMPLE, "--criteria", folder.toString());
        assertThat(compare.code()).as(compare.out() + compare.stderr()).isEqualTo(Main.ERROR);
        assertThat(compare.out() + compare.stderr()).contains(xlsx + "[Kỷ luật]:12:1");
    }

    /**
     * docs/formats.md: "All files are UTF-8."; docs/cli.md: validate "Guards and compiles the rule files ... Prints
     * Hợp lệ (valid) ... or every problem as file:line:column: message"; README: "Any rule input ends ... with a
     * diagnostic (file:line:column, exit code 2)". xep-loai.drl saved in the Vietnamese Windows code page (as an
     * editor may do) is accepted as valid; its Vietnamese messages then reach every report as U+FFFD garbage.
     */
    @Test
    void validateCriteria_ruleFileNotInUtf8_isReportedWithItsFile() throws IOException {
        Path folder = export("quy-tac-2027");
        Path drl = folder.resolve("xep-loai.drl");
        Files.write(drl, Files.readString(drl, StandardCharsets.UTF_8).getBytes(Charset.forName("windows-1258")));

        Cli.Run run = Cli.run("validate", "--criteria", folder.toString());

        assertThat(run.code()).as(run.out()).isEqualTo(Main.ERROR);
        assertThat(run.out() + run.stderr()).contains(drl.toString());
    }

    /**
     * docs/formats.md: sources.txt holds "the rule files to load, one name per line, in load order; `#` starts a
     * comment". Saved by an editor that writes a UTF-8 byte-order mark (Notepad), its first line, which starts with
     * `#` on screen, is refused as "không phải tên một tệp quy tắc" (and a first line "chuanmuc.dsl" as a file
     * "missing from the folder"), while catalogue.json with the same mark is accepted.
     */
    @Test
    void validateCriteria_sourcesTxtSavedWithByteOrderMark_stillReadsTheCommentAsAComment() throws IOException {
        Path folder = export("quy-tac-2027");
        Path sources = folder.resolve("sources.txt");
        byte[] original = Files.readAllBytes(sources);
        try (OutputStream out = Files.newOutputStream(sources)) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            out.write(original);
        }

        Cli.Run run = Cli.run("validate", "--criteria", folder.toString());

        assertThat(run.code()).as(run.out()).isZero();
        assertThat(run.out()).startsWith("Hợp lệ (valid): 83 quy tắc");
    }

    private interface CatalogueEdit {
        void apply(ArrayNode criteria);
    }

    private static void editCatalogue(Path folder, CatalogueEdit edit) throws IOException {
        Path file = folder.resolve("catalogue.json");
        JsonNode root = Cli.JSON.readTree(file.toFile());
        edit.apply((ArrayNode) root.path("criteria"));
        Files.write(file, Cli.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    }

    private static JsonNode officer(JsonNode results, String id) {
        for (JsonNode r : results.path("results")) {
            if (r.path("officerId").asText().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("no result for " + id);
    }

    private static List<String> ids(JsonNode rejected) {
        List<String> ids = new ArrayList<>();
        rejected.forEach(r -> ids.add(r.path("officerId").asText()));
        return ids;
    }

    /** Empties every cell of the row whose first cell starts with {@code prefix}, as the Delete key does. */
    private static void clearRowStartingWith(Path xlsx, String sheetName, String prefix) throws IOException {
        Workbook wb;
        try (InputStream in = Files.newInputStream(xlsx)) {
            wb = WorkbookFactory.create(in);
        }
        try (wb) {
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
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
    }
}
