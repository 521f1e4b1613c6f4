package org.chuanmuc.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import org.chuanmuc.assess.Assessment;
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

/**
 * The writer copies the bytes of repeated strings from a table and lays lines out with its own printer; these
 * tests hold its output to what plain Jackson calls ({@code writeStringField} on every string, the default
 * pretty printer) write for the same results, on strings that need escapes.
 */
class ResultWriterBytesTest {
    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final RuleSetInfo RULES = new RuleSetInfo("chuẩn \"mực\"", "2026.1", "ab".repeat(32));
    private static final Period PERIOD = new Period(2025);

    /** Strings a generator does not write as they are: escapes, control characters, surrogates. */
    private static final List<String> TRICKY = List.of(
            "Điều 5 \"khoản 2\" \\ điểm a",
            "dòng một\ndòng hai\tcột\r\b\f",
            "NUL\u0000 US\u001f DEL\u007f",
            "ngoài BMP 😀 và 𠀀 (U+20000)",
            "nửa cặp \ud83d đầu và cuối \ude00",
            "\ud83d",
            "dấu / và \u2028 \u2029 và \u00a0",
            "",
            "Nghị định 335/2025/NĐ-CP, Điều 4 khoản 1",
            "x".repeat(EncodedStrings.MAX_LENGTH),
            "ấ".repeat(EncodedStrings.MAX_LENGTH + 1));

    @Test
    void encodedStrings_trickyStrings_areWhatTheGeneratorWrites() throws IOException {
        EncodedStrings table = new EncodedStrings(JSON, 64);

        for (String text : TRICKY) {
            byte[] encoded = table.get(text);
            if (text.length() > EncodedStrings.MAX_LENGTH) {
                assertThat(encoded).as("not kept: %s…", text.substring(0, 10)).isNull();
            } else {
                assertThat(new String(encoded, StandardCharsets.UTF_8)).as(text).isEqualTo(generatorContent(text));
                assertThat(table.get(text)).as("kept: %s", text).isSameAs(encoded);
            }
        }
        // the reason for not using SerializedString: the generator escapes each half of a surrogate pair
        assertThat(generatorContent("😀")).isEqualTo("\\uD83D\\uDE00");
        assertThat(new String(new SerializedString("😀").asQuotedUTF8(), StandardCharsets.UTF_8)).isEqualTo("😀");
    }

    @Test
    void encodedStrings_moreDistinctStringsThanCapacity_keepsAtMostCapacityAndStaysRight() throws IOException {
        EncodedStrings table = new EncodedStrings(JSON, 8);

        for (int i = 0; i < 100; i++) {
            String text = "Đơn vị \"" + i + "\"";
            assertThat(new String(table.get(text), StandardCharsets.UTF_8)).isEqualTo(generatorContent(text));
            assertThat(table.size()).isBetween(1, 8);
        }
    }

    @Test
    void write_repeatedTrickyStrings_sameBytesAsPlainJackson() throws IOException {
        List<Dossier> dossiers = new ArrayList<>();
        List<Assessment> assessments = new ArrayList<>();
        int n = 0;
        for (String a : TRICKY) {
            for (String b : TRICKY) {
                n++;
                String id = "CB-" + n;
                dossiers.add(dossier(id, a, b));
                assessments.add(assessment(id, a, b, b + a, a.isEmpty()));
            }
        }

        assertSameBytes(dossiers, assessments);
    }

    @Test
    void write_moreDistinctValuesThanTheTableHolds_sameBytesAsPlainJackson() throws IOException {
        Random random = new Random(13);
        int[] codePoints = {'a', 'Đ', 'ệ', '"', '\\', '\n', 0x01, 0x7f, 0x1F600, 0xD800, 0xDFFF, ' ', '/', 'ư'};
        Supplier<String> text = () -> {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                s.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
            }
            return s.toString();
        };
        List<Dossier> dossiers = new ArrayList<>();
        List<Assessment> assessments = new ArrayList<>();
        // 2,500 officers, each in a unit and group of its own: more strings than the writer's table keeps (4,096),
        // so it empties and refills while the repeated labels keep coming back
        for (int i = 0; i < 2_500; i++) {
            String id = "CB-" + i;
            String unit = "ĐV-" + i + text.get();
            String label = TRICKY.get(random.nextInt(TRICKY.size() - 2)); // not the long ones: a smaller document
            dossiers.add(dossier(id, unit, "Nhóm " + i + text.get()));
            assessments.add(assessment(id, unit, label, text.get(), i % 7 == 0));
        }

        assertSameBytes(dossiers, assessments);
    }

    @Test
    void twoSpacePrettyPrinter_anyNesting_sameBytesAsTheDefaultPrinter() throws IOException {
        String deep = "[".repeat(20) + "{\"a\": {}, \"b\": []}" + "]".repeat(20);
        String document = "{\"x\": [], \"y\": {}, \"z\": [1, {\"k\": [true, null, \"s\"]}, []], \"d\": " + deep
                + ", \"e\": {\"f\": {\"g\": \"h\"}}}";

        assertThat(copy(document, new TwoSpacePrettyPrinter())).isEqualTo(copy(document, defaultPrinter()));
    }

    private static void assertSameBytes(List<Dossier> dossiers, List<Assessment> assessments) throws IOException {
        ByteArrayOutputStream actual = new ByteArrayOutputStream();
        try (ResultWriter writer = ResultWriter.to(actual, PERIOD, RULES)) {
            for (int i = 0; i < dossiers.size(); i++) {
                writer.write(dossiers.get(i), assessments.get(i));
            }
            writer.reject(new RejectedOfficer(3, "CB-\"x\"", List.of(new FieldError("officers[3].id", "😀\n"))));
            writer.finish();
        }
        byte[] expected = reference(dossiers, assessments);
        assertThat(actual.toString(StandardCharsets.UTF_8)).isEqualTo(new String(expected, StandardCharsets.UTF_8));
        assertThat(Arrays.equals(actual.toByteArray(), expected)).as("same bytes").isTrue();
    }

    /** @param group blank for an officer without a group */
    private static Dossier dossier(String id, String unit, String group) {
        return new Dossier(PERIOD, Unit.of(unit, unit),
                Officer.builder(id, unit, Role.STAFF).group(group.isBlank() ? null : group).build());
    }

    private static Assessment assessment(String id, String unit, String label, String message, boolean notRated) {
        List<Reason> reasons = List.of(
                new Reason("Luật " + label, label, label, label + " (Điều 3)", message, ReasonKind.CAP,
                        Optional.of(RatingLevel.HOAN_THANH), Track.STATE, List.of("SignFinding")),
                new Reason("Luật 2", "NQ4", label, "Nghị quyết 04-NQ/TW", label, ReasonKind.NEGATIVE,
                        Optional.empty(), Track.STATE, List.of()));
        List<Flag> flags = notRated
                ? List.of(new Flag(Flag.NOT_RATED, message, "luật"))
                : List.of(new Flag("CANH_BAO", label, "luật"));
        return new Assessment(id, unit, 2025, notRated ? RatingLevel.HOAN_THANH : RatingLevel.HOAN_THANH_TOT,
                notRated ? Optional.empty() : Optional.of(RatingLevel.HOAN_THANH_TOT), reasons, flags,
                List.of(new Flag("CANH_BAO_DU_LIEU", message, "luật")), RULES,
                notRated ? List.of(label, "địa phương \"1\"") : List.of());
    }

    /** The document as the writer wrote it before it kept bytes: every string through writeStringField. */
    private static byte[] reference(List<Dossier> dossiers, List<Assessment> assessments) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int notRated = 0;
        int[] byRating = new int[RatingLevel.values().length];
        try (JsonGenerator g = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(defaultPrinter());
            g.writeStartObject();
            g.writeObjectFieldStart("period");
            g.writeNumberField("year", PERIOD.year());
            g.writeEndObject();
            g.writeObjectFieldStart("ruleSet");
            g.writeStringField("name", RULES.name());
            g.writeStringField("version", RULES.version());
            g.writeStringField("sha256", RULES.sha256());
            g.writeEndObject();
            g.writeArrayFieldStart("results");
            for (int i = 0; i < assessments.size(); i++) {
                Assessment a = assessments.get(i);
                g.writeStartObject();
                g.writeStringField("officerId", a.officerId());
                g.writeStringField("unitId", a.unitId());
                if (dossiers.get(i).officer().group().isPresent()) {
                    g.writeStringField("group", dossiers.get(i).officer().group().get());
                }
                g.writeStringField("rating", a.rating().name());
                g.writeStringField("ratingLabel", a.ratingLabel());
                if (a.partyRating().isPresent()) {
                    g.writeStringField("partyRating", a.partyRating().get().name());
                }
                g.writeArrayFieldStart("reasons");
                for (Reason r : a.reasons()) {
                    g.writeStartObject();
                    g.writeStringField("rule", r.rule());
                    g.writeStringField("criterion", r.criterion());
                    g.writeStringField("label", r.label());
                    g.writeStringField("citation", r.citation());
                    g.writeStringField("message", r.message());
                    g.writeStringField("kind", r.kind().name());
                    g.writeEndObject();
                }
                g.writeEndArray();
                for (String field : List.of("reviewFlags", "warnings")) {
                    g.writeArrayFieldStart(field);
                    for (Flag f : field.equals("warnings") ? a.warnings() : a.reviewFlags()) {
                        g.writeStartObject();
                        g.writeStringField("code", f.code());
                        g.writeStringField("message", f.message());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                if (!a.localRules().isEmpty()) {
                    g.writeArrayFieldStart("localRules");
                    for (String rule : a.localRules()) {
                        g.writeString(rule);
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
                if (a.notRated()) {
                    notRated++;
                } else {
                    byRating[a.rating().ordinal()]++;
                }
            }
            g.writeEndArray();
            g.writeArrayFieldStart("rejected");
            g.writeStartObject();
            g.writeStringField("officerId", "CB-\"x\"");
            g.writeArrayFieldStart("errors");
            g.writeStartObject();
            g.writeStringField("path", "officers[3].id");
            g.writeStringField("message", "😀\n");
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("assessed", assessments.size());
            g.writeNumberField("rejected", 1);
            g.writeObjectFieldStart("byRating");
            for (RatingLevel level : RatingLevel.values()) {
                if (byRating[level.ordinal()] > 0) {
                    g.writeNumberField(level.name(), byRating[level.ordinal()]);
                }
            }
            g.writeEndObject();
            if (notRated > 0) {
                g.writeNumberField("notRated", notRated);
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw('\n');
        }
        return bytes.toByteArray();
    }

    private static PrettyPrinter defaultPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    private static String copy(String document, PrettyPrinter printer) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonParser in = JSON.createParser(document);
             JsonGenerator out = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
            out.setPrettyPrinter(printer);
            while (in.nextToken() != null) {
                out.copyCurrentEvent(in);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** What a generator writes between the quotes for {@code text}. */
    private static String generatorContent(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
            g.writeString(text);
        }
        String quoted = bytes.toString(StandardCharsets.UTF_8);
        return quoted.substring(1, quoted.length() - 1);
    }
}
