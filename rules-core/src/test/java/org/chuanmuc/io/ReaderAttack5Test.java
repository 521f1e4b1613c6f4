package org.chuanmuc.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Hostile tests of today's reader changes: repeated fields, Unicode spaces in groups, ids as written. */
class ReaderAttack5Test {
    private static final DossierReader READER = DossierReader.withKnownSigns(Set.of("NQ4-DD-03"));
    private static final String TWICE = "trường xuất hiện hơn một lần trong cùng bản ghi, không biết giữ giá trị nào"
            + " (field given twice)";
    private static final String TASKS = "{\"assigned\": 1, \"completed\": 1, \"onTime\": 1, \"highQuality\": 1}";

    private static String officer(String id, String extra) {
        return "{\"id\": \"" + id + "\", \"unitId\": \"PC08\", \"role\": \"STAFF\", \"monthsWorked\": 12, \"tasks\": "
                + TASKS + ", \"scores\": {\"general\": 20}" + extra + "}";
    }

    private static DossierFile read(int year, String... officers) {
        String json = "{\"period\": {\"year\": " + year + "}, \"units\": [{\"id\": \"PC08\"}], \"officers\": ["
                + String.join(", ", officers) + "]}";
        return READER.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json");
    }

    /**
     * formats.md: "Normalised when read: … each run of inner spaces collapsed to one space (any Unicode space: the
     * no-break, em and ideographic spaces too)". U+0085 (NEXT LINE) is White_Space in Unicode (and is what a
     * Windows-1252 "…" becomes when the text is decoded as Latin-1), but Java's isWhitespace/isSpaceChar miss it: the
     * group is another group, and the 20% quota is split.
     */
    @Test
    void read_groupWithUnicodeNextLineSpace_isTheSameGroup() {
        DossierFile file = read(2025, officer("A", ", \"group\": \"Điều tra\""),
                officer("B", ", \"group\": \"Điều\u0085tra\""));
        assertThat(file.rejected()).isEmpty();
        assertThat(file.dossiers()).extracting(d -> d.officer().group().orElse("?"))
                .containsExactly("Điều tra", "Điều tra");
    }

    /**
     * The schema must agree with the reader (the brief; formats.md points users to dossiers.schema.json to check
     * files before reading). A group of only ideographic spaces is now refused by the reader ("blank … rejects the
     * officer"), but the schema's nonBlank is {@code "pattern": "\\S"}, which a Java (and a non-Unicode) regex reads
     * as "has a character other than an ASCII space": the schema accepts it.
     */
    @Test
    void schema_groupOfOnlyIdeographicSpaces_isRefusedAsTheReaderRefusesIt() throws Exception {
        String json = "{\"period\": {\"year\": 2025}, \"units\": [{\"id\": \"PC08\"}], \"officers\": ["
                + officer("A", ", \"group\": \"\u3000\u00A0\"") + "]}";
        DossierFile file = READER.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json");
        assertThat(file.rejected()).hasSize(1); // the reader refuses it …
        assertThat(Schemas.validate(Schemas.DOSSIERS, DossierJson.MAPPER.readTree(json)))
                .as("… and the schema must too").isNotEmpty();
    }

    /**
     * formats.md (CSV): "rejected rows included, with their errors and the id, name and unit as the record wrote
     * them"; RawObject.textOf: "a number's … JSON text". A number id is shown as Jackson prints the parsed double:
     * {@code 1.50} becomes "1.5" and {@code 1e2} "100.0", ids nobody wrote and that a search of the file does not find.
     */
    @Test
    void read_rejectedRecordWithNumberFields_showsThemAsWritten() {
        String json = "{\"period\": {\"year\": 2025}, \"units\": [{\"id\": \"PC08\"}], \"officers\": ["
                + "{\"id\": 1.50, \"name\": 1e2, \"unitId\": 8.10, \"role\": \"STAFF\", \"monthsWorked\": 12,"
                + " \"tasks\": " + TASKS + "}]}";
        DossierFile file = READER.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json");
        assertThat(file.rejected()).singleElement().satisfies(r -> {
            assertThat(r.officerId()).isEqualTo("1.50");
            assertThat(r.name()).isEqualTo("1e2");
            assertThat(r.unitId()).isEqualTo("8.10");
        });
    }

    /**
     * Guard (passes today): formats.md "A field given twice in one object is an error too … in an officer or its
     * nested objects it rejects the officer at that field", in every nested shape, with a null or ill-typed first
     * value too (the detection keys on a non-null slot, which a refactoring to store nulls would break).
     */
    @Test
    void read_fieldTwiceInEveryNestedShape_rejectsAtThatField() {
        DossierFile file = read(2025,
                officer("A", ", \"name\": null, \"name\": \"X\""),
                officer("B", ", \"signs\": [{\"code\": \"NQ4-DD-03\", \"verified\": true, \"verified\": false}]"),
                officer("C", ", \"disciplines\": [{\"form\": \"KHIEN_TRACH\", \"system\": \"STATE\","
                        + " \"decidedOn\": \"2025-01-02\", \"relatedToDuties\": true, \"relatedToDuties\": false}]"),
                officer("D", ", \"styleEvaluations\": [{\"criterion\": \"x\", \"met\": 1, \"met\": true}]"),
                officer("E", ", \"citizenFeedback\": [{\"date\": \"2025-01-02\", \"kind\": \"COMPLAINT\","
                        + " \"criterion\": \"x\", \"verified\": true, \"date\": \"2025-01-03\"}]"),
                officer("F", ", \"history\": [{\"year\": 2024, \"rating\": \"HOAN_THANH\", \"year\": 2023}]"),
                officer("G", "").replace("{\"general\": 20}", "{\"general\": 20, \"general\": 25}"),
                officer("H", ", \"partyMember\": true, \"partyMember\": false"));
        assertThat(file.dossiers()).isEmpty();
        assertThat(file.rejected()).extracting(r -> r.errors().stream()
                        .filter(e -> e.message().equals(TWICE)).map(FieldError::path).toList())
                .containsExactly(List.of("officers[0].name"), List.of("officers[1].signs[0].verified"),
                        List.of("officers[2].disciplines[0].relatedToDuties"),
                        List.of("officers[3].styleEvaluations[0].met"), List.of("officers[4].citizenFeedback[0].date"),
                        List.of("officers[5].history[0].year"), List.of("officers[6].scores.general"),
                        List.of("officers[7].partyMember"));
    }

    /**
     * formats.md: "in `period` or a unit it refuses the file"; the message names the field. A unit field whose name
     * has an apostrophe is named only up to it (the name is cut out of Jackson's message with {@code '([^']*)'}).
     */
    @Test
    void read_unitFieldGivenTwice_refusesTheFileNamingTheField() {
        String json = "{\"period\": {\"year\": 2025}, \"units\": [{\"id\": \"PC08\", \"it's\": 1, \"it's\": 2}],"
                + " \"officers\": []}";
        Throwable thrown = catchThrowable(() -> READER.read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json"));
        assertThat(thrown).isInstanceOf(DossierFormatException.class).hasMessageContaining("\"it's\"");
    }
}
