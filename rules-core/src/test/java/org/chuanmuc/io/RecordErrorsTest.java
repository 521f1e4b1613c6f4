package org.chuanmuc.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Records with many faults at once: every fault is reported, in the order the reader has always reported them
 * (the officer's fields in format order, each nested object's unknown fields after its own checks, the record's
 * unknown fields last, the named unit's errors after those), whatever order the fields come in. The expected lists
 * were taken from the reader before it bound records without a JSON tree, so they pin that behaviour.
 */
class RecordErrorsTest {
    private static final String NOT_STRING = "phải là chuỗi (must be a string)";
    private static final String NOT_INTEGER = "phải là số nguyên (must be an integer)";
    private static final String NOT_BOOLEAN = "phải là true hoặc false (must be a boolean)";
    private static final String NOT_OBJECT = "phải là đối tượng {…} (must be an object)";
    private static final String UNKNOWN_FIELD = "trường không có trong định dạng (unknown field)";
    private static final String REQUIRED = "bắt buộc phải có (required)";
    private static final String BLANK = "không được để trống (must not be blank)";
    private static final String TWICE = "trường xuất hiện hơn một lần trong cùng bản ghi, không biết giữ giá trị nào"
            + " (field given twice)";
    private static final String RATINGS = "HOAN_THANH_XUAT_SAC, HOAN_THANH_TOT, HOAN_THANH, KHONG_HOAN_THANH";
    private static final String BAD_RATING = "giá trị không hợp lệ \"TOT\", chỉ nhận: " + RATINGS
            + " (unknown value; allowed: " + RATINGS + ")";

    /** Officers 1–4 of {@code errors-everywhere.json}, each with the errors the reader gave them. */
    private static final List<RejectedOfficer> EXPECTED = List.of(
            // the name and unit as written: officer 1's name is the number 5, shown as its JSON text
            new RejectedOfficer(1, "CB-0001", "5", "PC09", List.of(
                    new FieldError("officers[1].id", "trùng mã cán bộ \"CB-0001\" với officers[0] (duplicate officer id)"),
                    new FieldError("officers[1].name", NOT_STRING),
                    new FieldError("officers[1].unitId", "đơn vị \"PC09\" có lỗi, xem units[1] (the unit has errors)"),
                    new FieldError("officers[1].group", "không được để trống; bỏ trường này nếu cả đơn vị là một"
                            + " nhóm (must not be blank; leave it out when the whole unit is one group)"),
                    new FieldError("officers[1].role", "giá trị không hợp lệ \"BOSS\", chỉ nhận: STAFF, DEPUTY_HEAD,"
                            + " HEAD (unknown value; allowed: STAFF, DEPUTY_HEAD, HEAD)"),
                    new FieldError("officers[1].partyMember", NOT_BOOLEAN),
                    new FieldError("officers[1].monthsWorked", NOT_INTEGER),
                    new FieldError("officers[1].tasks.highQuality", "phải ≥ 0, nhận được -1 (must be ≥ 0)"),
                    new FieldError("officers[1].tasks.late", UNKNOWN_FIELD),
                    new FieldError("officers[1].tasks.completed", "phải ≤ assigned (5) (must be ≤ assigned)"),
                    new FieldError("officers[1].tasks.onTime", "phải ≤ assigned (5) (must be ≤ assigned)"),
                    new FieldError("officers[1].scores.general", "phải từ 0 đến 30, nhận được 31.5 (must be 0–30)"),
                    new FieldError("officers[1].scores.tasks", "phải là số (must be a number)"),
                    new FieldError("officers[1].scores.bonus", UNKNOWN_FIELD),
                    new FieldError("officers[1].signs[0]", NOT_OBJECT),
                    new FieldError("officers[1].signs[1].code",
                            "mã biểu hiện \"X\" không có trong danh mục tiêu chí (unknown sign code)"),
                    new FieldError("officers[1].signs[1].verified", NOT_BOOLEAN),
                    new FieldError("officers[1].signs[1].date", "phải là ngày dạng yyyy-MM-dd, nhận được"
                            + " \"2025-02-30\" (must be an ISO date yyyy-MM-dd)"),
                    new FieldError("officers[1].signs[1].evidence", NOT_STRING),
                    new FieldError("officers[1].signs[1].note", UNKNOWN_FIELD),
                    new FieldError("officers[1].signs[2].code", BLANK),
                    new FieldError("officers[1].signs[2].verified", REQUIRED),
                    new FieldError("officers[1].disciplines", "phải là mảng […] (must be an array)"),
                    new FieldError("officers[1].styleEvaluations[1]", NOT_OBJECT),
                    new FieldError("officers[1].styleEvaluations[0].criterion", BLANK),
                    new FieldError("officers[1].citizenFeedback[0].date", "phải là ngày dạng yyyy-MM-dd, nhận được"
                            + " \"+12025-01-01\" (must be an ISO date yyyy-MM-dd)"),
                    new FieldError("officers[1].citizenFeedback[0].kind", "giá trị không hợp lệ \"THANKS\", chỉ nhận:"
                            + " COMPLAINT, PRAISE (unknown value; allowed: COMPLAINT, PRAISE)"),
                    new FieldError("officers[1].citizenFeedback[0].criterion", NOT_STRING),
                    new FieldError("officers[1].history[0].year",
                            "phải từ 1900 đến 2025, nhận được 2026 (must be 1900–2025)"),
                    new FieldError("officers[1].history[0].rating", BAD_RATING),
                    new FieldError("officers[1].history[1].year",
                            "phải từ 1900 đến 2025, nhận được 99999999999 (must be 1900–2025)"),
                    new FieldError("officers[1].history[1].rating", NOT_STRING),
                    new FieldError("officers[1].history[2].year", NOT_INTEGER),
                    new FieldError("officers[1].history[2].rating", REQUIRED),
                    new FieldError("officers[1].history[3].year",
                            "phải từ 1900 đến 2025, nhận được -3 (must be 1900–2025)"),
                    new FieldError("officers[1].extra", UNKNOWN_FIELD),
                    new FieldError("officers[1].Extra", UNKNOWN_FIELD),
                    new FieldError("officers[1].role", TWICE),
                    new FieldError("units[1].rating", BAD_RATING))),
            new RejectedOfficer(2, "CB-0003", "", "PC08", List.of(
                    new FieldError("officers[2].monthsWorked", "phải từ 0 đến 12, nhận được 13 (must be 0–12)"),
                    new FieldError("officers[2].tasks", NOT_OBJECT),
                    new FieldError("officers[2].scores.general", "phải từ 0 đến 30, nhận được -0.5 (must be 0–30)"),
                    new FieldError("officers[2].scores.tasks",
                            "phải từ 0 đến 70, nhận được 70.01 (must be 0–70)"))),
            new RejectedOfficer(3, "CB-0004", "", "PC08", List.of(
                    new FieldError("officers[3].tasks.assigned",
                            "phải từ 0 đến 2147483647, nhận được 3000000000 (must be 0–2147483647)"),
                    new FieldError("officers[3].tasks.onTime", "phải ≤ completed (2) (must be ≤ completed)"),
                    new FieldError("officers[3].scores.general",
                            "phải từ 0 đến 30, nhận được 100.0 (must be 0–30)"))),
            new RejectedOfficer(4, "CB-0005", "", "PC08", List.of(
                    new FieldError("officers[4].monthsWorked", "phải từ 0 đến 12, nhận được -7 (must be 0–12)"),
                    new FieldError("officers[4].tasks.assigned",
                            "phải ≥ 0, nhận được -3000000000 (must be ≥ 0)"),
                    new FieldError("officers[4].tasks.completed", NOT_INTEGER),
                    new FieldError("officers[4].tasks.onTime", NOT_INTEGER),
                    new FieldError("officers[4].tasks.highQuality", NOT_INTEGER),
                    new FieldError("officers[4].scores.general", "bắt buộc từ năm 2026 theo Nghị định"
                            + " 335/2025/NĐ-CP, kỳ đánh giá là 2026 (required from 2026 on)"))));

    private static final DossierReader READER = DossierReader.withKnownSigns(Set.of("NQ4-DD-03"));

    @Test
    void read_recordsWithFaultsEverywhere_reportEveryErrorInTheSameOrder() {
        DossierFile file = READER.read(new ByteArrayInputStream(resource()), "errors.json");

        assertThat(file.dossiers()).singleElement().satisfies(d -> assertThat(d.officer().id()).isEqualTo("CB-0001"));
        assertThat(file.rejected()).containsExactlyElementsOf(EXPECTED);
    }

    @Test
    void read_officersBeforeUnits_reportTheSameErrors() {
        String json = new String(resource(), StandardCharsets.UTF_8);
        int officers = json.indexOf("\"officers\"");
        // officers first: the reader keeps them until it has read period and units, then validates them alike
        String reordered = "{" + json.substring(officers, json.lastIndexOf('}')) + ", "
                + json.substring(json.indexOf('{') + 1, officers).strip().replaceAll(",$", "") + "}";

        DossierFile file = READER.read(new ByteArrayInputStream(reordered.getBytes(StandardCharsets.UTF_8)), "x");

        assertThat(file.rejected()).containsExactlyElementsOf(EXPECTED);
    }

    @Test
    void read_disciplineFormItsSystemDoesNotHave_rejectedAtTheFormNamingTheForms() {
        // no rule counts a state khai trừ or a party hạ bậc lương: read as given, it would be dropped silently
        String officer = "{\"id\": \"%s\", \"unitId\": \"PC08\", \"role\": \"STAFF\", \"monthsWorked\": 12,"
                + " \"tasks\": {\"assigned\": 1, \"completed\": 1, \"onTime\": 1, \"highQuality\": 1},"
                + " \"scores\": {\"general\": 20}, \"disciplines\": [%s]}";
        String json = "{\"period\": {\"year\": 2026}, \"units\": [{\"id\": \"PC08\"}], \"officers\": ["
                + String.format(officer, "Đỗ-1", "{\"form\": \"KHAI_TRU\", \"system\": \"STATE\", \"decidedOn\": \"2026-03-01\"}")
                + ", " + String.format(officer, "Đỗ-2", "{\"form\": \"KHAI_TRU\", \"system\": \"PARTY\", \"decidedOn\": \"2026-03-01\"},"
                + " {\"form\": \"HA_BAC_LUONG\", \"system\": \"PARTY\", \"decidedOn\": \"2026-03-01\"}")
                + ", " + String.format(officer, "Đỗ-3", "{\"form\": \"GIANG_CAP_BAC_HAM\", \"system\": \"STATE\", \"decidedOn\": \"2026-03-01\"}")
                + "]}";

        DossierFile file = READER.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "kl.json");

        assertThat(file.dossiers()).extracting(d -> d.officer().id()).containsExactly("Đỗ-3");
        assertThat(file.rejected()).extracting(RejectedOfficer::officerId).containsExactly("Đỗ-1", "Đỗ-2");
        assertThat(file.rejected().get(0).errors()).containsExactly(new FieldError("officers[0].disciplines[0].form",
                "hình thức KHAI_TRU (khai trừ) không có trong kỷ luật hành chính STATE; các hình thức: KHIEN_TRACH,"
                        + " CANH_CAO, HA_BAC_LUONG, GIANG_CAP_BAC_HAM, GIANG_CHUC, CACH_CHUC, TUOC_DANH_HIEU_CAND,"
                        + " BUOC_THOI_VIEC (form not used by this discipline system)"));
        assertThat(file.rejected().get(1).errors()).containsExactly(new FieldError("officers[1].disciplines[1].form",
                "hình thức HA_BAC_LUONG (hạ bậc lương) không có trong kỷ luật Đảng PARTY; các hình thức: KHIEN_TRACH,"
                        + " CANH_CAO, CACH_CHUC, KHAI_TRU (form not used by this discipline system)"));
    }

    @Test
    void read_fieldGivenTwice_rejectsTheRecordAtTheField_neverKeepsOneValueSilently() {
        // a repeated field's first value (a verified sign, a month count) must not be dropped without a word
        String officer = "{\"id\": \"A\", \"unitId\": \"PC08\", \"role\": %s, \"monthsWorked\": 12, \"role\": %s,"
                + " \"tasks\": %s, \"tasks\": %s, \"scores\": {\"general\": 1}}";
        String good = "{\"assigned\": 1, \"completed\": 1, \"onTime\": 1, \"highQuality\": 1}";
        String twice = "{\"assigned\": 1, \"completed\": 1, \"onTime\": 1, \"highQuality\": 1, \"onTime\": 0}";
        String json = "{\"period\": {\"year\": 2026}, \"units\": [{\"id\": \"PC08\"}], \"officers\": ["
                + String.format(officer, "\"HEAD\"", "\"HEAD\"", good, good) + ", "
                + String.format(officer.replace("\"A\"", "\"B\"").replace(", \"tasks\": %s, \"tasks\": %s", ", \"tasks\": %s%s"),
                        "\"STAFF\"", "\"STAFF\"", twice, "") + ", "
                + "{\"id\": \"C\", \"unitId\": \"PC08\", \"role\": \"STAFF\", \"monthsWorked\": 12, \"tasks\": " + good
                + ", \"scores\": {\"general\": 1}}]}";

        DossierFile file = READER.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "dup.json");

        assertThat(file.dossiers()).singleElement().satisfies(d -> assertThat(d.officer().id()).isEqualTo("C"));
        // a nested object's errors come first, the record's own unknown and repeated fields last, as everywhere
        assertThat(file.rejected()).containsExactly(
                new RejectedOfficer(0, "A", "", "PC08", List.of(new FieldError("officers[0].role", TWICE),
                        new FieldError("officers[0].tasks", TWICE))),
                new RejectedOfficer(1, "B", "", "PC08", List.of(new FieldError("officers[1].tasks.onTime", TWICE),
                        new FieldError("officers[1].role", TWICE))));
    }

    @Test
    void read_rejectedRecord_keepsItsNameAndUnitAsWrittenForTheReports() {
        String json = "{\"period\": {\"year\": 2025}, \"units\": [{\"id\": \"PC08\"}], \"officers\": ["
                + "{\"id\": \"CB-7\", \"name\": \"Trần Thị Ánh\", \"unitId\": \"PC08\", \"role\": \"STAFF\","
                + " \"monthsWorked\": 12, \"tasks\": {\"assigned\": 1, \"completed\": 2, \"onTime\": 1, \"highQuality\": 1}},"
                + "{\"id\": \"CB-8\", \"name\": \"Lê Văn Bình\", \"unitId\": \"PC99\", \"role\": \"STAFF\","
                + " \"monthsWorked\": 12, \"tasks\": {\"assigned\": 1, \"completed\": 1, \"onTime\": 1, \"highQuality\": 1}}]}";

        DossierFile file = READER.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "ten.json");

        assertThat(file.rejected()).extracting(RejectedOfficer::officerId, RejectedOfficer::name, RejectedOfficer::unitId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CB-7", "Trần Thị Ánh", "PC08"),
                        org.assertj.core.groups.Tuple.tuple("CB-8", "Lê Văn Bình", "PC99"));
    }

    private static byte[] resource() {
        try (InputStream in = RecordErrorsTest.class.getResourceAsStream("errors-everywhere.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
