package org.chuanmuc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input, extra rule folders, validate, test and generate, through the command line. */
class CliInputAndRulesTest {
    @TempDir
    Path dir;

    @Test
    void assess_brokenRecords_rejectsThemWithPathsAndAssessesTheRest() throws Exception {
        Path input = write("hong.json", """
                {"period": {"year": 2025},
                 "units": [{"id": "PC08", "name": "Phòng Cảnh sát giao thông"}],
                 "officers": [
                  {"id": "CB-1", "name": "Nguyễn Văn Tốt", "unitId": "PC08", "group": "Tuần tra, kiểm soát",
                   "role": "STAFF", "monthsWorked": 12,
                   "tasks": {"assigned": 10, "completed": 10, "onTime": 10, "highQuality": 10}},
                  {"id": "CB-2", "name": "Trần Thị Sai", "unitId": "PC08", "role": "STAFF", "monthsWorked": 12,
                   "tasks": {"assigned": 10, "completed": 11, "onTime": 10, "highQuality": 10}},
                  {"id": "CB-3", "name": "Lê Văn Mã", "unitId": "PC08", "role": "STAFF", "monthsWorked": 12,
                   "tasks": {"assigned": 10, "completed": 10, "onTime": 10, "highQuality": 10},
                   "signs": [{"code": "NQ4-XX-99", "verified": true}]}
                 ]}
                """);
        Cli.Run run = Cli.run("assess", input.toString());

        assertThat(run.code()).isEqualTo(Main.PARTIAL);
        JsonNode out = run.json();
        assertThat(out.path("results")).hasSize(1);
        assertThat(out.path("results").get(0).path("officerId").asText()).isEqualTo("CB-1");
        assertThat(out.path("results").get(0).path("group").asText()).isEqualTo("Tuần tra, kiểm soát");
        assertThat(out.path("rejected")).hasSize(2);
        assertThat(out.path("rejected").get(0).path("officerId").asText()).isEqualTo("CB-2");
        assertThat(paths(out.path("rejected").get(0))).contains("officers[1].tasks.completed");
        assertThat(out.path("rejected").get(1).path("officerId").asText()).isEqualTo("CB-3");
        assertThat(paths(out.path("rejected").get(1))).contains("officers[2].signs[0].code");
        assertThat(out.path("summary").path("rejected").asInt()).isEqualTo(2);
        assertThat(Cli.violations(Cli.RESULTS, out)).isEmpty();
        assertThat(run.stderr()).contains("2 cán bộ bị từ chối");
    }

    @Test
    void assess_notJson_exitsTwoNamingFileLineAndColumn() throws Exception {
        Path input = write("hong.json", "{\"period\": {\"year\": 2025},\n  \"units\": [ oops ]\n}");
        Cli.Run run = Cli.run("assess", input.toString());
        assertThat(run.code()).isEqualTo(Main.ERROR);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).contains("hong.json:2:").doesNotContain("\tat ");
    }

    @Test
    void assess_missingFileOrUnknownOption_exitsTwo() {
        Cli.Run missing = Cli.run("assess", dir.resolve("khong-co.json").toString());
        assertThat(missing.code()).isEqualTo(Main.ERROR);
        assertThat(missing.stderr()).contains("khong-co.json").doesNotContain("\tat ");
        Cli.Run option = Cli.run("assess", CliSampleTest.SAMPLE, "--fromat", "csv");
        assertThat(option.code()).isEqualTo(Main.ERROR);
        assertThat(option.stderr()).contains("--fromat");
    }

    @Test
    void assess_unitsInterleaved_givesTheSameRatingsAsGrouped() throws Exception {
        JsonNode sample = Cli.JSON.readTree(Path.of(CliSampleTest.SAMPLE).toFile());
        List<JsonNode> officers = new ArrayList<>();
        sample.path("officers").forEach(officers::add);
        ArrayNode shuffled = Cli.JSON.createArrayNode();
        for (int i = 0; i < officers.size(); i++) { // deal the officers out like cards: units interleave
            shuffled.add(officers.get((i * 7) % officers.size()));
        }
        ObjectNode copy = sample.deepCopy();
        copy.set("officers", shuffled);
        Path input = dir.resolve("xen-ke.json");
        Cli.JSON.writeValue(input.toFile(), copy);

        Cli.Run grouped = Cli.run("assess", CliSampleTest.SAMPLE);
        Cli.Run interleaved = Cli.run("assess", input.toString());

        assertThat(interleaved.code()).isZero();
        assertThat(interleaved.stderr()).contains("không xếp cán bộ theo từng đơn vị liền nhau");
        assertThat(ratings(interleaved.json())).containsExactlyInAnyOrderElementsOf(ratings(grouped.json()));
        List<String> inputOrder = new ArrayList<>();
        shuffled.forEach(o -> inputOrder.add(o.path("id").asText()));
        List<String> outputOrder = new ArrayList<>();
        interleaved.json().path("results").forEach(r -> outputOrder.add(r.path("officerId").asText()));
        assertThat(outputOrder).isEqualTo(inputOrder);
    }

    @Test
    void assess_extraRuleFolder_changesOutcome() throws Exception {
        Path rules = ruleFolder("dia-phuong", "dia-phuong.drl", """
                package diaphuong;
                import org.chuanmuc.model.*;
                rule "DP-01 quy tắc địa phương: công tác chưa đủ năm"
                when
                    $o: Officer(monthsWorked < 12)
                then
                    insert(RatingCap.state($o.id(), RatingLevel.HOAN_THANH, "DP-01", "Quy định địa phương",
                            "Công tác chưa đủ 12 tháng"));
                end
                """);
        Cli.Run run = Cli.run("assess", CliSampleTest.SAMPLE, "--rules", rules.toString());
        assertThat(run.code()).isZero();
        JsonNode cb53 = find(run.json(), "CB-0053");
        assertThat(cb53.path("rating").asText()).isEqualTo("HOAN_THANH");
        assertThat(cb53.path("reasons").toString()).contains("DP-01 quy tắc địa phương");
    }

    @Test
    void validate_typoOnLine7_printsFileLineColumnAndExitsTwo() throws Exception {
        Path rules = ruleFolder("loi", "loi.drl", """
                package diaphuong;
                import org.chuanmuc.model.*;

                rule "DP-02 lỗi chính tả"
                when
                    $o: Officer()
                    Officr(id == $o.id)
                then
                end
                """);
        Cli.Run bad = Cli.run("validate", rules.toString());
        assertThat(bad.code()).isEqualTo(Main.ERROR);
        assertThat(bad.out().lines()).anySatisfy(l -> assertThat(l).startsWith(rules.resolve("loi.drl") + ":7:"));

        Cli.Run clean = Cli.run("validate", Files.createDirectories(dir.resolve("sach")).toString());
        assertThat(clean.code()).isZero();
        assertThat(clean.out()).startsWith("Hợp lệ");
    }

    @Test
    void validate_hostileRule_isRejectedWithReason() throws Exception {
        Path rules = ruleFolder("doc-hai", "doc-hai.drl", """
                package diaphuong;
                import org.chuanmuc.model.*;
                rule "DP-03 ghi tệp"
                when
                    $o: Officer()
                then
                    java.nio.file.Files.writeString(java.nio.file.Path.of("pwned"), "x");
                end
                """);
        Cli.Run run = Cli.run("validate", rules.toString());
        assertThat(run.code()).isEqualTo(Main.ERROR);
        assertThat(run.out()).contains("doc-hai.drl:7:");
        assertThat(Path.of("pwned")).doesNotExist();
    }

    @Test
    void test_standardScenarios_pass_andAWrongExpectationFails() throws Exception {
        Path scenarios = Path.of("..", "rules-criteria", "src", "test", "scenarios");
        Cli.Run pass = Cli.run("test", scenarios.toString());
        assertThat(pass.code()).as(pass.out()).isZero();

        JsonNode scenario = Cli.JSON.readTree(scenarios.resolve("han-muc-xuat-sac.json").toFile());
        for (JsonNode e : scenario.path("expect")) {
            if (e.path("officerId").asText().equals("XS-C")) {
                ((ObjectNode) e).put("rating", "HOAN_THANH_XUAT_SAC");
            }
        }
        Path wrong = Files.createDirectories(dir.resolve("sai"));
        Cli.JSON.writeValue(wrong.resolve("sai.json").toFile(), scenario);
        Cli.Run fail = Cli.run("test", wrong.toString());
        assertThat(fail.code()).isEqualTo(Main.PARTIAL);
        assertThat(fail.out()).contains("XS-C").contains("HOAN_THANH_XUAT_SAC").contains("HOAN_THANH_TOT");
    }

    @Test
    void generate_thenAssess_sameBytesPerSeedAndEveryLevel() throws Exception {
        Cli.Run first = Cli.run("generate", "--officers", "300", "--units", "5", "--seed", "7");
        Cli.Run again = Cli.run("generate", "--officers", "300", "--units", "5", "--seed", "7");
        assertThat(first.code()).isZero();
        assertThat(first.stdout()).isEqualTo(again.stdout());
        assertThat(Cli.violations(Cli.DOSSIERS, first.json())).isEmpty();

        Path input = dir.resolve("sinh.json");
        Files.write(input, first.stdout());
        Cli.Run assessed = Cli.run("assess", input.toString());
        assertThat(assessed.code()).isZero();
        JsonNode byRating = assessed.json().path("summary").path("byRating");
        // up to 2025 (NĐ 90/2020) xuất sắc and tốt both need every task on time and at quality, so the quota, 20% of
        // those rated tốt, leaves xuất sắc only to units with several flawless officers: in this file the
        // candidates exist (the quota names them) but none keeps the level
        for (String level : List.of("HOAN_THANH_TOT", "HOAN_THANH", "KHONG_HOAN_THANH")) {
            assertThat(byRating.path(level).asInt()).as(level).isPositive();
        }
        assertThat(assessed.out()).contains("\"HAN-MUC-XS\"");

        Path input2026 = dir.resolve("sinh-2026.json");
        Files.write(input2026, Cli.run("generate", "--officers", "300", "--units", "5", "--seed", "7", "--year",
                "2026").stdout());
        JsonNode byRating2026 = Cli.run("assess", input2026.toString()).json().path("summary").path("byRating");
        for (String level : List.of("HOAN_THANH_XUAT_SAC", "HOAN_THANH_TOT", "HOAN_THANH", "KHONG_HOAN_THANH")) {
            assertThat(byRating2026.path(level).asInt()).as("2026 " + level).isPositive();
        }
    }

    /** A folder holding one rule file. */
    private Path ruleFolder(String folder, String file, String drl) throws Exception {
        Path rules = Files.createDirectories(dir.resolve(folder));
        Files.writeString(rules.resolve(file), drl, StandardCharsets.UTF_8);
        return rules;
    }

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> paths(JsonNode rejected) {
        List<String> paths = new ArrayList<>();
        rejected.path("errors").forEach(e -> paths.add(e.path("path").asText()));
        return paths;
    }

    private static List<String> ratings(JsonNode out) {
        List<String> ratings = new ArrayList<>();
        out.path("results").forEach(r -> ratings.add(r.path("officerId").asText() + "=" + r.path("rating").asText()));
        return ratings;
    }

    private static JsonNode find(JsonNode out, String id) {
        for (JsonNode r : out.path("results")) {
            if (r.path("officerId").asText().equals(id)) {
                return r;
            }
        }
        throw new AssertionError(id);
    }
}
