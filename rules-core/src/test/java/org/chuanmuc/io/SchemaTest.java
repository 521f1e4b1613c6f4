package org.chuanmuc.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chuanmuc.io.DossierJson.officer;
import static org.chuanmuc.io.DossierJson.valid2025;
import static org.chuanmuc.io.DossierJson.valid2026;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The shipped dossiers schema accepts what the reader accepts, and rejects what the reader rejects. */
class SchemaTest {

    @Test
    void dossiersSchema_validSamples_pass() {
        assertThat(Schemas.DOSSIERS.validate(valid2025())).isEmpty();
        assertThat(Schemas.DOSSIERS.validate(valid2026())).isEmpty();
    }

    static Stream<Arguments> brokenRecords() {
        return Stream.of(
                broken("role unknown", o -> o.put("role", "BOSS")),
                broken("monthsWorked 13", o -> o.put("monthsWorked", 13)),
                broken("monthsWorked string", o -> o.put("monthsWorked", "12")),
                broken("id missing", o -> o.remove("id")),
                broken("id blank", o -> o.put("id", " ")),
                broken("group blank", o -> o.put("group", " ")),
                broken("group empty", o -> o.put("group", "")),
                broken("group number", o -> o.put("group", 7)),
                broken("group null", o -> o.putNull("group")),
                broken("tasks missing", o -> o.remove("tasks")),
                broken("task count negative", o -> ((ObjectNode) o.get("tasks")).put("onTime", -1)),
                broken("unknown field", o -> o.put("partymember", true)),
                broken("sign without verified", o -> ((ObjectNode) o.get("signs").get(0)).remove("verified")),
                broken("date not ISO", o -> ((ObjectNode) o.get("disciplines").get(0)).put("decidedOn", "10/5/2025")),
                broken("discipline form unknown", o -> ((ObjectNode) o.get("disciplines").get(0)).put("form", "X")),
                broken("feedback kind unknown", o -> ((ObjectNode) o.get("citizenFeedback").get(0)).put("kind", "X")),
                broken("general score 31", o -> o.putObject("scores").put("general", 31)),
                broken("task score 71", o -> o.putObject("scores").put("general", 1).put("tasks", 71)));
    }

    private static Arguments broken(String name, Consumer<ObjectNode> change) {
        return Arguments.of(name, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRecords")
    void dossiersSchema_brokenRecord_failsLikeTheReader(String name, Consumer<ObjectNode> change) {
        ObjectNode root = valid2025();
        change.accept(officer(root, 0));

        assertThat(Schemas.DOSSIERS.validate(root)).as(name).isNotEmpty();
        assertThat(DossierJson.read(root).rejected()).as(name).hasSize(1);
    }

    @Test
    void dossiersSchema_groupWithDiacritics_passesLikeTheReader() {
        ObjectNode root = valid2025();
        officer(root, 1).put("group", "Lãnh đạo");
        officer(root, 2).put("group", "Điều tra");

        assertThat(Schemas.DOSSIERS.validate(root)).isEmpty();
        assertThat(DossierJson.read(root).rejected()).isEmpty();
    }

    @Test
    void dossiersSchema_missingPeriod_fails() {
        ObjectNode root = valid2025();
        root.remove("period");

        assertThat(Schemas.DOSSIERS.validate(root)).isNotEmpty();
    }

    @Test
    void dossiersSchema_yearOutOfRange_fails() {
        ObjectNode root = valid2025();
        root.putObject("period").put("year", 2022);

        assertThat(Schemas.DOSSIERS.validate(root)).isNotEmpty();
    }

    @Test
    void dossiersSchema_2026WithoutScores_failsAnd2025WithoutScoresPasses() {
        ObjectNode root2026 = valid2026();
        officer(root2026, 1).remove("scores");
        ObjectNode root2025 = valid2025();

        Set<ValidationMessage> errors = Schemas.DOSSIERS.validate(root2026);

        assertThat(errors).isNotEmpty();
        assertThat(Schemas.DOSSIERS.validate(root2025)).isEmpty();
    }

    @Test
    void dossiersSchema_scenarioFieldsAtTopLevel_pass() {
        ObjectNode root = valid2025();
        root.put("name", "kịch bản").put("description", "mô tả");
        root.putArray("expect").addObject().put("officerId", "CB-0001").put("rating", "HOAN_THANH");

        assertThat(Schemas.DOSSIERS.validate(root)).isEmpty();
    }

    @Test
    void resultsSchema_brokenDocuments_fail() throws Exception {
        String valid = "{\"period\": {\"year\": 2025}, \"ruleSet\": {\"name\": \"n\", \"version\": \"1\", "
                + "\"sha256\": \"" + "ab".repeat(32) + "\"}, \"results\": [], \"rejected\": [], "
                + "\"summary\": {\"assessed\": 0, \"rejected\": 0, \"byRating\": {}}}";
        ObjectNode root = (ObjectNode) DossierJson.MAPPER.readTree(valid);
        assertThat(Schemas.RESULTS.validate(root)).isEmpty();

        ObjectNode noSummary = root.deepCopy();
        noSummary.remove("summary");
        ObjectNode badRating = root.deepCopy();
        badRating.withArray("results").addObject().put("officerId", "A").put("unitId", "U").put("rating", "GOOD")
                .put("ratingLabel", "Hoàn thành nhiệm vụ").putArray("reasons");
        ObjectNode blankGroup = root.deepCopy();
        blankGroup.withArray("results").addObject().put("officerId", "A").put("unitId", "U").put("group", " ")
                .put("rating", "HOAN_THANH").put("ratingLabel", "Hoàn thành nhiệm vụ").putArray("reasons");
        ((ObjectNode) blankGroup.withArray("results").get(0)).putArray("reviewFlags");
        ((ObjectNode) blankGroup.withArray("results").get(0)).putArray("warnings");
        ObjectNode namedGroup = blankGroup.deepCopy();
        ((ObjectNode) namedGroup.withArray("results").get(0)).put("group", "Điều tra");
        ObjectNode rejectedWithoutErrors = root.deepCopy();
        rejectedWithoutErrors.withArray("rejected").addObject().put("officerId", "A").putArray("errors");

        assertThat(Schemas.RESULTS.validate(noSummary)).isNotEmpty();
        assertThat(Schemas.RESULTS.validate(badRating)).isNotEmpty();
        assertThat(Schemas.RESULTS.validate(rejectedWithoutErrors)).isNotEmpty();
        assertThat(Schemas.RESULTS.validate(blankGroup)).isNotEmpty();
        assertThat(Schemas.RESULTS.validate(namedGroup)).isEmpty();
    }
}
