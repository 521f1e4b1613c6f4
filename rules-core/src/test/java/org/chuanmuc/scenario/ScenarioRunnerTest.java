package org.chuanmuc.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.io.FieldError;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.testing.TinyRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioRunnerTest {
    private static final String DOSSIER = """
              "period": { "year": 2025 },
              "units": [ { "id": "PC08", "name": "Phòng Cảnh sát giao thông" } ],
              "officers": [
                { "id": "CB-1", "name": "Nguyễn Thị Ánh", "unitId": "PC08", "role": "STAFF", "monthsWorked": 12,
                  "tasks": { "assigned": 10, "completed": 10, "onTime": 10, "highQuality": 10 },
                  "signs": [ { "code": "NQ4-DD-03", "verified": true } ] },
                { "id": "CB-2", "unitId": "PC08", "role": "STAFF", "monthsWorked": 12, "partyMember": true,
                  "tasks": { "assigned": 10, "completed": 10, "onTime": 10, "highQuality": 10 },
                  "signs": [ { "code": "NQ4-CT-01", "verified": false } ] }
              ],
            """;

    private final Assessor assessor = TinyRules.assessor();

    @TempDir
    Path dir;

    @Test
    void run_scenarioThatHolds_passes() throws IOException {
        write("a-dat.json", """
                { "name": "Kê khai không trung thực", "description": "cap và cờ",
                %s
                  "expect": [
                    { "officerId": "CB-1", "rating": "HOAN_THANH", "reasons": ["NQ4-DD-03"], "noReasons": ["NQ4-DD-07"],
                      "rules": ["NQ4-DD-03"], "exactReasons": true },
                    { "officerId": "CB-2", "rating": "HOAN_THANH_XUAT_SAC", "partyRating": "HOAN_THANH_XUAT_SAC",
                      "reviewFlags": ["CHUA_XAC_MINH"], "rules": ["Dấu hiệu chưa xác minh"], "exactReasons": true }
                  ]
                }
                """.formatted(DOSSIER));

        ScenarioReport report = ScenarioRunner.of(assessor).run(dir);

        assertThat(report.passed()).isTrue();
        assertThat(report.scenarios()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("Kê khai không trung thực");
            assertThat(s.expectations()).allSatisfy(e -> assertThat(e.passed()).isTrue());
            assertThat(s.expectations().get(0).assessment()).isPresent();
        });
        assertThat(report.firedRules()).containsExactly(TinyRules.FLAG_RULE, TinyRules.CAP_RULE);
        assertThat(report.describe()).containsExactly(
                "ĐẠT (pass): Kê khai không trung thực — " + dir.resolve("a-dat.json"),
                "1 kịch bản: 1 đạt, 0 không đạt (1 scenarios: 1 passed, 0 failed)");
    }

    @Test
    void run_scenarioThatDoesNotHold_failsWithReadableLines() throws IOException {
        write("b-sai.json", """
                { "name": "Kỳ vọng sai",
                %s
                  "expect": [
                    { "officerId": "CB-1", "rating": "KHONG_HOAN_THANH", "reasons": ["NQ4-DD-07"],
                      "noReasons": ["NQ4-DD-03"], "rules": ["NQ4-DD-07"], "warnings": ["W1"] },
                    { "officerId": "CB-2", "rating": "HOAN_THANH_XUAT_SAC", "partyRating": "HOAN_THANH",
                      "reasons": [], "exactReasons": true, "reviewFlags": ["CANH_BAO_SOM"] }
                  ]
                }
                """.formatted(DOSSIER));

        ScenarioReport report = ScenarioRunner.of(assessor).run(List.of(dir));

        assertThat(report.passed()).isFalse();
        assertThat(report.failedCount()).isEqualTo(1);
        ScenarioResult result = report.scenarios().get(0);
        assertThat(result.expectations().get(0).failures()).containsExactly(
                "CB-1: xếp loại mong đợi KHONG_HOAN_THANH, thực tế HOAN_THANH "
                        + "(expected rating KHONG_HOAN_THANH, got HOAN_THANH)",
                "CB-1: thiếu lý do NQ4-DD-07 (missing reasons)",
                "CB-1: có lý do không được có NQ4-DD-03 (reasons that must not appear)",
                "CB-1: không quy tắc nào bắt đầu bằng \"NQ4-DD-07\" đã chạy (no fired rule starts with it)",
                "CB-1:   lý do thực tế (actual reasons): NQ4-DD-03 ← \"" + TinyRules.CAP_RULE + "\"",
                "CB-1: thiếu cảnh báo W1 (missing warnings)",
                "CB-1:   cảnh báo (warnings) thực tế (actual): (không có) (none)");
        assertThat(result.expectations().get(1).failures()).containsExactly(
                "CB-2: xếp loại đảng viên mong đợi HOAN_THANH, thực tế HOAN_THANH_XUAT_SAC "
                        + "(expected party rating HOAN_THANH, got HOAN_THANH_XUAT_SAC)",
                "CB-2:   lý do thực tế (actual reasons): (không có) (none)",
                "CB-2: thiếu cờ xem xét CANH_BAO_SOM (missing review flags)",
                "CB-2:   cờ xem xét (review flags) thực tế (actual): CHUA_XAC_MINH");
        assertThat(report.describe()).startsWith(
                "KHÔNG ĐẠT (fail): Kỳ vọng sai — " + dir.resolve("b-sai.json"),
                "  CB-1: xếp loại mong đợi KHONG_HOAN_THANH, thực tế HOAN_THANH "
                        + "(expected rating KHONG_HOAN_THANH, got HOAN_THANH)");
        assertThat(report.describe()).last()
                .isEqualTo("1 kịch bản: 0 đạt, 1 không đạt (1 scenarios: 0 passed, 1 failed)");
    }

    @Test
    void run_exactReasonsWithExtraReason_namesTheUnexpectedCode() throws IOException {
        write("c.json", """
                { %s "expect": [ { "officerId": "CB-1", "rating": "HOAN_THANH", "exactReasons": true } ] }
                """.formatted(DOSSIER));

        ScenarioResult result = ScenarioRunner.of(assessor).run(dir).scenarios().get(0);

        assertThat(result.failures()).startsWith(
                "CB-1: có lý do ngoài danh sách NQ4-DD-03 (unexpected reasons, exactReasons)");
    }

    @Test
    void run_expectedOfficerRejectedByReader_failsNamingTheErrors() throws IOException {
        write("d.json", """
                { %s "expect": [ { "officerId": "CB-1", "rating": "HOAN_THANH" } ] }
                """.formatted(DOSSIER.replace("\"completed\": 10, \"onTime\": 10, \"highQuality\": 10 },\n"
                + "      \"signs\": [ { \"code\": \"NQ4-DD-03\"", "\"completed\": 11, \"onTime\": 10, \"highQuality\": 10 },\n"
                + "      \"signs\": [ { \"code\": \"NQ4-DD-03\"")));

        ScenarioResult result = ScenarioRunner.of(assessor).run(dir).scenarios().get(0);

        assertThat(result.passed()).isFalse();
        assertThat(result.expectations().get(0).assessment()).isEmpty();
        assertThat(result.failures()).containsExactly("CB-1: hồ sơ bị từ chối khi đọc (rejected by the reader): "
                + "officers[0].tasks.completed: phải ≤ assigned (10) (must be ≤ assigned)");
    }

    @Test
    void run_unexpectedRejectedOfficer_failsTheScenario() throws IOException {
        write("e.json", """
                { %s "expect": [ { "officerId": "CB-1", "rating": "HOAN_THANH" } ] }
                """.formatted(DOSSIER.replace("\"partyMember\": true", "\"partyMember\": \"có\"")));

        ScenarioResult result = ScenarioRunner.of(assessor).run(dir).scenarios().get(0);

        assertThat(result.problems()).containsExactly("officers[1] \"CB-2\": hồ sơ bị từ chối khi đọc "
                + "(rejected by the reader): officers[1].partyMember: phải là true hoặc false (must be a boolean)");
        assertThat(result.expectations().get(0).passed()).isTrue();
        assertThat(result.passed()).isFalse();
    }

    @Test
    void run_folder_runsJsonFilesRecursivelyInSortedOrderAndReportsBrokenOnes() throws IOException {
        String ok = "{ %s \"expect\": [ { \"officerId\": \"CB-1\", \"rating\": \"HOAN_THANH\" } ] }".formatted(DOSSIER);
        write("z.json", ok);
        Files.createDirectories(dir.resolve("con"));
        write("con/b.json", ok);
        write("a.json", "{ \"period\": ");
        write("ghi-chu.txt", "not a scenario");

        ScenarioReport report = ScenarioRunner.of(assessor).run(dir);

        assertThat(report.scenarios()).extracting(ScenarioResult::file).containsExactly(
                dir.resolve("a.json"), dir.resolve("con/b.json"), dir.resolve("z.json"));
        assertThat(report.scenarios()).extracting(ScenarioResult::passed).containsExactly(false, true, true);
        assertThat(report.scenarios().get(0).problems()).singleElement().asString()
                .startsWith(dir.resolve("a.json") + ":1:");
        assertThat(report.scenarios().get(1).name()).isEqualTo("b.json");
    }

    @Test
    void run_missingPath_throws() {
        assertThatThrownBy(() -> ScenarioRunner.of(assessor).run(dir.resolve("khong-co")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void load_badExpectations_reportsEveryErrorWithPath() throws IOException {
        Path file = write("f.json", """
                { "name": 5, %s "expect": [
                    { "officerId": "CB-9", "rating": "TOT", "reasons": ["NQ4-DD-03", 7], "extra": 1 },
                    { "officerId": "CB-1", "rating": "HOAN_THANH" },
                    { "officerId": "CB-1", "rating": "HOAN_THANH" }
                ] }
                """.formatted(DOSSIER));

        assertThatThrownBy(() -> ScenarioFile.load(file))
                .isInstanceOfSatisfying(ScenarioFormatException.class, e -> {
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.errors()).containsExactly(
                            new FieldError("name", "phải là chuỗi (must be a string)"),
                            new FieldError("expect[0].officerId", "không có cán bộ \"CB-9\" trong officers "
                                    + "(no such officer)"),
                            new FieldError("expect[0].rating", "giá trị không hợp lệ \"TOT\", chỉ nhận: "
                                    + "HOAN_THANH_XUAT_SAC, HOAN_THANH_TOT, HOAN_THANH, KHONG_HOAN_THANH (unknown "
                                    + "value; allowed: HOAN_THANH_XUAT_SAC, HOAN_THANH_TOT, HOAN_THANH, "
                                    + "KHONG_HOAN_THANH)"),
                            new FieldError("expect[0].reasons[1]", "phải là chuỗi (must be a string)"),
                            new FieldError("expect[0].extra", "trường không có trong định dạng (unknown field)"),
                            new FieldError("expect[2].officerId", "cán bộ \"CB-1\" đã có kỳ vọng ở expect[1] "
                                    + "(officer already expected)"));
                    assertThat(e.lines()).first().asString().startsWith(file + ": name: ");
                });
    }

    @Test
    void load_withoutExpect_throws() throws IOException {
        Path file = write("g.json", "{ %s \"x\": 1 }".formatted(DOSSIER));

        assertThatThrownBy(() -> ScenarioFile.load(file))
                .isInstanceOfSatisfying(ScenarioFormatException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("expect", "bắt buộc: mảng có ít nhất một kỳ vọng "
                                + "(required: an array with at least one expectation)")));
    }

    @Test
    void load_notJson_throwsWithLineAndColumn() throws IOException {
        Path file = write("h.json", "{\n  \"name\": \"x\",\n  oops\n}");

        assertThatThrownBy(() -> ScenarioFile.load(file))
                .isInstanceOfSatisfying(ScenarioFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(3);
                    assertThat(e.getMessage()).startsWith(file + ":3:3: không phải JSON hợp lệ");
                });
    }

    /**
     * An officer with a value over the reader's limits is rejected by the reader, and the scenario's own fields are
     * read apart from it: the scenario loads (it used to fail with "the reader accepted what Jackson rejects").
     */
    @Test
    void load_officerWithANumberOf1001Characters_rejectsOnlyThatOfficer() throws IOException {
        Path file = write("k.json", """
                { "name": "Số dài", %s "expect": [ { "officerId": "CB-1", "rating": "HOAN_THANH" } ] }
                """.formatted(DOSSIER.replace("\"monthsWorked\": 12, \"partyMember\"",
                "\"monthsWorked\": " + "1".repeat(1001) + ", \"partyMember\"")));

        ScenarioFile scenario = ScenarioFile.load(file);

        assertThat(scenario.name()).isEqualTo("Số dài");
        assertThat(scenario.dossiers().dossiers()).extracting(d -> d.officer().id()).containsExactly("CB-1");
        assertThat(scenario.dossiers().rejected()).singleElement().satisfies(r -> assertThat(r.errors())
                .containsExactly(new FieldError("officers[1].monthsWorked",
                        "số quá dài: 1001 ký tự, tối đa 1000 (number too long: at most 1000 characters)")));
    }

    @Test
    void load_numberOf1001CharactersInExpect_throwsWithLineAndColumn() throws IOException {
        Path file = write("l.json", """
                { %s "expect": [ { "officerId": "CB-1", "rating": "HOAN_THANH",
                  "extra": %s } ] }
                """.formatted(DOSSIER, "1".repeat(1001)));

        assertThatThrownBy(() -> ScenarioFile.load(file))
                .isInstanceOfSatisfying(ScenarioFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(12);
                    assertThat(e.column()).isEqualTo(12);
                    assertThat(e.getMessage()).isEqualTo(file + ":12:12: số quá dài: 1001 ký tự, tối đa 1000"
                            + " (number too long: at most 1000 characters)");
                });
    }

    @Test
    void load_validFile_keepsNameDescriptionAndExpectations() throws IOException {
        Path file = write("i.json", """
                { "name": "Tên", "description": "Mô tả có dấu", %s
                  "expect": [ { "officerId": "CB-2", "rating": "HOAN_THANH_TOT", "partyRating": "HOAN_THANH",
                                "reasons": ["A"], "noReasons": ["B"], "rules": ["C"], "reviewFlags": ["D"],
                                "warnings": ["E"], "exactReasons": true } ] }
                """.formatted(DOSSIER));

        ScenarioFile scenario = ScenarioFile.load(file);

        assertThat(scenario.name()).isEqualTo("Tên");
        assertThat(scenario.description()).isEqualTo("Mô tả có dấu");
        assertThat(scenario.dossiers().dossiers()).hasSize(2);
        assertThat(scenario.expectations()).singleElement().isEqualTo(new Expectation("CB-2",
                RatingLevel.HOAN_THANH_TOT,
                Optional.of(RatingLevel.HOAN_THANH), List.of("A"), List.of("B"),
                List.of("C"), List.of("D"), List.of("E"), true, List.of(), List.of()));
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
