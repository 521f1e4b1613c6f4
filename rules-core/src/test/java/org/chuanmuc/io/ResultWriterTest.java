package org.chuanmuc.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.AssessmentReport;
import org.chuanmuc.assess.Flag;
import org.chuanmuc.assess.Reason;
import org.chuanmuc.assess.ReasonKind;
import org.chuanmuc.assess.RuleSetInfo;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.Track;
import org.chuanmuc.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultWriterTest {
    private static final RuleSetInfo RULES = new RuleSetInfo("standard", "2025.1", "0123456789abcdef".repeat(4));
    private static final Period PERIOD = new Period(2025);

    private static final Assessment CAPPED = new Assessment("CB-0001", "PC08", 2025, RatingLevel.HOAN_THANH,
            Optional.of(RatingLevel.KHONG_HOAN_THANH),
            List.of(new Reason("NQ4-DD-03 đã xác minh: không quá Hoàn thành nhiệm vụ", "NQ4-DD-03",
                    "Kê khai tài sản không trung thực", "Nghị quyết 04-NQ/TW", "Kết luận ngày 02/03/2025",
                    ReasonKind.CAP, Optional.of(RatingLevel.HOAN_THANH), Track.STATE, List.of("SignFinding"))),
            List.of(new Flag("CANH_BAO_SOM", "Ba phản ánh đã xác minh", "Cảnh báo sớm")),
            List.of(new Flag("LICH_SU_TUONG_LAI", "Năm 2030 chưa tới", "Kiểm tra lịch sử")), RULES);
    private static final Assessment PLAIN = new Assessment("CB-0003", "PC09", 2025, RatingLevel.HOAN_THANH_XUAT_SAC,
            Optional.empty(), List.of(), List.of(), List.of(), RULES);

    @Test
    void write_resultsAndRejected_produceTheDocumentedStructure() {
        String json = write(w -> w
                .write(CAPPED)
                .reject(new RejectedOfficer(1, "CB-0002", List.of(
                        new FieldError("officers[1].tasks.completed", "phải ≤ assigned (40) (must be ≤ assigned)"))))
                .write(new AssessmentReport(RULES, List.of(PLAIN))));

        assertThat(json).isEqualTo("""
                {
                  "period": {
                    "year": 2025
                  },
                  "ruleSet": {
                    "name": "standard",
                    "version": "2025.1",
                    "sha256": "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
                  },
                  "results": [
                    {
                      "officerId": "CB-0001",
                      "unitId": "PC08",
                      "rating": "HOAN_THANH",
                      "ratingLabel": "Hoàn thành nhiệm vụ",
                      "partyRating": "KHONG_HOAN_THANH",
                      "reasons": [
                        {
                          "rule": "NQ4-DD-03 đã xác minh: không quá Hoàn thành nhiệm vụ",
                          "criterion": "NQ4-DD-03",
                          "label": "Kê khai tài sản không trung thực",
                          "citation": "Nghị quyết 04-NQ/TW",
                          "message": "Kết luận ngày 02/03/2025",
                          "kind": "CAP"
                        }
                      ],
                      "reviewFlags": [
                        {
                          "code": "CANH_BAO_SOM",
                          "message": "Ba phản ánh đã xác minh"
                        }
                      ],
                      "warnings": [
                        {
                          "code": "LICH_SU_TUONG_LAI",
                          "message": "Năm 2030 chưa tới"
                        }
                      ]
                    },
                    {
                      "officerId": "CB-0003",
                      "unitId": "PC09",
                      "rating": "HOAN_THANH_XUAT_SAC",
                      "ratingLabel": "Hoàn thành xuất sắc nhiệm vụ",
                      "reasons": [ ],
                      "reviewFlags": [ ],
                      "warnings": [ ]
                    }
                  ],
                  "rejected": [
                    {
                      "officerId": "CB-0002",
                      "errors": [
                        {
                          "path": "officers[1].tasks.completed",
                          "message": "phải ≤ assigned (40) (must be ≤ assigned)"
                        }
                      ]
                    }
                  ],
                  "summary": {
                    "assessed": 2,
                    "rejected": 1,
                    "byRating": {
                      "HOAN_THANH_XUAT_SAC": 1,
                      "HOAN_THANH": 1
                    }
                  }
                }
                """);
        Schemas.assertValidResults(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void write_vietnameseText_isWrittenAsUtf8CharactersNotEscapes() {
        Assessment named = new Assessment("Nguyễn Thị Ánh", "ĐỘI-1", 2025, RatingLevel.HOAN_THANH_TOT,
                Optional.empty(), List.of(), List.of(), List.of(), RULES);

        byte[] bytes = bytes(w -> w.write(named));

        String json = new String(bytes, StandardCharsets.UTF_8);
        assertThat(json).contains("\"officerId\": \"Nguyễn Thị Ánh\"", "\"unitId\": \"ĐỘI-1\"",
                "\"ratingLabel\": \"Hoàn thành tốt nhiệm vụ\"").doesNotContain("\\u");
        Schemas.assertValidResults(bytes);
    }

    @Test
    void write_dossierWithGroup_writesTheGroupAfterTheUnit() {
        Dossier grouped = dossier("CB-0001", "PC08", "Tuần tra, kiểm soát");
        Dossier ungrouped = dossier("CB-0003", "PC09", null);

        byte[] bytes = bytes(w -> w.write(grouped, CAPPED).write(ungrouped, PLAIN));

        String json = new String(bytes, StandardCharsets.UTF_8);
        assertThat(json).contains("""
                      "officerId": "CB-0001",
                      "unitId": "PC08",
                      "group": "Tuần tra, kiểm soát",
                      "rating": "HOAN_THANH",
                """).contains("""
                      "officerId": "CB-0003",
                      "unitId": "PC09",
                      "rating": "HOAN_THANH_XUAT_SAC",
                """);
        assertThat(json.split("\"group\"", -1)).hasSize(2);
        Schemas.assertValidResults(bytes);
    }

    @Test
    void write_dossierOfAnotherOfficer_throws() {
        ResultWriter writer = ResultWriter.to(new ByteArrayOutputStream(), PERIOD, RULES);

        assertThatThrownBy(() -> writer.write(dossier("CB-0009", "PC08", "Điều tra"), CAPPED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("assessment of CB-0001 paired with the dossier of CB-0009");
        assertThat(writer.assessedCount()).isZero();
    }

    private static Dossier dossier(String officerId, String unitId, String group) {
        return new Dossier(PERIOD, Unit.of(unitId, unitId),
                Officer.builder(officerId, unitId, Role.STAFF).group(group).build());
    }

    @Test
    void finish_rejectedRecordedOutOfOrder_areWrittenInInputOrder() {
        String json = write(w -> w
                .reject(new RejectedOfficer(7, "B", List.of(new FieldError("officers[7].id", "x"))))
                .reject(List.of(new RejectedOfficer(2, "", List.of(new FieldError("officers[2]", "y"))))));

        assertThat(json.indexOf("officers[2]")).isLessThan(json.indexOf("officers[7]"));
        assertThat(json).contains("\"assessed\": 0", "\"rejected\": 2", "\"byRating\": { }");
        Schemas.assertValidResults(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void finish_unitErrors_areWrittenAfterRejected_withTheirPaths() {
        String json = write(w -> w
                .write(PLAIN)
                .unitErrors(List.of(new FieldError("units[1]", "phải là đối tượng {…} (must be an object)"),
                        new FieldError("units[3].id", "trùng mã đơn vị \"PC08\" (duplicate id)"))));

        assertThat(json).contains("""
                  "rejected": [ ],
                  "unitErrors": [
                    {
                      "path": "units[1]",
                      "message": "phải là đối tượng {…} (must be an object)"
                    },
                    {
                      "path": "units[3].id",
                      "message": "trùng mã đơn vị \\"PC08\\" (duplicate id)"
                    }
                  ],
                  "summary": {
                """);
        Schemas.assertValidResults(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void finish_noUnitErrors_writesNoField() {
        assertThat(write(w -> w.write(PLAIN).unitErrors(List.of()))).doesNotContain("unitErrors")
                .isEqualTo(write(w -> w.write(PLAIN)));
    }

    @Test
    void unitErrors_afterFinish_isRefused() {
        ResultWriter writer = ResultWriter.to(new ByteArrayOutputStream(), PERIOD, RULES);
        writer.finish();
        assertThatThrownBy(() -> writer.unitErrors(List.of(new FieldError("units[0]", "x"))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void counts_followWhatWasWritten() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ResultWriter writer = ResultWriter.to(out, PERIOD, RULES)) {
            writer.write(CAPPED).write(PLAIN).reject(new RejectedOfficer(1, "X", List.of(new FieldError("p", "m"))));
            assertThat(writer.assessedCount()).isEqualTo(2);
            assertThat(writer.rejectedCount()).isEqualTo(1);
        }
    }

    @Test
    void finish_callerStream_isFlushedButNotClosed() {
        boolean[] closed = {false};
        ByteArrayOutputStream out = closeTracking(closed);

        try (ResultWriter writer = ResultWriter.to(out, PERIOD, RULES)) {
            writer.finish();
        }

        assertThat(closed[0]).isFalse();
        assertThat(out.toString(StandardCharsets.UTF_8)).endsWith("}\n");
        Schemas.assertValidResults(out.toByteArray());
    }

    @Test
    void close_withoutFinish_leavesTheStreamOpenWithAnUnfinishedDocument() {
        boolean[] closed = {false};
        ByteArrayOutputStream out = closeTracking(closed);

        try (ResultWriter writer = ResultWriter.to(out, PERIOD, RULES)) {
            writer.write(PLAIN).reject(new RejectedOfficer(1, "X", List.of(new FieldError("p", "m"))));
        }

        assertThat(closed[0]).isFalse();
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(json).as("what was written is flushed").contains("\"officerId\": \"CB-0003\"")
                .doesNotContain("\"summary\"", "\"rejected\"");
        assertThatThrownBy(() -> DossierJson.MAPPER.readTree(out.toByteArray()))
                .as("no JSON reader takes it for a whole document").isInstanceOf(IOException.class);
    }

    private static ByteArrayOutputStream closeTracking(boolean[] closed) {
        return new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
    }

    @Test
    void write_afterClose_throws() {
        ResultWriter writer = ResultWriter.to(new ByteArrayOutputStream(), PERIOD, RULES);
        writer.close();
        writer.close(); // a second close does nothing

        assertThatThrownBy(() -> writer.write(PLAIN)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(writer::finish).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void finish_twiceOrWriteAfterIt_throws() {
        ResultWriter writer = ResultWriter.to(new ByteArrayOutputStream(), PERIOD, RULES);
        writer.finish();
        writer.close(); // after finish, close does nothing

        assertThatThrownBy(writer::finish).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> writer.write(PLAIN)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> writer.reject(List.of())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void to_path_writesTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("kết quả.json");

        try (ResultWriter writer = ResultWriter.to(file, PERIOD, RULES)) {
            writer.write(PLAIN);
            writer.finish();
        }

        Schemas.assertValidResults(Files.readAllBytes(file));
        assertThat(folderNames(dir)).containsExactly("kết quả.json");
    }

    @Test
    void to_path_replacesAnEarlierFileOnlyOnFinish(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("ket-qua.json"), "kết quả năm trước\n");

        try (ResultWriter writer = ResultWriter.to(file, PERIOD, RULES)) {
            writer.write(PLAIN);
            assertThat(Files.readString(file)).as("before finish").isEqualTo("kết quả năm trước\n");
            writer.finish();
        }

        assertThat(Files.readString(file)).contains("\"summary\"");
        assertThat(folderNames(dir)).containsExactly("ket-qua.json");
    }

    @Test
    void to_path_failureInTheBlock_leavesTheEarlierFileAsItWasAndNoTemporary(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("ket-qua.json"), "kết quả năm trước\n");

        assertThatThrownBy(() -> {
            try (ResultWriter writer = ResultWriter.to(file, PERIOD, RULES)) {
                writer.write(PLAIN);
                throw new IllegalStateException("the rules failed on unit PC08");
            }
        }).hasMessage("the rules failed on unit PC08");

        assertThat(Files.readString(file)).isEqualTo("kết quả năm trước\n");
        assertThat(folderNames(dir)).containsExactly("ket-qua.json");
    }

    @Test
    void to_path_closedWithoutFinish_createsNoFile(@TempDir Path dir) throws Exception {
        ResultWriter.to(dir.resolve("ket-qua.json"), PERIOD, RULES).write(PLAIN).close();

        assertThat(folderNames(dir)).isEmpty();
    }

    @Test
    void to_path_namedPipe_isWrittenThroughAndStaysAPipe(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("ống dẫn");
        assumeTrue(mkfifo(fifo), "mkfifo is not available here");
        var reader = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            var read = reader.submit(() -> Files.readAllBytes(fifo)); // opening blocks until the writer opens it

            try (ResultWriter writer = ResultWriter.to(fifo, PERIOD, RULES)) {
                writer.write(PLAIN);
                writer.finish();
            }

            Schemas.assertValidResults(read.get(30, java.util.concurrent.TimeUnit.SECONDS));
            assertThat(Files.isRegularFile(fifo, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .as("a regular file renamed over the pipe").isFalse();
            assertThat(folderNames(dir)).containsExactly("ống dẫn");
        } finally {
            reader.shutdownNow();
        }
    }

    static boolean mkfifo(Path path) {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0 && Files.exists(path);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void to_path_missingFolder_namesTheFile(@TempDir Path dir) {
        Path file = dir.resolve("không có").resolve("ket-qua.json");

        assertThatThrownBy(() -> ResultWriter.to(file, PERIOD, RULES))
                .isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessageContaining(file.toString());
    }

    private static List<String> folderNames(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String write(java.util.function.Consumer<ResultWriter> body) {
        return new String(bytes(body), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(java.util.function.Consumer<ResultWriter> body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ResultWriter writer = ResultWriter.to(out, PERIOD, RULES)) {
            body.accept(writer);
            writer.finish();
        }
        return out.toByteArray();
    }
}
