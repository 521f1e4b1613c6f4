package org.chuanmuc.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chuanmuc.io.DossierJson.officer;
import static org.chuanmuc.io.DossierJson.read;
import static org.chuanmuc.io.DossierJson.valid2025;
import static org.chuanmuc.io.DossierJson.valid2026;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.chuanmuc.model.DisciplineForm;
import org.chuanmuc.model.DisciplineSystem;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.Scores;
import org.chuanmuc.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DossierReaderTest {

    private static final String REQUIRED = "bắt buộc phải có (required)";

    // ---- valid input ----

    @Test
    void read_validSample_acceptsEveryOfficerWithDefaults() {
        DossierFile file = read(valid2025());

        assertThat(file.period().year()).isEqualTo(2025);
        assertThat(file.units()).containsExactly(
                new Unit("PC08", "Phòng Cảnh sát giao thông", Optional.of(RatingLevel.HOAN_THANH_TOT), false),
                new Unit("PC09", "Phòng Kỹ thuật hình sự", Optional.empty(), true));
        assertThat(file.unitErrors()).isEmpty();
        assertThat(file.rejected()).isEmpty();
        assertThat(file.entries()).extracting(DossierEntry::index).containsExactly(0, 1, 2);

        Officer first = file.dossiers().get(0).officer();
        assertThat(first.name()).isEqualTo("Nguyễn Thị Ánh");
        assertThat(first.group()).contains("Tuần tra, kiểm soát");
        assertThat(first.partyMember()).isTrue();
        assertThat(first.tasks().completed()).isEqualTo(40);
        assertThat(first.signs()).singleElement().satisfies(s -> {
            assertThat(s.code()).isEqualTo("NQ4-DD-03");
            assertThat(s.verified()).isTrue();
            assertThat(s.date()).contains(LocalDate.of(2025, 3, 2));
            assertThat(s.evidence()).isEqualTo("Biên bản 12/BB");
        });
        assertThat(first.disciplines()).singleElement().satisfies(d -> {
            assertThat(d.form()).isEqualTo(DisciplineForm.KHIEN_TRACH);
            assertThat(d.decision()).isEqualTo("123/QĐ-CAT");
        });

        Officer second = file.dossiers().get(1).officer();
        assertThat(second.role()).isEqualTo(Role.DEPUTY_HEAD);
        assertThat(second.partyMember()).as("partyMember defaults to false").isFalse();
        assertThat(second.group()).as("no group: the whole unit is one group").isEmpty();
        assertThat(second.disciplines()).singleElement().satisfies(d -> {
            assertThat(d.system()).isEqualTo(DisciplineSystem.PARTY);
            assertThat(d.relatedToDuties()).as("relatedToDuties defaults to true").isTrue();
        });
        assertThat(second.scores()).isEmpty();

        Dossier third = file.dossiers().get(2);
        assertThat(third.officer().name()).as("name defaults to the id").isEqualTo("CB-0003");
        assertThat(third.unit().outstanding()).isTrue();
        assertThat(third.officer().monthsWorked()).isEqualTo(5);
    }

    @Test
    void read_validSample2026_readsScores() {
        DossierFile file = read(valid2026());

        assertThat(file.rejected()).isEmpty();
        assertThat(file.dossiers()).extracting(d -> d.officer().scores()).containsExactly(
                Optional.of(new Scores(27.5, Optional.empty())),
                Optional.of(new Scores(30, Optional.of(64.2))),
                Optional.of(new Scores(0, Optional.empty())));
    }

    @Test
    void read_monthsWorkedWrittenAsWholeDecimal_acceptsAsInteger() {
        ObjectNode root = valid2025();
        officer(root, 1).put("monthsWorked", 12.0);

        assertThat(read(root).rejected()).isEmpty();
    }

    @Test
    void read_treeOrStream_giveEqualResults() {
        ObjectNode root = valid2025();
        officer(root, 1).put("role", "BOSS");

        DossierFile fromTree = DossierJson.READER.read(root, "test.json");

        assertThat(fromTree).isEqualTo(read(root));
    }

    @Test
    void read_path_readsUtf8File(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("hồ sơ.json");
        Files.write(file, DossierJson.bytes(valid2025()));

        DossierFile read = DossierJson.READER.read(file);

        assertThat(read.source()).isEqualTo(file.toString());
        assertThat(read.dossiers().get(0).officer().name()).isEqualTo("Nguyễn Thị Ánh");
        assertThat(read.units().get(0).name()).isEqualTo("Phòng Cảnh sát giao thông");
    }

    @Test
    void read_unknownTopLevelField_isIgnored() {
        ObjectNode root = valid2025();
        root.put("name", "kịch bản");
        root.putArray("expect").addObject().put("officerId", "CB-0001");

        assertThat(read(root).dossiers()).hasSize(3);
    }

    // ---- one test per validation rule: the path is exact and the other officers stay accepted ----

    @Test
    void read_idMissing_rejectsWithPath() {
        DossierFile file = readChangingSecond(o -> o.remove("id"));

        assertOnlySecondRejected(file, new FieldError("officers[1].id", REQUIRED));
        assertThat(file.rejected().get(0).officerId()).isEmpty();
    }

    @Test
    void read_idBlank_rejectsWithPath() {
        assertOnlySecondRejected(readChangingSecond(o -> o.put("id", "  ")),
                new FieldError("officers[1].id", "không được để trống (must not be blank)"));
    }

    @Test
    void read_idNotString_rejectsWithPath() {
        assertOnlySecondRejected(readChangingSecond(o -> o.put("id", 2)),
                new FieldError("officers[1].id", "phải là chuỗi (must be a string)"));
    }

    @Test
    void read_duplicateOfficerId_rejectsTheLaterRecord() {
        DossierFile file = readChangingSecond(o -> o.put("id", "CB-0001"));

        assertOnlySecondRejected(file, new FieldError("officers[1].id",
                "trùng mã cán bộ \"CB-0001\" với officers[0] (duplicate officer id)"));
        assertThat(file.rejected().get(0).officerId()).isEqualTo("CB-0001");
    }

    @Test
    void read_unitIdMissing_rejectsWithPath() {
        assertOnlySecondRejected(readChangingSecond(o -> o.remove("unitId")),
                new FieldError("officers[1].unitId", REQUIRED));
    }

    @Test
    void read_unitIdNamingNoUnit_rejectsWithPath() {
        assertOnlySecondRejected(readChangingSecond(o -> o.put("unitId", "PX99")),
                new FieldError("officers[1].unitId", "không có đơn vị \"PX99\" trong units (no such unit)"));
    }

    @Test
    void read_unitWithBadRating_rejectsItsOfficersNamingTheUnit() {
        ObjectNode root = valid2025();
        ((ObjectNode) root.withArray("units").get(0)).put("rating", "TOT");

        DossierFile file = read(root);

        FieldError unitError = new FieldError("units[0].rating", "giá trị không hợp lệ \"TOT\", chỉ nhận: "
                + "HOAN_THANH_XUAT_SAC, HOAN_THANH_TOT, HOAN_THANH, KHONG_HOAN_THANH (unknown value; allowed: "
                + "HOAN_THANH_XUAT_SAC, HOAN_THANH_TOT, HOAN_THANH, KHONG_HOAN_THANH)");
        assertThat(file.unitErrors()).containsExactly(unitError);
        assertThat(file.units()).extracting(Unit::id).containsExactly("PC09");
        assertThat(file.rejected()).extracting(RejectedOfficer::index).containsExactly(0, 1);
        assertThat(file.rejected().get(1).errors()).containsExactly(
                new FieldError("officers[1].unitId", "đơn vị \"PC08\" có lỗi, xem units[0] (the unit has errors)"),
                unitError);
        assertThat(file.dossiers()).extracting(d -> d.officer().id()).containsExactly("CB-0003");
    }

    @Test
    void read_duplicateUnitId_rejectsOfficersOfThatUnit() {
        ObjectNode root = valid2025();
        root.withArray("units").addObject().put("id", "PC08").put("name", "Phòng khác");

        DossierFile file = read(root);

        FieldError duplicate = new FieldError("units[2].id", "trùng mã đơn vị \"PC08\" với units[0] (duplicate unit id)");
        assertThat(file.unitErrors()).containsExactly(duplicate);
        assertThat(file.rejected().get(0).errors()).containsExactly(
                new FieldError("officers[0].unitId",
                        "đơn vị \"PC08\" có lỗi, xem units[0], units[2] (the unit has errors)"),
                duplicate);
        assertThat(file.dossiers()).extracting(d -> d.officer().id()).containsExactly("CB-0003");
    }

    @Test
    void read_unitWithoutId_reportsItAndKeepsOfficers() {
        ObjectNode root = valid2025();
        root.withArray("units").addObject().put("name", "Không mã");

        DossierFile file = read(root);

        assertThat(file.unitErrors()).containsExactly(new FieldError("units[2].id", REQUIRED));
        assertThat(file.dossiers()).hasSize(3);
    }

    @Test
    void read_unitIdBlank_reportsIt() {
        ObjectNode root = valid2025();
        root.withArray("units").addObject().put("id", "");

        assertThat(read(root).unitErrors()).containsExactly(
                new FieldError("units[2].id", "không được để trống (must not be blank)"));
    }

    @Test
    void read_groupBlank_rejectsWithPath() {
        assertOnlySecondRejected(readChangingSecond(o -> o.put("group", " \t")),
                new FieldError("officers[1].group", "không được để trống; bỏ trường này nếu cả đơn vị là một nhóm"
                        + " (must not be blank; leave it out when the whole unit is one group)"));
    }

    @Test
    void read_groupTypedDifferently_isOneGroup() {
        String composed = "Điều tra";
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);

        for (String typed : List.of(decomposed, " Điều tra ", "Điều \t tra", decomposed + "  ")) {
            DossierFile file = readChangingSecond(o -> o.put("group", typed));
            assertThat(file.dossiers().get(1).officer().group()).as(typed).contains(composed);
        }
    }

    @Test
    void read_groupEmptyString_rejectsWithPath() {
        assertOnlySecondRejected(readChangingSecond(o -> o.put("group", "")),
                new FieldError("officers[1].group", "không được để trống; bỏ trường này nếu cả đơn vị là một nhóm"
                        + " (must not be blank; leave it out when the whole unit is one group)"));
    }

    @Test
    void read_groupNotString_rejectsWithPath() {
        assertOnlySecondRejected(readChangingSecond(o -> o.put("group", 3)),
                new FieldError("officers[1].group", "phải là chuỗi (must be a string)"));
        assertOnlySecondRejected(readChangingSecond(o -> o.putArray("group").add("Điều tra")),
                new FieldError("officers[1].group", "phải là chuỗi (must be a string)"));
        assertOnlySecondRejected(readChangingSecond(o -> o.putNull("group")),
                new FieldError("officers[1].group", "phải là chuỗi (must be a string)"));
    }

    @Test
    void read_groupOfFourthOfficer_rejectsOnlyThatOfficerOnBothReadingPaths() {
        ObjectNode root = valid2025();
        ObjectNode fourth = officer(root, 0).deepCopy().put("id", "CB-0004").put("group", "   ");
        root.withArray("officers").add(fourth);
        FieldError expected = new FieldError("officers[3].group", "không được để trống; bỏ trường này nếu cả đơn vị"
                + " là một nhóm (must not be blank; leave it out when the whole unit is one group)");

        for (DossierFile file : List.of(read(root), DossierJson.READER.read(root, "tree.json"))) {
            assertThat(file.rejected()).singleElement().satisfies(r -> {
                assertThat(r.officerId()).isEqualTo("CB-0004");
                assertThat(r.errors()).containsExactly(expected);
            });
            assertThat(file.dossiers()).extracting(d -> d.officer().group().orElse("")).containsExactly(
                    "Tuần tra, kiểm soát", "", "");
        }
    }

    @Test
    void read_groupWithDiacritics_isKeptExactlyOnBothReadingPaths() {
        ObjectNode root = valid2025();
        officer(root, 2).put("group", "Hành chính, tổng hợp");

        DossierFile streamed = read(root);

        assertThat(streamed.rejected()).isEmpty();
        assertThat(streamed.dossiers().get(2).officer().group()).contains("Hành chính, tổng hợp");
        assertThat(DossierJson.READER.read(root, "test.json")).isEqualTo(streamed);
    }

    @Test
    void read_roleUnknown_namesAllowedValues() {
        assertOnlySecondRejected(readChangingSecond(o -> o.put("role", "BOSS")),
                new FieldError("officers[1].role", "giá trị không hợp lệ \"BOSS\", chỉ nhận: STAFF, DEPUTY_HEAD, "
                        + "HEAD (unknown value; allowed: STAFF, DEPUTY_HEAD, HEAD)"));
    }

    @Test
    void read_roleMissing_rejectsWithPath() {
        assertOnlySecondRejected(readChangingSecond(o -> o.remove("role")),
                new FieldError("officers[1].role", REQUIRED));
    }

    @Test
    void read_partyMemberNotBoolean_rejectsWithPath() {
        assertOnlySecondRejected(readChangingSecond(o -> o.put("partyMember", "có")),
                new FieldError("officers[1].partyMember", "phải là true hoặc false (must be a boolean)"));
    }

    @Test
    void read_partyMemberNull_rejectsAsWrongType() {
        assertOnlySecondRejected(readChangingSecond(o -> o.putNull("partyMember")),
                new FieldError("officers[1].partyMember", "phải là true hoặc false (must be a boolean)"));
    }

    @Test
    void read_monthsWorkedAbove12_rejectsWithPath() {
        assertOnlySecondRejected(readChangingSecond(o -> o.put("monthsWorked", 13)),
                new FieldError("officers[1].monthsWorked", "phải từ 0 đến 12, nhận được 13 (must be 0–12)"));
    }

    @Test
    void read_monthsWorkedNegative_rejectsWithPath() {
        assertOnlySecondRejected(readChangingSecond(o -> o.put("monthsWorked", -1)),
                new FieldError("officers[1].monthsWorked", "phải từ 0 đến 12, nhận được -1 (must be 0–12)"));
    }

    @Test
    void read_monthsWorkedAsString_rejectsAsWrongType() {
        assertOnlySecondRejected(readChangingSecond(o -> o.put("monthsWorked", "12")),
                new FieldError("officers[1].monthsWorked", "phải là số nguyên (must be an integer)"));
    }

    @Test
    void read_monthsWorkedFraction_rejectsAsWrongType() {
        assertOnlySecondRejected(readChangingSecond(o -> o.put("monthsWorked", 6.5)),
                new FieldError("officers[1].monthsWorked", "phải là số nguyên (must be an integer)"));
    }

    @Test
    void read_monthsWorkedMissing_rejectsWithPath() {
        assertOnlySecondRejected(readChangingSecond(o -> o.remove("monthsWorked")),
                new FieldError("officers[1].monthsWorked", REQUIRED));
    }

    @Test
    void read_tasksMissing_rejectsWithPath() {
        assertOnlySecondRejected(readChangingSecond(o -> o.remove("tasks")),
                new FieldError("officers[1].tasks", REQUIRED));
    }

    @Test
    void read_completedAboveAssigned_rejectsWithPath() {
        assertOnlySecondRejected(readChangingSecond(o -> tasks(o).put("completed", 41)),
                new FieldError("officers[1].tasks.completed", "phải ≤ assigned (40) (must be ≤ assigned)"));
    }

    @Test
    void read_onTimeAboveCompleted_rejectsWithPath() {
        assertOnlySecondRejected(readChangingSecond(o -> tasks(o).put("completed", 35)),
                new FieldError("officers[1].tasks.onTime", "phải ≤ completed (35) (must be ≤ completed)"));
    }

    @Test
    void read_highQualityAboveCompleted_rejectsWithPath() {
        assertOnlySecondRejected(readChangingSecond(o -> tasks(o).put("completed", 38).put("highQuality", 39)),
                new FieldError("officers[1].tasks.highQuality", "phải ≤ completed (38) (must be ≤ completed)"));
    }

    @Test
    void read_onTimeAboveAssignedWhenCompletedIsToo_namesAssigned() {
        assertOnlySecondRejected(readChangingSecond(o -> tasks(o).put("completed", 45).put("onTime", 41)),
                new FieldError("officers[1].tasks.completed", "phải ≤ assigned (40) (must be ≤ assigned)"),
                new FieldError("officers[1].tasks.onTime", "phải ≤ assigned (40) (must be ≤ assigned)"));
    }

    @Test
    void read_taskCountNegative_rejectsWithPath() {
        assertOnlySecondRejected(readChangingSecond(o -> tasks(o).put("assigned", -1)),
                new FieldError("officers[1].tasks.assigned", "phải ≥ 0, nhận được -1 (must be ≥ 0)"));
    }

    @Test
    void read_taskCountMissing_rejectsWithPath() {
        assertOnlySecondRejected(readChangingSecond(o -> tasks(o).remove("highQuality")),
                new FieldError("officers[1].tasks.highQuality", REQUIRED));
    }

    @Test
    void read_generalScoreMissingFrom2026_rejectsWithPath() {
        ObjectNode root = valid2026();
        officer(root, 1).remove("scores");

        assertOnlySecondRejected(read(root), new FieldError("officers[1].scores.general",
                "bắt buộc từ năm 2026 theo Nghị định 335/2025/NĐ-CP, kỳ đánh giá là 2026 (required from 2026 on)"));
    }

    @Test
    void read_scoresWithoutGeneral_rejectsWithPath() {
        assertOnlySecondRejected(readChangingSecond(o -> o.putObject("scores").put("tasks", 50)),
                new FieldError("officers[1].scores.general", REQUIRED));
    }

    @Test
    void read_generalScoreAbove30_rejectsWithPath() {
        ObjectNode root = valid2026();
        ((ObjectNode) officer(root, 1).get("scores")).put("general", 30.5);

        assertOnlySecondRejected(read(root), new FieldError("officers[1].scores.general",
                "phải từ 0 đến 30, nhận được 30.5 (must be 0–30)"));
    }

    @Test
    void read_taskScoreAbove70_rejectsWithPath() {
        ObjectNode root = valid2026();
        ((ObjectNode) officer(root, 1).get("scores")).put("tasks", 70.25);

        assertOnlySecondRejected(read(root), new FieldError("officers[1].scores.tasks",
                "phải từ 0 đến 70, nhận được 70.25 (must be 0–70)"));
    }

    @Test
    void read_generalScoreAsString_rejectsAsWrongType() {
        assertOnlySecondRejected(readChangingSecond(o -> o.putObject("scores").put("general", "27")),
                new FieldError("officers[1].scores.general", "phải là số (must be a number)"));
    }

    @Test
    void read_signCodeUnknown_rejectsWithPath() {
        assertOnlySecondRejected(readChangingSecond(o -> element(o, "signs", 2).put("code", "NQ4-DD-10")),
                new FieldError("officers[1].signs[2].code",
                        "mã biểu hiện \"NQ4-DD-10\" không có trong danh mục tiêu chí (unknown sign code)"));
    }

    /*
     * A code the catalogue holds in another case or with spaces around it: Assessor, given such a dossier built in
     * code, asks whether the catalogue's code was meant; the reader, which meets it far more often (a file typed by
     * hand), said only that the code is unknown.
     */
    @Test
    void read_signCodeInAnotherCaseOrWithSpaces_rejectsAskingWhetherTheCatalogueCodeWasMeant() {
        assertOnlySecondRejected(readChangingSecond(o -> element(o, "signs", 2).put("code", "nq4-dd-05 ")),
                new FieldError("officers[1].signs[2].code", "mã biểu hiện \"nq4-dd-05 \" không có trong danh mục tiêu"
                        + " chí (unknown sign code); có phải \"NQ4-DD-05\"? (did you mean it?)"));
    }

    @Test
    void read_signCodeUnknownWithoutCatalogue_accepts() {
        ObjectNode root = valid2025();
        element(officer(root, 1), "signs", 2).put("code", "TINH-01");

        DossierFile file = DossierReader.withKnownSigns(Set.of()).read(root, "test.json");

        assertThat(file.rejected()).isEmpty();
        assertThat(file.dossiers().get(1).officer().signs().get(2).code()).isEqualTo("TINH-01");
    }

    @Test
    void read_signVerifiedMissing_rejectsWithPath() {
        assertOnlySecondRejected(readChangingSecond(o -> element(o, "signs", 0).remove("verified")),
                new FieldError("officers[1].signs[0].verified", REQUIRED));
    }

    @Test
    void read_signDateNotIso_rejectsWithPath() {
        assertOnlySecondRejected(readChangingSecond(o -> element(o, "signs", 1).put("date", "01/06/2025")),
                new FieldError("officers[1].signs[1].date",
                        "phải là ngày dạng yyyy-MM-dd, nhận được \"01/06/2025\" (must be an ISO date yyyy-MM-dd)"));
    }

    @Test
    void read_signNotObject_rejectsWithElementPath() {
        assertOnlySecondRejected(readChangingSecond(o -> ((ArrayNode) o.get("signs")).set(1, "NQ4-DD-05")),
                new FieldError("officers[1].signs[1]", "phải là đối tượng {…} (must be an object)"));
    }

    @Test
    void read_signsNotArray_rejectsWithPath() {
        assertOnlySecondRejected(readChangingSecond(o -> o.putObject("signs")),
                new FieldError("officers[1].signs", "phải là mảng […] (must be an array)"));
    }

    @Test
    void read_disciplineFormUnknown_namesAllowedValues() {
        assertOnlySecondRejected(readChangingSecond(o -> element(o, "disciplines", 0).put("form", "PHAT_TIEN")),
                new FieldError("officers[1].disciplines[0].form", "giá trị không hợp lệ \"PHAT_TIEN\", chỉ nhận: "
                        + "KHIEN_TRACH, CANH_CAO, HA_BAC_LUONG, GIANG_CAP_BAC_HAM, GIANG_CHUC, CACH_CHUC, "
                        + "TUOC_DANH_HIEU_CAND, BUOC_THOI_VIEC, KHAI_TRU (unknown value; allowed: KHIEN_TRACH, "
                        + "CANH_CAO, HA_BAC_LUONG, GIANG_CAP_BAC_HAM, GIANG_CHUC, CACH_CHUC, TUOC_DANH_HIEU_CAND, "
                        + "BUOC_THOI_VIEC, KHAI_TRU)"));
    }

    @Test
    void read_disciplineSystemUnknown_namesAllowedValues() {
        assertOnlySecondRejected(readChangingSecond(o -> element(o, "disciplines", 0).put("system", "ARMY")),
                new FieldError("officers[1].disciplines[0].system",
                        "giá trị không hợp lệ \"ARMY\", chỉ nhận: STATE, PARTY (unknown value; allowed: STATE, PARTY)"));
    }

    @Test
    void read_disciplineDateThatDoesNotExist_rejectsWithPath() {
        assertOnlySecondRejected(readChangingSecond(o -> element(o, "disciplines", 0).put("decidedOn", "2025-02-30")),
                new FieldError("officers[1].disciplines[0].decidedOn",
                        "phải là ngày dạng yyyy-MM-dd, nhận được \"2025-02-30\" (must be an ISO date yyyy-MM-dd)"));
    }

    @Test
    void read_disciplineDateMissing_rejectsWithPath() {
        assertOnlySecondRejected(readChangingSecond(o -> element(o, "disciplines", 0).remove("decidedOn")),
                new FieldError("officers[1].disciplines[0].decidedOn", REQUIRED));
    }

    @Test
    void read_relatedToDutiesFalse_isKept() {
        ObjectNode root = valid2025();
        element(officer(root, 1), "disciplines", 0).put("relatedToDuties", false);

        assertThat(read(root).dossiers().get(1).officer().disciplines().get(0).relatedToDuties()).isFalse();
    }

    @Test
    void read_relatedToDutiesNotBoolean_rejectsWithPath() {
        assertOnlySecondRejected(
                readChangingSecond(o -> element(o, "disciplines", 0).put("relatedToDuties", "không")),
                new FieldError("officers[1].disciplines[0].relatedToDuties",
                        "phải là true hoặc false (must be a boolean)"));
    }

    @Test
    void read_feedbackKindUnknown_namesAllowedValues() {
        assertOnlySecondRejected(readChangingSecond(o -> element(o, "citizenFeedback", 0).put("kind", "THANKS")),
                new FieldError("officers[1].citizenFeedback[0].kind", "giá trị không hợp lệ \"THANKS\", chỉ nhận: "
                        + "COMPLAINT, PRAISE (unknown value; allowed: COMPLAINT, PRAISE)"));
    }

    @Test
    void read_feedbackDateMissing_rejectsWithPath() {
        assertOnlySecondRejected(readChangingSecond(o -> element(o, "citizenFeedback", 0).remove("date")),
                new FieldError("officers[1].citizenFeedback[0].date", REQUIRED));
    }

    @Test
    void read_styleEvaluationMetMissing_rejectsWithPath() {
        assertOnlySecondRejected(readChangingSecond(o -> element(o, "styleEvaluations", 0).remove("met")),
                new FieldError("officers[1].styleEvaluations[0].met", REQUIRED));
    }

    @Test
    void read_historyOfTheAssessedYearOrLater_rejectsWithPath() {
        for (int year : new int[] {2025, 2030}) {
            DossierFile file = readChangingSecond(o -> element(o, "history", 0).put("year", year));
            assertThat(file.rejected()).singleElement().satisfies(r -> assertThat(r.errors())
                    .singleElement().satisfies(e -> {
                        assertThat(e.path()).isEqualTo("officers[1].history[0].year");
                        assertThat(e.message()).contains("2024");
                    }));
        }
    }

    @Test
    void read_historyRatingUnknown_rejectsWithPath() {
        assertOnlySecondRejected(readChangingSecond(o -> element(o, "history", 0).put("rating", "TOT")),
                new FieldError("officers[1].history[0].rating", "giá trị không hợp lệ \"TOT\", chỉ nhận: "
                        + "HOAN_THANH_XUAT_SAC, HOAN_THANH_TOT, HOAN_THANH, KHONG_HOAN_THANH (unknown value; "
                        + "allowed: HOAN_THANH_XUAT_SAC, HOAN_THANH_TOT, HOAN_THANH, KHONG_HOAN_THANH)"));
    }

    @Test
    void read_unknownField_rejectsSoTyposCannotTakeDefaults() {
        assertOnlySecondRejected(readChangingSecond(o -> o.put("partymember", true)),
                new FieldError("officers[1].partymember", "trường không có trong định dạng (unknown field)"));
    }

    @Test
    void read_unknownNestedField_rejectsWithPath() {
        assertOnlySecondRejected(readChangingSecond(o -> tasks(o).put("late", 2)),
                new FieldError("officers[1].tasks.late", "trường không có trong định dạng (unknown field)"));
    }

    @Test
    void read_officerNotObject_rejectsWithIndexPath() {
        ObjectNode root = valid2025();
        root.withArray("officers").set(1, "CB-0002");

        DossierFile file = read(root);

        assertOnlySecondRejected(file, new FieldError("officers[1]", "phải là đối tượng {…} (must be an object)"));
        assertThat(file.rejected().get(0).officerId()).isEmpty();
    }

    @Test
    void read_recordWithSeveralErrors_reportsEveryOneInFieldOrder() {
        DossierFile file = readChangingSecond(o -> {
            o.put("role", "BOSS");
            o.put("monthsWorked", 13);
            tasks(o).put("completed", 41);
            element(o, "signs", 0).put("code", "X");
            o.put("extra", 1);
        });

        assertThat(file.rejected()).singleElement().satisfies(r -> {
            assertThat(r.officerId()).isEqualTo("CB-0002");
            assertThat(r.errors()).extracting(FieldError::path).containsExactly(
                    "officers[1].role", "officers[1].monthsWorked", "officers[1].tasks.completed",
                    "officers[1].signs[0].code", "officers[1].extra");
        });
        assertThat(file.dossiers()).hasSize(2);
    }

    // ---- whole-file errors: DossierFormatException with line and column ----

    @Test
    void read_notJson_throwsWithLineAndColumn() {
        String json = "{\n  \"period\": {\"year\": 2025},\n  \"units\": [,]\n}";

        assertThatThrownBy(() -> read(json))
                .isInstanceOfSatisfying(DossierFormatException.class, e -> {
                    assertThat(e.source()).isEqualTo("test.json");
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(13);
                    assertThat(e.reason()).startsWith("không phải JSON hợp lệ: ").endsWith(" (not valid JSON)");
                    assertThat(e.getMessage()).startsWith("test.json:3:13: ");
                });
    }

    @Test
    void read_truncatedFile_throwsFormatExceptionNotJacksonException() {
        String json = "{\"period\": {\"year\": 2025}, \"units\": [], \"officers\": [ {\"id\": \"A\"";

        assertThatThrownBy(() -> read(json)).isInstanceOfSatisfying(DossierFormatException.class,
                e -> assertThat(e.line()).isEqualTo(1));
    }

    @Test
    void read_missingPeriod_throwsWithLineAndColumn() {
        assertThatThrownBy(() -> read("\n  {\"units\": [], \"officers\": []}"))
                .isInstanceOfSatisfying(DossierFormatException.class, e -> {
                    assertThat(e.reason()).isEqualTo("thiếu \"period\" (missing period)");
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(3);
                });
    }

    @Test
    void read_periodYearOutOfRange_throwsAtTheYear() {
        assertThatThrownBy(() -> read("{\n\"period\": {\"year\": 2022},\n\"units\": [], \"officers\": []}"))
                .isInstanceOfSatisfying(DossierFormatException.class, e -> {
                    assertThat(e.reason()).isEqualTo("period.year: phải từ 2023 đến 2100, nhận được 2022 "
                            + "(must be 2023–2100); các năm trước 2023 theo văn bản khác, bộ quy tắc không có"
                            + " (earlier years were rated under texts these rules do not state)");
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(20);
                });
    }

    @Test
    void read_periodYearAsString_throws() {
        assertThatThrownBy(() -> read("{\"period\": {\"year\": \"2025\"}, \"units\": [], \"officers\": []}"))
                .isInstanceOfSatisfying(DossierFormatException.class, e -> assertThat(e.reason())
                        .isEqualTo("period.year: bắt buộc, số nguyên từ 2023 đến 2100 (required: an integer 2023–2100)"));
    }

    @Test
    void read_periodWithoutYear_throws() {
        assertThatThrownBy(() -> read("{\"period\": {}, \"units\": [], \"officers\": []}"))
                .isInstanceOfSatisfying(DossierFormatException.class, e -> {
                    assertThat(e.reason()).startsWith("period.year: ");
                    assertThat(e.column()).isEqualTo(12);
                });
    }

    @Test
    void read_unitsMissing_throws() {
        assertThatThrownBy(() -> read("{\"period\": {\"year\": 2025}, \"officers\": []}"))
                .isInstanceOfSatisfying(DossierFormatException.class,
                        e -> assertThat(e.reason()).isEqualTo("thiếu \"units\" (missing units)"));
    }

    @Test
    void read_officersNotArray_throws() {
        assertThatThrownBy(() -> read("{\"period\": {\"year\": 2025}, \"units\": [], \"officers\": {}}"))
                .isInstanceOfSatisfying(DossierFormatException.class,
                        e -> assertThat(e.reason()).isEqualTo("officers: phải là mảng […] (must be an array)"));
    }

    @Test
    void read_rootNotObject_throws() {
        assertThatThrownBy(() -> read("[1, 2]"))
                .isInstanceOfSatisfying(DossierFormatException.class, e -> {
                    assertThat(e.reason()).endsWith("(the file must be a JSON object)");
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.column()).isEqualTo(1);
                });
    }

    @Test
    void read_emptyInput_throws() {
        assertThatThrownBy(() -> read("  "))
                .isInstanceOfSatisfying(DossierFormatException.class,
                        e -> assertThat(e.reason()).isEqualTo("tệp rỗng (empty input)"));
    }

    @Test
    void read_secondDocumentAfterRoot_throws() {
        assertThatThrownBy(() -> read("{\"period\": {\"year\": 2025}, \"units\": [], \"officers\": []}\n{}"))
                .isInstanceOfSatisfying(DossierFormatException.class, e -> {
                    assertThat(e.reason()).isEqualTo(
                            "có nội dung thừa sau đối tượng JSON (content after the end of the JSON object)");
                    assertThat(e.line()).isEqualTo(2);
                });
    }

    @Test
    void read_periodTwice_throws() {
        assertThatThrownBy(() -> read("{\"period\": {\"year\": 2025}, \"period\": {\"year\": 2026}, "
                + "\"units\": [], \"officers\": []}"))
                .isInstanceOfSatisfying(DossierFormatException.class, e ->
                        assertThat(e.reason()).isEqualTo("\"period\" xuất hiện hai lần (period given twice)"));
    }

    @Test
    void read_treeWithoutPeriod_throwsWithUnknownPosition() {
        ObjectNode root = valid2025();
        root.remove("period");

        assertThatThrownBy(() -> DossierJson.READER.read(root, "tree"))
                .isInstanceOfSatisfying(DossierFormatException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("tree: thiếu \"period\" (missing period)");
                });
    }

    @Test
    void read_streamOfCaller_isNotClosed() {
        boolean[] closed = {false};
        ByteArrayInputStream in = new ByteArrayInputStream(DossierJson.bytes(valid2025())) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        DossierJson.READER.read(in, "stdin");

        assertThat(closed[0]).isFalse();
    }

    @Test
    void read_utf8Diacritics_arePreservedExactly() {
        String json = "{\"period\": {\"year\": 2025}, \"units\": [{\"id\": \"ĐV-Ánh\", \"name\": \"Đội Ánh Dương\"}],"
                + " \"officers\": [{\"id\": \"CB-Ứ\", \"name\": \"Nguyễn Thị Ánh\", \"unitId\": \"ĐV-Ánh\","
                + " \"role\": \"STAFF\", \"monthsWorked\": 12,"
                + " \"tasks\": {\"assigned\": 1, \"completed\": 1, \"onTime\": 1, \"highQuality\": 1}}]}";

        DossierFile file = DossierJson.READER.read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "utf8.json");

        Officer officer = file.dossiers().get(0).officer();
        assertThat(officer.name()).isEqualTo("Nguyễn Thị Ánh");
        assertThat(officer.id()).isEqualTo("CB-Ứ");
        assertThat(file.dossiers().get(0).unit().name()).isEqualTo("Đội Ánh Dương");
    }

    // ---- helpers ----

    private static DossierFile readChangingSecond(Consumer<ObjectNode> change) {
        ObjectNode root = valid2025();
        change.accept(officer(root, 1));
        return read(root);
    }

    private static ObjectNode tasks(ObjectNode officer) {
        return (ObjectNode) officer.get("tasks");
    }

    private static ObjectNode element(ObjectNode officer, String array, int i) {
        return (ObjectNode) officer.get(array).get(i);
    }

    /** The second of the three officers is rejected with exactly these errors; the others are accepted. */
    private static void assertOnlySecondRejected(DossierFile file, FieldError... errors) {
        assertThat(file.entries()).hasSize(3);
        assertThat(file.entries()).extracting(DossierEntry::index).containsExactly(0, 1, 2);
        assertThat(file.entries().get(0)).isInstanceOf(DossierEntry.Accepted.class);
        assertThat(file.entries().get(2)).isInstanceOf(DossierEntry.Accepted.class);
        assertThat(file.entries().get(1)).isInstanceOfSatisfying(DossierEntry.Rejected.class,
                r -> assertThat(r.officer().errors()).containsExactly(errors));
        assertThat(file.rejected()).extracting(RejectedOfficer::index).containsExactly(1);
        assertThat(file.dossiers()).extracting(d -> d.officer().id()).doesNotContainNull().hasSize(2);
        List<String> acceptedIds = file.dossiers().stream().map(d -> d.officer().id()).toList();
        assertThat(acceptedIds).containsExactly("CB-0001", "CB-0003");
    }
}
