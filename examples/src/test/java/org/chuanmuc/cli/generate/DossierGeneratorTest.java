package org.chuanmuc.cli.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.chuanmuc.model.RatingLevel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DossierGeneratorTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final com.networknt.schema.JsonSchema SCHEMA = schema();
    private static JsonNode large;

    private static com.networknt.schema.JsonSchema schema() {
        try (java.io.InputStream in = DossierGeneratorTest.class.getResourceAsStream(
                "/org/chuanmuc/schema/dossiers.schema.json")) {
            return com.networknt.schema.JsonSchemaFactory.getInstance(
                    com.networknt.schema.SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static byte[] generated(int officers, int units, long seed, int year) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DossierGenerator.generate(officers, units, seed, year, out);
        return out.toByteArray();
    }

    @BeforeAll
    static void generateLarge() throws IOException {
        large = MAPPER.readTree(generated(5_000, 40, 2025L, 2025));
    }

    static List<JsonNode> officers(JsonNode root) {
        return StreamSupport.stream(root.path("officers").spliterator(), false).toList();
    }

    static double share(JsonNode root, java.util.function.Predicate<JsonNode> test) {
        List<JsonNode> all = officers(root);
        return (double) all.stream().filter(test).count() / all.size();
    }

    @Test
    void generate_sameSeed_sameBytes() throws IOException {
        assertThat(generated(2_000, 15, 42L, 2025)).isEqualTo(generated(2_000, 15, 42L, 2025));
    }

    /**
     * Pins the output of one seed: a README or benchmark that names a seed shows the same file everywhere. A
     * deliberate change of the generator updates the digest here.
     */
    @Test
    void generate_fixedSeed_matchesPinnedDigest() throws Exception {
        byte[] bytes = generated(200, 4, 20250101L, 2025);

        assertThat(sha256(bytes)).isEqualTo("0b859c7dfcac5ca4ad621df1dfdd654a11f7bba2febb31f97d92b55148e3fc3f");
    }

    /** Groups come from their own random sequence: without them the file is byte for byte what it was before. */
    @Test
    void generate_withoutTheGroupFields_isTheFileOfTheGeneratorBeforeGroups() throws Exception {
        String text = new String(generated(200, 4, 20250101L, 2025), StandardCharsets.UTF_8);

        String withoutGroups = text.replaceAll(",\"group\":\"[^\"]*\"", "");

        assertThat(text).contains("\"group\":\"Lãnh đạo\"");
        assertThat(sha256(withoutGroups.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("1909eb53bbad870c20eea49f787a8aa26b502530b2d85bd8a2c2b5e5950fe0f1");
    }

    private static String sha256(byte[] bytes) throws java.security.NoSuchAlgorithmException {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void generate_differentSeed_differentBytes() throws IOException {
        assertThat(generated(2_000, 15, 42L, 2025)).isNotEqualTo(generated(2_000, 15, 43L, 2025));
    }

    @ParameterizedTest
    @ValueSource(ints = {2025, 2026})
    void generate_output_satisfiesEveryFormatRule(int year) throws IOException {
        JsonNode root = MAPPER.readTree(generated(5_000, 40, 7L, year));

        assertThat(DossierFileRules.violations(root)).isEmpty();
        assertThat(root.path("period").path("year").asInt()).isEqualTo(year);
        assertThat(root.path("officers")).hasSize(5_000);
        assertThat(root.path("units")).hasSize(40);
    }

    @Test
    void generate_2026_givesGeneralScores_2025_doesNot() throws IOException {
        JsonNode y2026 = MAPPER.readTree(generated(300, 5, 1L, 2026));

        assertThat(officers(y2026)).allSatisfy(o -> assertThat(o.path("scores").path("general").asDouble())
                .isBetween(0.0, 30.0));
        assertThat(officers(large)).noneMatch(o -> o.has("scores"));
    }

    @Test
    void generate_layout_periodThenUnitsThenOfficersOnePerLine() throws IOException {
        byte[] bytes = generated(50, 3, 5L, 2025);
        List<String> topLevel = new ArrayList<>();
        try (JsonParser parser = MAPPER.getFactory().createParser(bytes)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                topLevel.add(parser.currentName());
                parser.nextToken();
                parser.skipChildren();
            }
        }
        String text = new String(bytes, StandardCharsets.UTF_8);

        assertThat(topLevel).containsExactly("period", "units", "officers");
        // { period units [ 3 units ] officers [ 50 officers ] } and the final newline
        assertThat(text.lines()).hasSize(1 + 1 + 1 + 3 + 1 + 1 + 50 + 1 + 1);
        assertThat(text.lines().filter(l -> l.startsWith("{\"id\":\"CB-"))).hasSize(50);
        assertThat(text.endsWith("\n}\n")).isTrue();
        assertThat(text.contains("Nguyễn")).isTrue();
    }

    @Test
    void generate_ids_sequentialAndGroupedByUnit() {
        List<JsonNode> all = officers(large);
        List<String> units = StreamSupport.stream(large.path("units").spliterator(), false)
                .map(u -> u.path("id").asText()).toList();

        assertThat(units).first().isEqualTo("DV-01");
        assertThat(units).last().isEqualTo("DV-40");
        assertThat(all.get(0).path("id").asText()).isEqualTo("CB-000001");
        assertThat(all.get(4_999).path("id").asText()).isEqualTo("CB-005000");
        List<String> unitOrder = all.stream().map(o -> o.path("unitId").asText()).distinct().toList();
        assertThat(unitOrder).containsExactlyElementsOf(units);
        // grouped: the unit id changes exactly 39 times
        long changes = IntStream.range(1, all.size())
                .filter(i -> !all.get(i).path("unitId").asText().equals(all.get(i - 1).path("unitId").asText())).count();
        assertThat(changes).isEqualTo(39);
    }

    @Test
    void generate_roles_oneHeadAndOneToThreeDeputiesPerUnit() {
        Map<String, int[]> perUnit = new java.util.HashMap<>();
        for (JsonNode o : officers(large)) {
            int[] counts = perUnit.computeIfAbsent(o.path("unitId").asText(), k -> new int[3]);
            switch (o.path("role").asText()) {
                case "HEAD" -> counts[0]++;
                case "DEPUTY_HEAD" -> counts[1]++;
                default -> counts[2]++;
            }
        }

        assertThat(perUnit).hasSize(40);
        assertThat(perUnit.values()).allSatisfy(c -> {
            assertThat(c[0]).isEqualTo(1);
            assertThat(c[1]).isBetween(1, 3);
        });
        // sizes vary around the mean of 125
        assertThat(perUnit.values().stream().mapToInt(c -> c[0] + c[1] + c[2]).max().orElseThrow())
                .isGreaterThan(125);
        assertThat(perUnit.values().stream().mapToInt(c -> c[0] + c[1] + c[2]).min().orElseThrow()).isLessThan(125);
    }

    @Test
    void generate_groups_leadersTogetherAndStaffByLineOfWork() {
        Map<String, List<JsonNode>> byUnit = new java.util.LinkedHashMap<>();
        officers(large).forEach(o -> byUnit.computeIfAbsent(o.path("unitId").asText(), k -> new ArrayList<>()).add(o));
        Map<String, String> unitNames = new java.util.HashMap<>();
        large.path("units").forEach(u -> unitNames.put(u.path("id").asText(), u.path("name").asText()));
        int grouped = 0;

        for (Map.Entry<String, List<JsonNode>> unit : byUnit.entrySet()) {
            List<JsonNode> members = unit.getValue();
            long withGroup = members.stream().filter(o -> o.has("group")).count();
            assertThat(withGroup).as(unit.getKey() + ": all officers or none carry a group")
                    .isIn(0L, (long) members.size());
            if (withGroup == 0) {
                continue;
            }
            grouped++;
            List<String> staffGroups = DutyGroups.staffGroups(unitNames.get(unit.getKey())).stream()
                    .map(Weighted::value).toList();
            for (JsonNode o : members) {
                String group = o.path("group").asText();
                if (o.path("role").asText().equals("STAFF")) {
                    assertThat(staffGroups).as(o.path("id").asText()).contains(group);
                } else {
                    assertThat(group).as(o.path("id").asText()).isEqualTo("Lãnh đạo");
                }
            }
        }

        // 40 units of about 125 officers: about three in four split into groups, the rest are one group
        assertThat(grouped).isBetween(20, 38);
        List<String> names = officers(large).stream().filter(o -> o.has("group"))
                .map(o -> o.path("group").asText()).distinct().toList();
        assertThat(names).contains("Lãnh đạo", "Tuần tra, kiểm soát", "Điều tra", "Hành chính, tổng hợp",
                "Cảnh sát khu vực");
    }

    @Test
    void generate_demoFile_hasGroupsInSomeUnitsAndIsValidInput() throws IOException {
        byte[] bytes = generated(60, 4, 2026L, 2026);
        JsonNode root = MAPPER.readTree(bytes);
        org.chuanmuc.io.DossierFile read = org.chuanmuc.io.DossierReader.withKnownSigns(java.util.Set.of())
                .read(new java.io.ByteArrayInputStream(bytes), "demo.json");

        assertThat(read.rejected()).isEmpty();
        assertThat(read.dossiers()).hasSize(60).filteredOn(d -> d.officer().group().isPresent()).hasSize(42);
        assertThat(SCHEMA.validate(root)).isEmpty();
        Map<String, java.util.Set<String>> groupsByUnit = new java.util.TreeMap<>();
        officers(root).forEach(o -> groupsByUnit.computeIfAbsent(o.path("unitId").asText(), k -> new java.util.TreeSet<>())
                .add(o.path("group").asText("")));

        assertThat(DossierFileRules.violations(root)).isEmpty();
        assertThat(groupsByUnit).containsExactly(
                Map.entry("DV-01", java.util.Set.of("Hành chính, tổng hợp", "Lãnh đạo", "Tuần tra, kiểm soát",
                        "Xử lý vi phạm")),
                Map.entry("DV-02", java.util.Set.of("Cảnh sát khu vực", "Lãnh đạo", "Tuần tra, kiểm soát")),
                Map.entry("DV-03", java.util.Set.of("")),
                Map.entry("DV-04", java.util.Set.of("Cảnh sát khu vực", "Hành chính, tổng hợp", "Lãnh đạo",
                        "Tuần tra, kiểm soát")));
    }

    @Test
    void generate_smallUnits_areOneGroup() throws IOException {
        JsonNode root = MAPPER.readTree(generated(400, 80, 5L, 2025)); // five officers a unit on average

        Map<String, Long> sizes = officers(root).stream().collect(java.util.stream.Collectors.groupingBy(
                o -> o.path("unitId").asText(), java.util.stream.Collectors.counting()));
        assertThat(officers(root)).allSatisfy(o -> assertThat(!o.has("group")
                || sizes.get(o.path("unitId").asText()) >= DossierGenerator.MIN_GROUPED_UNIT).isTrue());
        assertThat(DossierFileRules.violations(root)).isEmpty();
    }

    @Test
    void generate_names_vietnameseInNfc() {
        List<String> names = officers(large).stream().map(o -> o.path("name").asText()).toList();

        assertThat(names).allSatisfy(n -> {
            assertThat(Normalizer.isNormalized(n, Normalizer.Form.NFC)).as(n).isTrue();
            assertThat(n.split(" ")).as(n).hasSizeBetween(3, 4);
        });
        assertThat((double) names.stream().filter(n -> n.startsWith("Nguyễn ")).count() / names.size())
                .isCloseTo(0.38, within(0.05));
        assertThat(names).anyMatch(n -> n.startsWith("Đặng ")).anyMatch(n -> n.contains(" Thị "))
                .anyMatch(n -> n.startsWith("Huỳnh "));
        assertThat(StreamSupport.stream(large.path("units").spliterator(), false).map(u -> u.path("name").asText()))
                .contains("Phòng Cảnh sát giao thông", "Công an phường Bến Nghé");
    }

    @Test
    void generate_5000_proportionsRoughlyRight() {
        assertThat(share(large, o -> o.path("partyMember").asBoolean())).isCloseTo(0.60, within(0.05));
        assertThat(share(large, o -> !o.path("signs").isEmpty())).isBetween(0.015, 0.04);
        assertThat(share(large, o -> !o.path("disciplines").isEmpty())).isBetween(0.01, 0.035);
        assertThat(share(large, o -> o.path("monthsWorked").asInt() < 6)).isBetween(0.005, 0.03);
        assertThat(share(large, o -> o.path("monthsWorked").asInt() == 12)).isGreaterThan(0.93);
        assertThat(share(large, o -> verifiedComplaints(o) >= 3)).isBetween(0.005, 0.03);
        assertThat(share(large, o -> verifiedComplaints(o) >= 5)).isGreaterThan(0.0);
        assertThat(share(large, o -> unmetStyle(o) >= 2)).isBetween(0.015, 0.04);
        assertThat(share(large, o -> o.path("history").size() >= 1 && o.path("history").size() <= 3)).isEqualTo(1.0);
        assertThat(share(large, o -> o.path("history").toString().contains("KHONG_HOAN_THANH"))).isBetween(0.02, 0.15);
        assertThat(share(large, o -> o.path("signs").toString().contains("\"verified\":false"))).isGreaterThan(0.0);
        assertThat(share(large, o -> o.path("disciplines").toString().contains("\"system\":\"PARTY\""))).isGreaterThan(0.0);
        assertThat(officers(large).stream().mapToInt(o -> o.path("tasks").path("assigned").asInt()))
                .allMatch(a -> a >= 20 && a <= 80);
    }

    @Test
    void generate_taskCounts_yieldAllFourLevelsUnderTheDefaultThresholds() {
        Map<RatingLevel, Integer> counts = new EnumMap<>(RatingLevel.class);
        for (JsonNode o : officers(large)) {
            counts.merge(byTasks2025(o.path("tasks")), 1, Integer::sum);
        }
        int total = 5_000;

        assertThat(counts.get(RatingLevel.HOAN_THANH_XUAT_SAC) / (double) total).isBetween(0.10, 0.25);
        assertThat(counts.get(RatingLevel.HOAN_THANH_TOT) / (double) total).isBetween(0.40, 0.60);
        assertThat(counts.get(RatingLevel.HOAN_THANH) / (double) total).isBetween(0.18, 0.35);
        assertThat(counts.get(RatingLevel.KHONG_HOAN_THANH) / (double) total).isBetween(0.03, 0.10);
    }

    @Test
    void generate_2026Scores_yieldAllFourLevelsOnThe100PointScale() throws IOException {
        Map<RatingLevel, Integer> counts = new EnumMap<>(RatingLevel.class);
        for (JsonNode o : officers(MAPPER.readTree(generated(3_000, 20, 9L, 2026)))) {
            JsonNode t = o.path("tasks");
            double a = t.path("assigned").asDouble();
            double score = o.path("scores").path("general").asDouble()
                    + 70 * (t.path("completed").asDouble() / a + t.path("highQuality").asDouble() / a
                    + t.path("onTime").asDouble() / a) / 3;
            RatingLevel level = score >= 90 ? RatingLevel.HOAN_THANH_XUAT_SAC : score >= 70 ? RatingLevel.HOAN_THANH_TOT
                    : score >= 50 ? RatingLevel.HOAN_THANH : RatingLevel.KHONG_HOAN_THANH;
            counts.merge(level, 1, Integer::sum);
        }

        assertThat(counts).containsOnlyKeys(RatingLevel.values());
        assertThat(counts.values()).allMatch(n -> n >= 90); // each level at least 3 %
    }

    @Test
    void generate_someUnitsOutstandingAndRated() throws IOException {
        JsonNode root = MAPPER.readTree(generated(400, 200, 3L, 2025));
        List<JsonNode> units = StreamSupport.stream(root.path("units").spliterator(), false).toList();

        assertThat(units.stream().filter(u -> u.path("outstanding").asBoolean()).count()).isBetween(3L, 25L);
        assertThat(units.stream().filter(u -> u.has("rating")).count()).isGreaterThan(150L);
        assertThat(units.get(150).path("name").asText()).startsWith("Đội Cảnh sát khu vực số ");
        assertThat(DossierFileRules.violations(root)).isEmpty();
    }

    @Test
    void generate_oneOfficerPerUnit_allHeads() throws IOException {
        JsonNode root = MAPPER.readTree(generated(3, 3, 1L, 2025));

        assertThat(officers(root)).extracting(o -> o.path("role").asText()).containsExactly("HEAD", "HEAD", "HEAD");
        assertThat(DossierFileRules.violations(root)).isEmpty();
    }

    @Test
    void generate_badArguments_throw() {
        OutputStream out = OutputStream.nullOutputStream();
        assertThatThrownBy(() -> DossierGenerator.generate(5, 0, 1L, 2025, out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("units must be ≥ 1");
        assertThatThrownBy(() -> DossierGenerator.generate(2, 3, 1L, 2025, out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("officers must be ≥ units");
        assertThatThrownBy(() -> DossierGenerator.generate(5, 1, 1L, 2022, out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2023–2100");
    }

    @Test
    void generate_100000Officers_streamsInSmallWrites() throws IOException {
        CountingStream out = new CountingStream();

        DossierGenerator.generate(100_000, 500, 11L, 2026, out);

        // streaming: the file (tens of MB) reaches the stream in buffer-sized pieces, never held whole;
        // its speed is measured by the benchmarks, not asserted here
        assertThat(out.bytes).isGreaterThan(100_000L * 300);
        assertThat(out.largestWrite).isLessThanOrEqualTo(1 << 20);
    }

    private static final class CountingStream extends OutputStream {
        long bytes;
        int largestWrite;

        @Override
        public void write(int b) {
            bytes++;
            largestWrite = Math.max(largestWrite, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
            largestWrite = Math.max(largestWrite, len);
        }
    }

    private static int verifiedComplaints(JsonNode o) {
        int n = 0;
        for (JsonNode f : o.path("citizenFeedback")) {
            if (f.path("kind").asText().equals("COMPLAINT") && f.path("verified").asBoolean()) {
                n++;
            }
        }
        return n;
    }

    private static int unmetStyle(JsonNode o) {
        int n = 0;
        for (JsonNode e : o.path("styleEvaluations")) {
            if (!e.path("met").asBoolean()) {
                n++;
            }
        }
        return n;
    }

    /** The DEFAULT task thresholds of rating.md for years up to 2025, nothing else. */
    private static RatingLevel byTasks2025(JsonNode t) {
        int a = t.path("assigned").asInt();
        int c = t.path("completed").asInt();
        int onTime = t.path("onTime").asInt();
        int q = t.path("highQuality").asInt();
        if (c == a && onTime == a && q >= 0.8 * a) {
            return RatingLevel.HOAN_THANH_XUAT_SAC;
        } else if (c == a && onTime >= 0.8 * a && q >= 0.8 * a) {
            return RatingLevel.HOAN_THANH_TOT;
        } else if (c * 2 >= a) {
            return RatingLevel.HOAN_THANH;
        }
        return RatingLevel.KHONG_HOAN_THANH;
    }
}
