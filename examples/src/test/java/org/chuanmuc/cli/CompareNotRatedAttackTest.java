package org.chuanmuc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.chuanmuc.cli.generate.DossierGenerator;
import org.chuanmuc.criteria.Workbooks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile review of “compare counts an officer not rated this year in a row and column of its own” (8de955e),
 * through the command line on generated data: the four formats against each other and against two runs of
 * {@code assess}, the swapped rule sets, an ungrouped input with rejected records, and the party matrix of
 * officers who stop being rated.
 */
class CompareNotRatedAttackTest {
    private static final String[] S = {"HOAN_THANH_XUAT_SAC", "HOAN_THANH_TOT", "HOAN_THANH", "KHONG_HOAN_THANH",
        "KHONG_XEP_LOAI"};
    private static final String[] SHORT = {"XS", "Tốt", "HT", "KHT", "Không XL"};
    private static final String NOT_RATED = "KHONG_XEP_LOAI";

    @TempDir
    static Path dir;
    /** Minimum months raised to 9 and the quota lowered to 15%. */
    private static Path months9quota15;
    /** Minimum months lowered to 3. */
    private static Path months3;
    /** Minimum months raised to 12: only a full year is rated. */
    private static Path months12;

    @BeforeAll
    static void criteria() throws IOException {
        months9quota15 = edited("m9-q15", Map.of("thoi-gian.so-thang-toi-thieu", 9.0, "han-muc.xuat-sac.phan-tram", 15.0));
        months3 = edited("m3", Map.of("thoi-gian.so-thang-toi-thieu", 3.0));
        months12 = edited("m12", Map.of("thoi-gian.so-thang-toi-thieu", 12.0));
    }

    private static Path edited(String name, Map<String, Double> parameters) throws IOException {
        Path folder = dir.resolve(name);
        Cli.Run export = Cli.run("export-criteria", folder.toString());
        assertThat(export.code()).as(export.stderr()).isZero();
        for (Map.Entry<String, Double> p : parameters.entrySet()) {
            Workbooks.setParameter(folder.resolve("bang-quyet-dinh.xlsx"), p.getKey(), p.getValue());
        }
        return folder;
    }

    private static Path generated(String name, int officers, int units, long seed, int year) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DossierGenerator.generate(officers, units, seed, year, out);
        Path file = dir.resolve(name);
        Files.write(file, out.toByteArray());
        return file;
    }

    /**
     * DEFECT (fixed). Raising the minimum months to 12 takes CB-000008 (11 months, party member, held at hoàn thành tốt
     * by the unit's quota) out of the state rating. As the quota leaves a not-rated officer out, his proposal for
     * information goes up to xuất sắc, and the engine derives the party rating from that proposal: the party
     * matrix then reports “đảng viên Tốt → XS: 1” in DV-01 and one party member rated xuất sắc where no one at
     * all is rated xuất sắc. This is the very fault 8de955e set out to fix (a not-rated officer showing as
     * xuất sắc), left in the party matrix; and it contradicts docs/formats.md, “not being rated this year
     * concerns the state rating, so the party matrix's KHONG_XEP_LOAI row and column stay 0”: here not being
     * rated is the only reason the party rating moved.
     */
    @Test
    void partyMatrix_officerWhoStopsBeingRated_isNotCountedAsPartyXuatSacThatOnlyTheQuotaExemptionGaveHim()
            throws IOException {
        Path input = generated("m12-2025.json", 200, 2, 1, 2025);
        Cli.Run compare = Cli.run("compare", input.toString(), "--criteria", months12.toString(), "--format", "json");
        Cli.Run assess = Cli.run("assess", input.toString(), "--criteria", months12.toString());
        Cli.Run text = Cli.run("compare", input.toString(), "--criteria", months12.toString());
        assertThat(compare.code()).as(compare.stderr()).isEqualTo(Main.PARTIAL);
        JsonNode out = compare.json();

        JsonNode officer = change(out, "CB-000008");
        // what happened to him: hoàn thành tốt (quota) → not rated; the proposal jumps to xuất sắc, and so does
        // the party rating, with no other reason than leaving the quota
        assertThat(officer.path("standing").toString())
                .isEqualTo("{\"base\":\"HOAN_THANH_TOT\",\"changed\":\"KHONG_XEP_LOAI\"}");
        assertThat(officer.path("rating").path("changed").asText()).isEqualTo("HOAN_THANH_XUAT_SAC");
        assertThat(officer.path("partyRating").toString())
                .isEqualTo("{\"base\":\"HOAN_THANH_TOT\",\"changed\":\"HOAN_THANH_XUAT_SAC\"}");
        assertThat(officer.path("reasonsRemoved").toString()).contains("HAN-MUC-XS");
        assertThat(officer.path("reasonsAdded").toString()).doesNotContain("PARTY");
        // nobody is rated xuất sắc under the edited rules
        assertThat(columnTotal(out.path("state"), "HOAN_THANH_XUAT_SAC")).isZero();

        // party members rated xuất sắc under the edited rules, the not-rated left out as assess's summary does
        int ratedPartyXs = 0;
        for (JsonNode r : assess.json().path("results")) {
            if (r.path("partyRating").asText().equals("HOAN_THANH_XUAT_SAC") && !notRated(r)) {
                ratedPartyXs++;
            }
        }
        // what the council read before the fix: "đảng viên Tốt → XS: 1"
        assertThat(text.out()).contains("đảng viên Tốt → Không XL: 1").doesNotContain("đảng viên Tốt → XS");
        assertThat(officer.path("partyStanding").toString())
                .isEqualTo("{\"base\":\"HOAN_THANH_TOT\",\"changed\":\"KHONG_XEP_LOAI\"}");
        assertThat(columnTotal(out.path("party"), "HOAN_THANH_XUAT_SAC"))
                .as("party members counted as xuất sắc; the only one is CB-000008, who is not rated this year and"
                        + " whose xuất sắc is the proposal the quota left alone")
                .isEqualTo(ratedPartyXs);
    }

    /**
     * HELD UP. Minimum months 9 and quota 15% on 2026 data, read ungrouped (officers shuffled) with three broken
     * records: JSON, text, CSV and HTML agree with each other and with two assess runs, per unit and in total,
     * on every level and on “Không xếp loại”.
     */
    @Test
    void everyFormat_ungroupedInputWithRejectedRecords_agreesWithTwoAssessRuns() throws IOException {
        Path input = shuffledWithBrokenRecords(generated("g2026.json", 400, 4, 7, 2026));
        consistent(input, null, months9quota15);
    }

    /** HELD UP. Minimum months 3 against 9 on 2025 data: officers move into and out of “Không XL” both ways. */
    @Test
    void everyFormat_notRatedBothWays_agreesWithTwoAssessRuns() throws IOException {
        Path input = generated("g2025.json", 400, 4, 11, 2025);
        consistent(input, months3, months9quota15);
    }

    /** HELD UP. --base and --criteria swapped: the matrices transpose exactly, the same officers change. */
    @Test
    void swapped_ruleSets_transposeEveryMatrixAndSwapEveryStanding() throws IOException {
        Path input = generated("swap-2026.json", 300, 3, 5, 2026);
        JsonNode there = Cli.run("compare", input.toString(), "--base", months3.toString(), "--criteria",
                months9quota15.toString(), "--format", "json").json();
        JsonNode back = Cli.run("compare", input.toString(), "--base", months9quota15.toString(), "--criteria",
                months3.toString(), "--format", "json").json();

        assertThat(there.path("state").path("HOAN_THANH_TOT").path(NOT_RATED).asInt()).isPositive();
        assertTransposed(there.path("state"), back.path("state"));
        assertTransposed(there.path("party"), back.path("party"));
        for (int u = 0; u < there.path("units").size(); u++) {
            assertTransposed(there.path("units").get(u).path("state"), back.path("units").get(u).path("state"));
            assertThat(back.path("units").get(u).path("moved")).isEqualTo(there.path("units").get(u).path("moved"));
        }
        assertThat(back.path("summary")).isEqualTo(there.path("summary"));
        assertThat(back.path("changes").size()).isEqualTo(there.path("changes").size());
        for (int i = 0; i < there.path("changes").size(); i++) {
            JsonNode a = there.path("changes").get(i);
            JsonNode b = back.path("changes").get(i);
            assertThat(b.path("officerId")).isEqualTo(a.path("officerId"));
            assertThat(b.path("standing").path("base")).isEqualTo(a.path("standing").path("changed"));
            assertThat(b.path("standing").path("changed")).isEqualTo(a.path("standing").path("base"));
            assertThat(b.path("reviewFlagsAdded")).isEqualTo(a.path("reviewFlagsRemoved"));
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private void consistent(Path input, Path base, Path changed) throws IOException {
        List<String> baseArgs = base == null ? List.of() : List.of("--criteria", base.toString());
        List<String> compareBase = base == null ? List.of() : List.of("--base", base.toString());
        JsonNode a = run(concat(List.of("assess", input.toString()), baseArgs)).json();
        JsonNode b = run(List.of("assess", input.toString(), "--criteria", changed.toString())).json();
        List<String> compare = concat(concat(List.of("compare", input.toString()), compareBase),
                List.of("--criteria", changed.toString(), "--format"));
        JsonNode json = run(concat(compare, List.of("json"))).json();
        String text = run(concat(compare, List.of("text"))).out();
        String csv = run(concat(compare, List.of("csv"))).out();
        Document html = Jsoup.parse(run(concat(compare, List.of("html"))).out());

        // the expectation, from the two assess runs
        Map<String, JsonNode> after = new HashMap<>();
        b.path("results").forEach(r -> after.put(r.path("officerId").asText(), r));
        Map<String, Map<String, Integer>> perUnit = new LinkedHashMap<>();
        Map<String, Integer> total = new HashMap<>();
        int compared = 0;
        for (JsonNode r : a.path("results")) {
            JsonNode other = after.get(r.path("officerId").asText());
            if (other == null) {
                continue;
            }
            compared++;
            String cell = standing(r) + ">" + standing(other);
            total.merge(cell, 1, Integer::sum);
            perUnit.computeIfAbsent(r.path("unitId").asText(), k -> new HashMap<>()).merge(cell, 1, Integer::sum);
        }
        assertThat(json.path("summary").path("officers").asInt()).isEqualTo(compared);
        assertThat(json.path("summary").path("rejected").asInt()).isEqualTo(a.path("summary").path("rejected").asInt());
        assertMatrix("state", json.path("state"), total);
        assertThat(json.path("units")).hasSize(perUnit.size());
        for (JsonNode unit : json.path("units")) {
            assertMatrix(unit.path("unitId").asText(), unit.path("state"), perUnit.get(unit.path("unitId").asText()));
        }
        // rows = assess under the base rules, columns = assess under the changed rules
        for (int i = 0; i < 5; i++) {
            int row = 0;
            int column = 0;
            for (int j = 0; j < 5; j++) {
                row += json.path("state").path(S[i]).path(S[j]).asInt();
                column += json.path("state").path(S[j]).path(S[i]).asInt();
            }
            assertThat(row).as("row %s", S[i]).isEqualTo(summaryCount(a, S[i]));
            assertThat(column).as("column %s", S[i]).isEqualTo(summaryCount(b, S[i]));
        }
        assertThat(summaryCount(b, NOT_RATED)).isPositive();

        // text: the total matrix, aligned under its header, and the units' transitions
        List<String> lines = text.lines().toList();
        int at = lines.indexOf("Xếp loại chất lượng (hàng: theo bộ gốc; cột: theo bộ sửa đổi):");
        String header = lines.get(at + 1);
        assertThat(header).contains("Không XL");
        for (int i = 0; i < 5; i++) {
            String line = lines.get(at + 2 + i);
            assertThat(line).startsWith("  " + SHORT[i]);
            for (int j = 0; j < 5; j++) {
                int end = header.indexOf(SHORT[j], 10) + SHORT[j].length();
                String n = String.valueOf(json.path("state").path(S[i]).path(S[j]).asInt());
                assertThat(line.substring(end - n.length(), end)).as("%s → %s under its header", S[i], S[j]).isEqualTo(n);
                assertThat(line.charAt(end - n.length() - 1)).isEqualTo(' ');
            }
        }
        for (JsonNode unit : json.path("units")) {
            List<String> moves = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                for (int j = 0; j < 5; j++) {
                    int n = unit.path("state").path(S[i]).path(S[j]).asInt();
                    if (i != j && n > 0) {
                        moves.add(SHORT[i] + " → " + SHORT[j] + ": " + n);
                    }
                }
            }
            if (!moves.isEmpty()) {
                int u = indexStarting(lines, "  " + unit.path("unitId").asText() + " — ");
                assertThat(lines.get(u)).endsWith(unit.path("moved").asInt() + " đổi mức");
                assertThat(lines.get(u + 1)).isEqualTo("    " + String.join(", ", moves));
            }
        }

        // html: the total and per-unit matrices, cell by cell
        assertHtml(html.selectFirst("#tong-hop table.matrix[data-kind=state]"), json.path("state"));
        for (JsonNode unit : json.path("units")) {
            Element section = html.selectFirst("section.unit[data-unit-id=" + unit.path("unitId").asText() + "]");
            if (unit.path("moved").asInt() > 0) {
                assertHtml(section.selectFirst("table.matrix[data-kind=state]"), unit.path("state"));
            }
        }
        assertThat(html.select("tr.change")).hasSize(json.path("changes").size());

        // csv: one row per change, the rating columns say not rated where the standing does
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<List<String>> rows = mapper.readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(csv.substring(1))) {
            List<List<String>> all = rows.readAll();
            assertThat(all).hasSize(json.path("changes").size() + 1);
            for (int i = 0; i < json.path("changes").size(); i++) {
                JsonNode c = json.path("changes").get(i);
                assertThat(all.get(i + 1).get(0)).isEqualTo(c.path("officerId").asText());
                assertThat(all.get(i + 1).get(3).startsWith("Không xếp loại (đề xuất: "))
                        .isEqualTo(c.path("standing").path("base").asText().equals(NOT_RATED));
                assertThat(all.get(i + 1).get(4).startsWith("Không xếp loại (đề xuất: "))
                        .isEqualTo(c.path("standing").path("changed").asText().equals(NOT_RATED));
            }
        }
        int moved = 0;
        for (JsonNode c : json.path("changes")) {
            if (!c.path("standing").path("base").equals(c.path("standing").path("changed"))) {
                moved++;
            }
        }
        assertThat(json.path("summary").path("ratingChanged").asInt()).isEqualTo(moved);
    }

    private static void assertHtml(Element table, JsonNode matrix) {
        boolean notRated = matrix.path(NOT_RATED).toString().matches(".*[1-9].*");
        for (String s : S) {
            notRated |= matrix.path(s).path(NOT_RATED).asInt() > 0;
        }
        assertThat(table.select("tr[data-from=" + NOT_RATED + "]")).hasSize(notRated ? 1 : 0);
        for (Element tr : table.select("tbody tr[data-from]")) {
            String from = tr.attr("data-from");
            for (Element td : tr.select("td[data-to]")) {
                String to = td.attr("data-to");
                int n = Integer.parseInt(td.text().replace(".", ""));
                assertThat(n).as("%s → %s", from, to).isEqualTo(matrix.path(from).path(to).asInt());
                assertThat(td.hasClass(from.equals(to) ? "same" : n > 0 ? "moved" : "none")).isTrue();
            }
        }
    }

    private static void assertMatrix(String what, JsonNode matrix, Map<String, Integer> expected) {
        assertThat(matrix.size()).isEqualTo(5);
        for (String from : S) {
            assertThat(matrix.path(from).size()).isEqualTo(5);
            for (String to : S) {
                assertThat(matrix.path(from).path(to).asInt()).as("%s: %s → %s", what, from, to)
                        .isEqualTo(expected.getOrDefault(from + ">" + to, 0));
            }
        }
    }

    private static void assertTransposed(JsonNode m, JsonNode t) {
        for (String from : S) {
            for (String to : S) {
                assertThat(t.path(to).path(from).asInt()).as("%s → %s", from, to).isEqualTo(m.path(from).path(to).asInt());
            }
        }
    }

    private static int summaryCount(JsonNode results, String standing) {
        return standing.equals(NOT_RATED) ? results.path("summary").path("notRated").asInt()
                : results.path("summary").path("byRating").path(standing).asInt();
    }

    private static int columnTotal(JsonNode matrix, String to) {
        int n = 0;
        for (String from : S) {
            n += matrix.path(from).path(to).asInt();
        }
        return n;
    }

    private static boolean notRated(JsonNode result) {
        for (JsonNode f : result.path("reviewFlags")) {
            if (f.path("code").asText().equals("KHONG-XEP-LOAI")) {
                return true;
            }
        }
        return false;
    }

    private static String standing(JsonNode result) {
        return notRated(result) ? NOT_RATED : result.path("rating").asText();
    }

    private static JsonNode change(JsonNode compare, String id) {
        for (JsonNode c : compare.path("changes")) {
            if (c.path("officerId").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError(id + " is not among the changes");
    }

    private static int indexStarting(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no line starting with " + prefix);
    }

    private static Path shuffledWithBrokenRecords(Path file) throws IOException {
        ObjectNode copy = (ObjectNode) Cli.JSON.readTree(file.toFile());
        List<JsonNode> officers = new ArrayList<>();
        copy.path("officers").forEach(officers::add);
        Collections.shuffle(officers, new Random(17));
        ((ObjectNode) officers.get(3)).put("monthsWorked", -5);
        ((ObjectNode) officers.get(10)).put("unitId", "KHONG-CO");
        ((ObjectNode) officers.get(20)).put("id", officers.get(21).path("id").asText());
        ArrayNode array = copy.putArray("officers");
        officers.forEach(array::add);
        Path out = dir.resolve("shuffled-" + file.getFileName());
        Files.writeString(out, copy.toString(), StandardCharsets.UTF_8);
        return out;
    }

    private static Cli.Run run(List<String> args) {
        Cli.Run run = Cli.run(args.toArray(String[]::new));
        assertThat(run.code()).as(String.join(" ", args) + "\n" + run.stderr()).isIn(Main.OK, Main.PARTIAL);
        return run;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
