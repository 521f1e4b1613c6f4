package org.chuanmuc.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chuanmuc.io.DossierJson.READER;
import static org.chuanmuc.io.DossierJson.valid2025;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DossierStreamTest {

    @Test
    void open_fileGroupedByUnit_yieldsOneBatchPerUnitInInputOrder() {
        ObjectNode root = withOfficers("PC08", "PC08", "PC09", "PC09", "PC09");
        ((ObjectNode) root.withArray("officers").get(3)).put("role", "BOSS");

        List<DossierBatch> batches = batches(root);

        assertThat(batches).extracting(DossierBatch::unitId).containsExactly("PC08", "PC09");
        assertThat(batches).extracting(DossierBatch::resumesUnit).containsExactly(false, false);
        assertThat(batches.get(0).entries()).extracting(DossierEntry::index).containsExactly(0, 1);
        assertThat(batches.get(1).entries()).extracting(DossierEntry::index).containsExactly(2, 3, 4);
        assertThat(batches.get(1).dossiers()).extracting(d -> d.officer().id()).containsExactly("CB-2", "CB-4");
        assertThat(batches.get(1).rejected()).extracting(RejectedOfficer::officerId).containsExactly("CB-3");
    }

    @Test
    void open_unitSplitAcrossTheFile_marksTheResumedBatch() {
        List<DossierBatch> batches = batches(withOfficers("PC08", "PC09", "PC08"));

        assertThat(batches).extracting(DossierBatch::unitId).containsExactly("PC08", "PC09", "PC08");
        assertThat(batches).extracting(DossierBatch::resumesUnit).containsExactly(false, false, true);
    }

    @Test
    void open_duplicateIdInALaterBatch_isStillRejected() {
        ObjectNode root = withOfficers("PC08", "PC09");
        ((ObjectNode) root.withArray("officers").get(1)).put("id", "CB-0");

        List<DossierBatch> batches = batches(root);

        assertThat(batches.get(1).rejected()).singleElement().satisfies(r -> assertThat(r.errors())
                .containsExactly(new FieldError("officers[1].id",
                        "trùng mã cán bộ \"CB-0\" với officers[0] (duplicate officer id)")));
    }

    @Test
    void open_officersBeforePeriodAndUnits_readsTheSameBatches() {
        ObjectNode root = withOfficers("PC08", "PC09", "PC09");
        ObjectNode reordered = DossierJson.MAPPER.createObjectNode();
        reordered.set("officers", root.get("officers"));
        reordered.set("units", root.get("units"));
        reordered.set("period", root.get("period"));

        assertThat(batches(reordered)).isEqualTo(batches(root));
    }

    @Test
    void open_headerIsReadBeforeTheFirstBatch() {
        try (DossierStream in = READER.open(input(valid2025()), "test.json")) {
            assertThat(in.period().year()).isEqualTo(2025);
            assertThat(in.units()).hasSize(2);
            assertThat(in.unitErrors()).isEmpty();
            assertThat(in.source()).isEqualTo("test.json");
        }
    }

    @Test
    void open_malformedAfterTheFirstBatch_returnsItThenThrowsWithPosition() {
        String json = "{\"period\": {\"year\": 2025}, \"units\": [{\"id\": \"A\"}, {\"id\": \"B\"}], \"officers\": [\n"
                + officerJson("CB-1", "A") + ",\n"
                + officerJson("CB-2", "B") + ",\n"
                + "{\"id\": \"CB-3\" \"unitId\": \"B\"}]}";

        try (DossierStream in = READER.open(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "x")) {
            Iterator<DossierBatch> batches = in.iterator();
            assertThat(batches.next().dossiers()).extracting(d -> d.officer().id()).containsExactly("CB-1");
            assertThatThrownBy(batches::next).isInstanceOfSatisfying(DossierFormatException.class,
                    e -> assertThat(e.line()).isEqualTo(4));
        }
    }

    @Test
    void iterator_calledTwice_throws() {
        try (DossierStream in = READER.open(input(valid2025()), "test.json")) {
            in.iterator();
            assertThatThrownBy(in::iterator).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void open_path_readsBatchesAndClosesTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("dossiers.json");
        Files.write(file, DossierJson.bytes(withOfficers("PC08", "PC09")));

        List<String> units = new ArrayList<>();
        try (DossierStream in = READER.open(file)) {
            in.forEach(b -> units.add(b.unitId()));
        }

        assertThat(units).containsExactly("PC08", "PC09");
        Files.delete(file); // would fail on some platforms if still open
    }

    @Test
    void open_missingFile_throwsUncheckedIo(@TempDir Path dir) {
        assertThatThrownBy(() -> READER.open(dir.resolve("none.json")))
                .isInstanceOf(java.io.UncheckedIOException.class);
    }

    // ---- helpers ----

    /** The valid sample's units with officers CB-0, CB-1, … in the given units, all valid. */
    static ObjectNode withOfficers(String... unitIds) {
        ObjectNode root = valid2025();
        JsonNode template = root.withArray("officers").get(2);
        ArrayNode officers = root.putArray("officers");
        for (int i = 0; i < unitIds.length; i++) {
            ObjectNode o = template.deepCopy();
            o.put("id", "CB-" + i).put("unitId", unitIds[i]);
            officers.add(o);
        }
        return root;
    }

    private static String officerJson(String id, String unitId) {
        return "{\"id\": \"" + id + "\", \"unitId\": \"" + unitId + "\", \"role\": \"STAFF\", \"monthsWorked\": 12, "
                + "\"tasks\": {\"assigned\": 1, \"completed\": 1, \"onTime\": 1, \"highQuality\": 1}}";
    }

    private static ByteArrayInputStream input(JsonNode root) {
        return new ByteArrayInputStream(DossierJson.bytes(root));
    }

    private static List<DossierBatch> batches(JsonNode root) {
        List<DossierBatch> batches = new ArrayList<>();
        try (DossierStream in = READER.open(input(root), "test.json")) {
            in.forEach(batches::add);
        }
        return batches;
    }
}
