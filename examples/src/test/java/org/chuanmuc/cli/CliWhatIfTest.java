package org.chuanmuc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.chuanmuc.criteria.Workbooks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walkthrough of the README for policy staff, through the command line: export the criteria, edit the
 * 20% quota cell to 15%, validate, test, assess and compare.
 */
class CliWhatIfTest {
    private static final String SAMPLE = CliSampleTest.SAMPLE;
    /** The rows and columns of a comparison matrix: the four levels, and not rated this year. */
    private static final String[] LEVELS = {"HOAN_THANH_XUAT_SAC", "HOAN_THANH_TOT", "HOAN_THANH", "KHONG_HOAN_THANH",
        "KHONG_XEP_LOAI"};

    @TempDir
    static Path dir;
    private static Path unchanged;
    private static Path quota15;
    private static Cli.Run standardAssess;

    @BeforeAll
    static void exportAndEdit() throws IOException {
        unchanged = dir.resolve("nguyen-ban");
        Cli.Run export = Cli.run("export-criteria", unchanged.toString());
        assertThat(export.code()).as(export.stderr()).isZero();
        assertThat(export.out().lines().map(l -> Path.of(l).getFileName().toString()))
                .contains("bang-quyet-dinh.xlsx", "catalogue.json", "sources.txt", "han-muc.drl");

        quota15 = dir.resolve("han-muc-15");
        assertThat(Cli.run("export-criteria", quota15.toString()).code()).isZero();
        assertThat(Workbooks.setParameter(quota15.resolve("bang-quyet-dinh.xlsx"), "han-muc.xuat-sac.phan-tram", 15))
                .isEqualTo(20);
        standardAssess = Cli.run("assess", SAMPLE);
        assertThat(standardAssess.code()).isZero();
    }

    @Test
    void exportCriteria_nonEmptyFolder_isRefusedUnlessForced() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("co-san"));
        Path notes = Files.writeString(folder.resolve("ghi-chu.txt"), "của cán bộ chính sách");

        Cli.Run refused = Cli.run("export-criteria", folder.toString());
        assertThat(refused.code()).isEqualTo(Main.ERROR);
        assertThat(refused.stderr()).contains("--force").contains(folder.toString());
        assertThat(folder.resolve("catalogue.json")).doesNotExist();

        Cli.Run forced = Cli.run("export-criteria", folder.toString(), "--force");
        assertThat(forced.code()).isZero();
        assertThat(folder.resolve("catalogue.json")).exists();
        assertThat(notes).hasContent("của cán bộ chính sách");

        Cli.Run notAFolder = Cli.run("export-criteria", notes.toString());
        assertThat(notAFolder.code()).isEqualTo(Main.ERROR);
        assertThat(notAFolder.stderr()).contains("not a folder");
    }

    @Test
    void validateAndTest_editedFolder_passLikeTheStandardCriteria() {
        Cli.Run validate = Cli.run("validate", "--criteria", quota15.toString());
        assertThat(validate.code()).as(validate.out()).isZero();
        assertThat(validate.out()).startsWith("Hợp lệ (valid)");

        Path scenarios = Path.of("..", "rules-criteria", "src", "test", "scenarios", "nd90-nhiem-vu.json");
        Cli.Run test = Cli.run("test", scenarios.toString(), "--criteria", unchanged.toString());
        assertThat(test.code()).as(test.out()).isZero();
    }

    @Test
    void validate_brokenCatalogue_printsFileLineColumnAndExitsTwo() throws IOException {
        Path folder = dir.resolve("danh-muc-hong");
        assertThat(Cli.run("export-criteria", folder.toString()).code()).isZero();
        Files.writeString(folder.resolve("catalogue.json"), "{\"criteria\": [\n  {\"code\": \"NQ4-CT-01\"}\n]}\n");

        Cli.Run run = Cli.run("validate", "--criteria", folder.toString());

        assertThat(run.code()).isEqualTo(Main.ERROR);
        assertThat(run.out()).contains(folder.resolve("catalogue.json") + ":2:3: criteria[0].label");
    }

    @Test
    void assess_unchangedCriteriaFolder_ratesLikeTheStandardCriteria() {
        Cli.Run run = Cli.run("assess", SAMPLE, "--criteria", unchanged.toString());

        assertThat(run.code()).isZero();
        assertThat(run.json().path("ruleSet").path("name").asText()).isEqualTo("nguyen-ban");
        assertThat(outcomes(run.json())).isEqualTo(outcomes(standardAssess.json()));
    }

    @Test
    void compare_unchangedExport_reportsNothingAndExitsZero() {
        Cli.Run run = Cli.run("compare", SAMPLE, "--criteria", unchanged.toString(), "--format", "json");

        assertThat(run.code()).as(run.stderr()).isEqualTo(Main.OK);
        JsonNode out = run.json();
        assertThat(out.path("changes")).isEmpty();
        assertThat(out.path("summary").path("officers").asInt()).isEqualTo(55);
        assertThat(out.path("summary").path("changed").asInt()).isZero();
        assertThat(matrixTotal(out.path("state"))).isEqualTo(55);
        assertThat(offDiagonal(out.path("state"))).isZero();
        assertThat(run.stderr()).contains("no officer's outcome changes");
    }

    @Test
    void compare_editedFolderWhoseRulesFailEveryUnitWithALeader_isNotReportedAsNoChange() throws IOException {
        // a merge kept a second rule computing each unit's total beside DV-NV: the session refuses the second one,
        // so every unit with a leader fails under the edited folder and none of its officers can be compared.
        // Before, compare said "no officer's outcome changes" and exited 0, which would pass such a folder
        Path folder = dir.resolve("hai-tong");
        assertThat(Cli.run("export-criteria", folder.toString()).code()).isZero();
        Path drl = folder.resolve("xep-loai.drl");
        Files.writeString(drl, Files.readString(drl) + """

                rule "DV-NV-CU tổng nhiệm vụ của đơn vị (bản cũ còn sót khi gộp)"
                when
                    $u: Unit()
                    exists Officer(role != Role.STAFF, unitId == $u.id)
                    $ds: java.util.List() from collect(Officer(unitId == $u.id))
                then
                    insert(UnitTasks.of($u, $ds));
                end
                """);

        Cli.Run run = Cli.run("compare", SAMPLE, "--criteria", folder.toString(), "--format", "json");

        assertThat(run.code()).as(run.stderr()).isEqualTo(Main.PARTIAL);
        assertThat(run.stderr()).doesNotContain("no officer's outcome changes")
                .contains("records could not be compared");
        JsonNode rejected = run.json().path("rejected");
        assertThat(rejected).isNotEmpty();
        assertThat(rejected.get(0).toString()).contains("UnitTasks", "DV-NV", "DV-NV-CU");
    }

    @Test
    void compare_quotaEditedTo15_reportsExactlyWhatTwoAssessRunsDisagreeOn() {
        Cli.Run edited = Cli.run("assess", SAMPLE, "--criteria", quota15.toString());
        Map<String, String> before = outcomes(standardAssess.json());
        Map<String, String> after = outcomes(edited.json());
        List<String> expected = new ArrayList<>();
        before.forEach((id, outcome) -> {
            if (!outcome.equals(after.get(id))) {
                expected.add(id);
            }
        });

        Cli.Run run = Cli.run("compare", SAMPLE, "--criteria", quota15.toString(), "--format", "json");

        assertThat(run.code()).as(run.stderr()).isEqualTo(expected.isEmpty() ? Main.OK : Main.PARTIAL);
        JsonNode out = run.json();
        List<String> reported = new ArrayList<>();
        out.path("changes").forEach(c -> reported.add(c.path("officerId").asText()));
        assertThat(reported).containsExactlyElementsOf(expected);
        // the matrix, from the two runs' ratings: every officer counted once, per unit and in total
        Map<String, Integer> matrix = new TreeMap<>();
        JsonNode results = standardAssess.json().path("results");
        for (int i = 0; i < results.size(); i++) {
            String id = results.get(i).path("officerId").asText();
            matrix.merge(rating(standardAssess.json(), id) + ">" + rating(edited.json(), id), 1, Integer::sum);
        }
        for (String from : LEVELS) {
            for (String to : LEVELS) {
                assertThat(out.path("state").path(from).path(to).asInt()).as("%s → %s", from, to)
                        .isEqualTo(matrix.getOrDefault(from + ">" + to, 0));
            }
        }
        int perUnit = 0;
        for (JsonNode unit : out.path("units")) {
            assertThat(matrixTotal(unit.path("state"))).isEqualTo(unit.path("officers").asInt());
            perUnit += unit.path("officers").asInt();
        }
        assertThat(perUnit).isEqualTo(55);
        assertThat(out.path("base").path("name").asText()).isEqualTo("chuanmuc-standard");
        assertThat(out.path("changed").path("name").asText()).isEqualTo("han-muc-15");
        assertThat(out.path("base").path("sha256").asText()).hasSize(64)
                .isEqualTo(standardAssess.json().path("ruleSet").path("sha256").asText());
        assertThat(out.path("changed").path("sha256").asText())
                .isEqualTo(edited.json().path("ruleSet").path("sha256").asText());
        // every change shows the quota's reason as it was and as it would be
        out.path("changes").forEach(c -> assertThat(c.path("reasonsAdded").toString() + c.path("reasonsRemoved"))
                .contains("HAN-MUC-XS"));

        // the other way round (--base the edited folder): the same officers, the matrix transposed
        Cli.Run back = Cli.run("compare", SAMPLE, "--base", quota15.toString(), "--criteria", unchanged.toString(),
                "--format", "json");
        assertThat(back.code()).isEqualTo(run.code());
        List<String> reverted = new ArrayList<>();
        back.json().path("changes").forEach(c -> reverted.add(c.path("officerId").asText()));
        assertThat(reverted).isEqualTo(reported);
        for (String from : LEVELS) {
            for (String to : LEVELS) {
                assertThat(back.json().path("state").path(to).path(from).asInt())
                        .isEqualTo(out.path("state").path(from).path(to).asInt());
            }
        }
        assertThat(back.json().path("base").path("name").asText()).isEqualTo("han-muc-15");
    }

    @Test
    void compare_htmlToFile_isOneSelfContainedPageWithTheChanges() throws IOException {
        Path html = dir.resolve("so-sanh.html");
        Cli.Run run = Cli.run("compare", SAMPLE, "--criteria", quota15.toString(), "--format", "html",
                "--output", html.toString());

        assertThat(run.code()).isIn(Main.OK, Main.PARTIAL);
        assertThat(run.stdout()).isEmpty();
        Document page = Jsoup.parse(html.toFile(), "UTF-8");
        assertThat(page.select("script, link, img, iframe")).isEmpty();
        assertThat(page.title()).isEqualTo("So sánh kết quả xếp loại năm 2025 theo hai bộ quy tắc");
        assertThat(page.select("table.matrix[data-kind=state]").first().select("td.grand-total").text()).isEqualTo("55");
        assertThat(page.select("tr[data-role=base]").text()).contains("chuanmuc-standard");
        assertThat(page.select("tr[data-role=changed]").text()).contains("han-muc-15");
        assertThat(page.select("tr.change").isEmpty()).isEqualTo(run.code() == Main.OK);
        assertThat(page.select("table.units tbody tr")).hasSize(4);
    }

    @Test
    void compare_hostileEdit_exitsTwoWithTheGuardsDiagnostics() throws IOException {
        Path folder = dir.resolve("doc-hai");
        assertThat(Cli.run("export-criteria", folder.toString()).code()).isZero();
        Path drl = folder.resolve("han-muc.drl");
        String text = Files.readString(drl);
        Files.writeString(drl, text + "\nrule \"X\"\nwhen\n    Officer()\nthen\n    System.exit(3);\nend\n");
        long line = text.lines().count() + 6;

        Cli.Run run = Cli.run("compare", SAMPLE, "--criteria", folder.toString());

        assertThat(run.code()).isEqualTo(Main.ERROR);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).contains(drl + ":" + line + ":").contains("System").doesNotContain("\tat ");
    }

    @Test
    void compare_usageErrors_exitTwoAndTouchNothing() throws IOException {
        Path input = Files.copy(Path.of(SAMPLE), dir.resolve("ho-so.json"));
        byte[] bytes = Files.readAllBytes(input);

        Cli.Run overInput = Cli.run("compare", input.toString(), "--criteria", unchanged.toString(),
                "--output", input.toString());
        assertThat(overInput.code()).isEqualTo(Main.ERROR);
        assertThat(overInput.stderr()).contains("is the input file");
        assertThat(input).hasBinaryContent(bytes);

        Cli.Run intoRules = Cli.run("compare", input.toString(), "--criteria", unchanged.toString(),
                "--output", unchanged.resolve("xep-loai.drl").toString());
        assertThat(intoRules.code()).isEqualTo(Main.ERROR);
        assertThat(intoRules.stderr()).contains("inside a rule folder");

        Cli.Run noCriteria = Cli.run("compare", input.toString());
        assertThat(noCriteria.code()).isEqualTo(Main.ERROR);
        assertThat(noCriteria.stderr()).contains("missing --criteria DIR");
    }

    @Test
    void explain_editedFolder_namesItsRuleSet() {
        Cli.Run run = Cli.run("explain", SAMPLE, "CB-0012", "--criteria", quota15.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Bộ quy tắc: han-muc-15 folder, sha256 ");
    }

    /** @return officer id → everything assess says about the officer but the rule set */
    private static Map<String, String> outcomes(JsonNode out) {
        Map<String, String> byId = new LinkedHashMap<>();
        out.path("results").forEach(r -> byId.put(r.path("officerId").asText(), r.toString()));
        return byId;
    }

    /** @return the officer's level in an output of assess, or KHONG_XEP_LOAI when the flag says not rated */
    private static String rating(JsonNode out, String id) {
        for (JsonNode r : out.path("results")) {
            if (r.path("officerId").asText().equals(id)) {
                for (JsonNode flag : r.path("reviewFlags")) {
                    if (flag.path("code").asText().equals("KHONG-XEP-LOAI")) {
                        return "KHONG_XEP_LOAI";
                    }
                }
                return r.path("rating").asText();
            }
        }
        throw new AssertionError(id);
    }

    private static int matrixTotal(JsonNode matrix) {
        int total = 0;
        for (String from : LEVELS) {
            for (String to : LEVELS) {
                total += matrix.path(from).path(to).asInt();
            }
        }
        return total;
    }

    private static int offDiagonal(JsonNode matrix) {
        int moved = 0;
        for (String from : LEVELS) {
            for (String to : LEVELS) {
                moved += from.equals(to) ? 0 : matrix.path(from).path(to).asInt();
            }
        }
        return moved;
    }
}
