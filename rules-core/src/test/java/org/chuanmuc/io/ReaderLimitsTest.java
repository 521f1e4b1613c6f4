package org.chuanmuc.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.chuanmuc.io.DossierJson.READER;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * formats.md, "Limits": a value of a record over the reader's limits rejects that record, at the value's path, and
 * the other records are read as usual, by {@code read} and by {@code open} alike; only a value beyond the parser's
 * own caps refuses the file, and says so (it is valid JSON). Each input is three officers of unit A, the second with
 * one value added or changed.
 */
class ReaderLimitsTest {
    private static final String NUMBER_TOO_LONG = "số quá dài: 1001 ký tự, tối đa 1000"
            + " (number too long: at most 1000 characters)";
    private static final String NESTED_TOO_DEEP = "lồng nhau quá sâu: 1103 tầng mảng, đối tượng tính từ gốc tệp,"
            + " tối đa 1000 (nested too deep: at most 1000 levels)";
    private static final String NAME_TOO_LONG = "tên trường quá dài: 60000 ký tự, tối đa 1000; bắt đầu bằng \""
            + "x".repeat(40) + "…\" (field name too long: at most 1000 characters)";
    private static final String TEXT_TOO_LONG = "chuỗi quá dài: 21000000 ký tự, tối đa 1000000"
            + " (string too long: at most 1000000 characters)";

    /** The four oversized values of the defect: valid JSON, which Jackson's default limits refused whole. */
    private static final String LONG_NUMBER = "\"monthsWorked\": " + "9".repeat(1001) + ",";
    private static final String DEEP_ARRAYS = "\"monthsWorked\": 12, \"signs\": " + "[".repeat(1100)
            + "]".repeat(1100) + ",";
    private static final String LONG_FIELD_NAME = "\"monthsWorked\": 12, \"" + "x".repeat(60_000) + "\": 1,";

    private static String longName() { // 21 MB: built when a test needs it, not kept
        return "\"monthsWorked\": 12, \"name\": \"" + "x".repeat(21_000_000) + "\",";
    }

    private static String json(String secondOfficer) {
        return json(secondOfficer, "4");
    }

    /** @param highQuality the second officer's tasks.highQuality, as written */
    private static String json(String secondOfficer, String highQuality) {
        return """
                {"period": {"year": 2025},
                 "units": [{"id": "A"}],
                 "officers": [
                   {"id": "1", "unitId": "A", "role": "STAFF", "monthsWorked": 12,
                    "tasks": {"assigned": 4, "completed": 4, "onTime": 4, "highQuality": 4}},
                   {"id": "2", "unitId": "A", "role": "STAFF", %s
                    "tasks": {"assigned": 4, "completed": 4, "onTime": 4, "highQuality": %s}},
                   {"id": "3", "unitId": "A", "role": "STAFF", "monthsWorked": 12,
                    "tasks": {"assigned": 4, "completed": 4, "onTime": 4, "highQuality": 4}}
                 ]}
                """.formatted(secondOfficer, highQuality);
    }

    private static ByteArrayInputStream input(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads the whole input with {@link DossierReader#read(java.io.InputStream, String)}. */
    private static List<DossierEntry> read(String json) {
        return READER.read(input(json), "t.json").entries();
    }

    /** Reads the input in batches with {@link DossierReader#open(java.io.InputStream, String)}. */
    private static List<DossierEntry> streamed(String json) {
        List<DossierEntry> entries = new ArrayList<>();
        try (DossierStream in = READER.open(input(json), "t.json")) {
            for (DossierBatch batch : in) {
                entries.addAll(batch.entries());
            }
        }
        return entries;
    }

    /** Officers 1 and 3 accepted, officer 2 rejected with exactly {@code errors}, in input order. */
    private static void onlyTheSecondRejected(List<DossierEntry> entries, FieldError... errors) {
        assertThat(entries).extracting(DossierEntry::index).containsExactly(0, 1, 2);
        assertThat(entries).extracting(DossierEntry::officerId).containsExactly("1", "2", "3");
        assertThat(DossierEntries.dossiers(entries)).extracting(d -> d.officer().id()).containsExactly("1", "3");
        assertThat(DossierEntries.rejected(entries)).singleElement()
                .satisfies(r -> assertThat(r.errors()).containsExactly(errors));
    }

    // ---- the four oversized values, read whole and in batches ----

    @Test
    void read_numberOf1001Characters_rejectsOnlyThatOfficerAtTheNumber() {
        onlyTheSecondRejected(read(json(LONG_NUMBER)), new FieldError("officers[1].monthsWorked", NUMBER_TOO_LONG));
    }

    @Test
    void open_numberOf1001Characters_rejectsOnlyThatOfficerAtTheNumber() {
        onlyTheSecondRejected(streamed(json(LONG_NUMBER)),
                new FieldError("officers[1].monthsWorked", NUMBER_TOO_LONG));
    }

    @Test
    void read_arraysNested1100Deep_rejectsOnlyThatOfficerAtTheNestedValue() {
        onlyTheSecondRejected(read(json(DEEP_ARRAYS)), new FieldError("officers[1].signs[0]", NESTED_TOO_DEEP));
    }

    @Test
    void open_arraysNested1100Deep_rejectsOnlyThatOfficerAtTheNestedValue() {
        onlyTheSecondRejected(streamed(json(DEEP_ARRAYS)), new FieldError("officers[1].signs[0]", NESTED_TOO_DEEP));
    }

    @Test
    void read_fieldNameOf60000Characters_rejectsOnlyThatOfficerAtTheRecord() {
        onlyTheSecondRejected(read(json(LONG_FIELD_NAME)), new FieldError("officers[1]", NAME_TOO_LONG));
    }

    @Test
    void open_fieldNameOf60000Characters_rejectsOnlyThatOfficerAtTheRecord() {
        onlyTheSecondRejected(streamed(json(LONG_FIELD_NAME)), new FieldError("officers[1]", NAME_TOO_LONG));
    }

    @Test
    void read_nameOf21MillionCharacters_rejectsOnlyThatOfficerWithoutCarryingTheName() {
        List<DossierEntry> entries = read(json(longName()));

        onlyTheSecondRejected(entries, new FieldError("officers[1].name", TEXT_TOO_LONG));
        assertThat(DossierEntries.rejected(entries).get(0).name()).as("the name is not kept for the reports").isEmpty();
    }

    @Test
    void open_nameOf21MillionCharacters_rejectsOnlyThatOfficerWithoutCarryingTheName() {
        List<DossierEntry> entries = streamed(json(longName()));

        onlyTheSecondRejected(entries, new FieldError("officers[1].name", TEXT_TOO_LONG));
        assertThat(DossierEntries.rejected(entries).get(0).name()).isEmpty();
    }

    @Test
    void open_officersBeforePeriodAndUnits_rejectsTheOversizedRecordAlike() {
        // the officers are kept until period and units are read, then checked: the same entries
        String json = json(LONG_NUMBER).replace("{\"period\": {\"year\": 2025},\n \"units\": [{\"id\": \"A\"}],\n", "{")
                .replace(" ]}\n", " ], \"period\": {\"year\": 2025}, \"units\": [{\"id\": \"A\"}]}\n");
        assertThat(json).startsWith("{ \"officers\"").contains("\"units\": [{\"id\": \"A\"}]}");

        onlyTheSecondRejected(streamed(json), new FieldError("officers[1].monthsWorked", NUMBER_TOO_LONG));
    }

    // ---- where the limits stop: one character or level less is read as any value ----

    @Test
    void read_numberOf1000Characters_isReadAsItsValue() {
        String twelve = "12." + "0".repeat(997); // 1,000 characters: 12, as 12.0 is
        assertThat(twelve).hasSize(1000);

        DossierFile file = READER.read(input(json("\"monthsWorked\": " + twelve + ",")), "t.json");

        assertThat(file.rejected()).isEmpty();
        assertThat(file.dossiers().get(1).officer().monthsWorked()).isEqualTo(12);
        onlyTheSecondRejected(read(json("\"monthsWorked\": " + twelve + "0,")),
                new FieldError("officers[1].monthsWorked", NUMBER_TOO_LONG));
    }

    @Test
    void read_nestingOf1000Levels_isJudgedByItsTypeOnly() {
        // signs is level 4 (root, officers, the record, signs): 996 more arrays inside it reach level 1000
        String atTheLimit = "\"monthsWorked\": 12, \"signs\": " + "[".repeat(997) + "]".repeat(997) + ",";
        String overIt = "\"monthsWorked\": 12, \"signs\": " + "[".repeat(998) + "]".repeat(998) + ",";

        onlyTheSecondRejected(read(json(atTheLimit)),
                new FieldError("officers[1].signs[0]", "phải là đối tượng {…} (must be an object)"));
        onlyTheSecondRejected(read(json(overIt)), new FieldError("officers[1].signs[0]",
                "lồng nhau quá sâu: 1001 tầng mảng, đối tượng tính từ gốc tệp, tối đa 1000"
                        + " (nested too deep: at most 1000 levels)"));
    }

    @Test
    void read_fieldNameOf1000Characters_isAnUnknownFieldNamedInThePath() {
        String name = "x".repeat(1000);

        onlyTheSecondRejected(read(json("\"monthsWorked\": 12, \"" + name + "\": 1,")),
                new FieldError("officers[1]." + name, "trường không có trong định dạng (unknown field)"));
        onlyTheSecondRejected(read(json("\"monthsWorked\": 12, \"" + name + "y\": 1,")),
                new FieldError("officers[1]", "tên trường quá dài: 1001 ký tự, tối đa 1000; bắt đầu bằng \""
                        + "x".repeat(40) + "…\" (field name too long: at most 1000 characters)"));
    }

    @Test
    void read_nameOfOneMillionCharacters_isAccepted() {
        String name = "ộ".repeat(1_000_000);

        DossierFile file = READER.read(input(json("\"monthsWorked\": 12, \"name\": \"" + name + "\",")), "t.json");

        assertThat(file.rejected()).isEmpty();
        assertThat(file.dossiers().get(1).officer().name()).isEqualTo(name);
        onlyTheSecondRejected(read(json("\"monthsWorked\": 12, \"name\": \"" + name + "a\",")),
                new FieldError("officers[1].name", "chuỗi quá dài: 1000001 ký tự, tối đa 1000000"
                        + " (string too long: at most 1000000 characters)"));
    }

    // ---- other places of an oversized value ----

    @Test
    void read_recordThatIsArraysNestedTooDeep_isRejectedAtItsIndex() {
        String json = json("\"monthsWorked\": 12,").replace("\n   {\"id\": \"2\"", "\n   " + "[".repeat(1100)
                + "]".repeat(1100) + ", {\"id\": \"2\"");

        List<DossierEntry> entries = read(json);

        assertThat(entries).extracting(DossierEntry::officerId).containsExactly("1", "", "2", "3");
        assertThat(DossierEntries.rejected(entries)).singleElement().satisfies(r -> assertThat(r.errors())
                .containsExactly(new FieldError("officers[1]", "lồng nhau quá sâu: 1102 tầng mảng, đối tượng tính"
                        + " từ gốc tệp, tối đa 1000 (nested too deep: at most 1000 levels)")));
    }

    @Test
    void read_unknownFieldNestedTooDeep_isReportedTwiceAtTheField() {
        onlyTheSecondRejected(read(json("\"monthsWorked\": 12, \"extra\": {\"a\": " + "[".repeat(1100)
                        + "]".repeat(1100) + "},")),
                new FieldError("officers[1].extra", "trường không có trong định dạng (unknown field)"),
                new FieldError("officers[1].extra", "lồng nhau quá sâu: 1104 tầng mảng, đối tượng tính từ gốc tệp,"
                        + " tối đa 1000 (nested too deep: at most 1000 levels)"));
    }

    @Test
    void read_numberTooLongInATextOrANestedObject_isRejectedAtIt() {
        String json = json("\"monthsWorked\": 12, \"group\": " + "1".repeat(1001) + ",", "4." + "0".repeat(999));

        onlyTheSecondRejected(read(json),
                new FieldError("officers[1].group", NUMBER_TOO_LONG),
                new FieldError("officers[1].tasks.highQuality", NUMBER_TOO_LONG));
    }

    @Test
    void read_unitWithAnOversizedValue_isBrokenAndOnlyItsOfficersRejected() {
        String json = json("\"monthsWorked\": 12,")
                .replace("[{\"id\": \"A\"}]", "[{\"id\": \"A\"}, {\"id\": \"B\", \"outstanding\": "
                        + "1".repeat(1001) + "}]")
                .replace("{\"id\": \"2\", \"unitId\": \"A\"", "{\"id\": \"2\", \"unitId\": \"B\"");
        FieldError unitError = new FieldError("units[1].outstanding", NUMBER_TOO_LONG);

        DossierFile file = READER.read(input(json), "t.json");

        assertThat(file.unitErrors()).containsExactly(unitError);
        assertThat(file.units()).extracting(u -> u.id()).containsExactly("A");
        onlyTheSecondRejected(file.entries(),
                new FieldError("officers[1].unitId", "đơn vị \"B\" có lỗi, xem units[1] (the unit has errors)"),
                unitError);
        onlyTheSecondRejected(streamed(json),
                new FieldError("officers[1].unitId", "đơn vị \"B\" có lỗi, xem units[1] (the unit has errors)"),
                unitError);
    }

    // ---- the parser's caps: only far beyond the limits is the file refused, and not as "not JSON" ----

    @Test
    void read_topLevelFieldNested5000Deep_isSteppedOver() {
        String json = json("\"monthsWorked\": 12,")
                .replace("{\"period\"", "{\"description\": " + "[".repeat(5000) + "]".repeat(5000) + ", \"period\"");

        assertThat(READER.read(input(json), "t.json").dossiers()).hasSize(3);
    }

    @Test
    void read_nestingBeyondTheParsersCap_refusesTheFileSayingWhyAndWhere() {
        Throwable thrown = catchThrowable(() -> read(json("\"monthsWorked\": 12, \"signs\": "
                + "[".repeat(100_000) + "]".repeat(100_000) + ",")));

        assertThat(thrown).isInstanceOf(DossierFormatException.class)
                .hasMessageStartingWith("t.json:6:")
                .hasMessageContaining("một giá trị vượt giới hạn của trình đọc, không đọc tiếp được")
                .hasMessageContaining("(a value beyond the reader's limits)")
                .hasMessageNotContaining("không phải JSON hợp lệ");
        assertThat(((DossierFormatException) thrown).column()).isPositive();
    }
}
