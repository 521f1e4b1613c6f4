package org.chuanmuc.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.AssessmentReport;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.ReloadResult;
import org.chuanmuc.assess.RuleBundle;
import org.chuanmuc.assess.RuleRepository;
import org.chuanmuc.assess.RuleSource;
import org.chuanmuc.criteria.CriteriaCatalogue;
import org.chuanmuc.criteria.StandardCriteria;
import org.chuanmuc.criteria.law.GeneratedUnit;
import org.chuanmuc.criteria.law.UnitGenerator;
import org.chuanmuc.io.DossierBatch;
import org.chuanmuc.io.DossierEntry;
import org.chuanmuc.io.DossierFile;
import org.chuanmuc.io.DossierFormatException;
import org.chuanmuc.io.DossierReader;
import org.chuanmuc.io.DossierStream;
import org.chuanmuc.io.ResultWriter;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.Scores;
import org.chuanmuc.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile review from the point of view of a Java developer embedding chuanmuc in a personnel system, who knows only
 * the README's embedding sections, docs/ and the public Javadoc.
 */
@Timeout(300)
class EmbeddingAttackTest {
    private static final Assessor STANDARD = Assessor.builder().rules(StandardCriteria.rules()).build();
    private static final CriteriaCatalogue CATALOGUE = CriteriaCatalogue.standard();
    private static final DossierReader READER = DossierReader.withKnownSigns(CATALOGUE.signCodes());

    private static final String TASKS_CAP_DRL = EmbedFixtures.TASKS_CAP_DRL;

    @TempDir
    Path tmp;

    private static Dossier staff(String id, String unit, int year) {
        return EmbedFixtures.staff(id, unit, year);
    }

    // ---------------------------------------------------------------------------------------------- README snippets

    @Test
    void readme_embeddingSnippet_compilesAndPrintsKhongHoanThanh() {
        Assessor assessor = Assessor.builder()
                .rules(StandardCriteria.rules())
                .build();
        Officer officer = Officer.builder("CB-0001", "PC08", Role.STAFF)
                .name("Nguyễn Văn An").monthsWorked(12)
                .tasks(40, 40, 36, 34)
                .sign("NQ4-DD-03", true)
                .build();
        Dossier dossier = new Dossier(new Period(2025), Unit.of("PC08", "Phòng Cảnh sát giao thông"), officer);
        Assessment result = assessor.assess(dossier);
        assertThat(result.ratingLabel()).isEqualTo("Không hoàn thành nhiệm vụ");
        assertThat(result.reasons()).isNotEmpty();
    }

    @Test
    void readme_hotReloadSnippet_compilesAndAssesses() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("quy-tac"));
        Files.writeString(folder.resolve("cap.drl"), EmbedFixtures.localCap(RatingLevel.HOAN_THANH, "v1"));
        Dossier dossier = staff("CB-1", "PC08", 2025);
        List<ReloadResult> log = new ArrayList<>();
        try (RuleRepository repo = RuleRepository.builder(folder)
                .base(StandardCriteria.rules())
                .listener(r -> { if (!r.succeeded()) log.add(r); })
                .build()
                .watch()) {
            Assessment a = repo.current().assess(dossier);
            assertThat(a.rating()).isEqualTo(RatingLevel.HOAN_THANH);
            assertThat(a.localRules()).isNotEmpty();
        }
    }

    @Test
    void javadoc_dossierStreamSnippet_writesEveryResult() throws IOException {
        Path in = Files.writeString(tmp.resolve("dossiers.json"), """
                {"period": {"year": 2025},
                 "units": [{"id": "A", "name": "Đơn vị A"}, {"id": "B", "name": "Đơn vị B"}],
                 "officers": [
                   {"id": "1", "unitId": "A", "role": "STAFF", "monthsWorked": 12,
                    "tasks": {"assigned": 4, "completed": 4, "onTime": 4, "highQuality": 4}},
                   {"id": "2", "unitId": "A", "role": "STAFF", "monthsWorked": 13,
                    "tasks": {"assigned": 4, "completed": 4, "onTime": 4, "highQuality": 4}},
                   {"id": "3", "unitId": "B", "role": "STAFF", "monthsWorked": 12,
                    "tasks": {"assigned": 4, "completed": 3, "onTime": 3, "highQuality": 3}}
                 ]}
                """);
        Assessor assessor = STANDARD;
        DossierReader reader = READER;
        try (DossierStream din = reader.open(in);
             ResultWriter out = ResultWriter.to(tmp.resolve("results.json"), din.period(), assessor.ruleSet())) {
            for (DossierBatch batch : din) {
                out.write(assessor.assessAll(batch.dossiers()));
                out.reject(batch.rejected());
            }
            out.finish(); // the snippet since ResultWriter#finish: only it makes the results whole
        }
        JsonNode results = new ObjectMapper().readTree(tmp.resolve("results.json").toFile());
        assertThat(results.get("summary").get("assessed").asInt()).isEqualTo(2);
        assertThat(results.get("summary").get("rejected").asInt()).isEqualTo(1);
        assertThat(results.get("rejected").get(0).get("errors").get(0).get("path").asText())
                .isEqualTo("officers[1].monthsWorked");
    }

    // --------------------------------------------------------------------------------------------- bad arguments

    /*
     * Assessor.Builder#maxFiringsPerOfficer: "Bounds rule firings per officer in a session (default 10,000). A rule
     * that fires more often is taken to loop, and the assessment ends with an AssessmentException naming it." The
     * builder accepts any value >= 1. A generous bound (5,000,000 per officer) on a large unit (430 officers, whose
     * rule fires once each) must assess the unit, not report a loop: the session's limit is computed as
     * maxFiringsPerOfficer * officers in an int, which wraps to a negative number, so every unit of 430 or more
     * officers fails with "kích hoạt quá -2144967296 lần" (the same with Integer.MAX_VALUE and any unit of two).
     */
    @Test
    void maxFiringsPerOfficer_generousBoundOnALargeUnit_assessesTheUnit() {
        Assessor generous = Assessor.builder().rules(RuleSource.drl("x.drl", TASKS_CAP_DRL))
                .maxFiringsPerOfficer(5_000_000).build();
        List<Dossier> unit = new ArrayList<>();
        for (int i = 0; i < 430; i++) {
            Officer o = Officer.builder("CB-" + i, "PC08", Role.STAFF).tasks(40, 39, 39, 39).build();
            unit.add(new Dossier(new Period(2025), Unit.of("PC08", "Phòng Cảnh sát giao thông"), o));
        }
        AssessmentReport report = generous.assessAll(unit);
        assertThat(report.assessments()).hasSize(430).allSatisfy(a ->
                assertThat(a.rating()).isEqualTo(RatingLevel.HOAN_THANH_TOT));
        Assessor unbounded = Assessor.builder().rules(RuleSource.drl("x.drl", TASKS_CAP_DRL))
                .maxFiringsPerOfficer(Integer.MAX_VALUE).build();
        assertThat(unbounded.assessAll(unit.subList(0, 2)).assessments()).hasSize(2);
    }

    /*
     * Scores: "@param general points for the general criteria, 0–30", "@param tasks task points computed upstream,
     * 0–70", "@throws IllegalArgumentException when a value is out of range". NaN is in neither range, but both
     * checks are written as "v < 0 || v > max", which NaN passes. The officer is then accepted, and assessing him (in
     * 2026) fails his whole unit with "AssessmentException: một quy tắc gây lỗi khi chạy (a rule failed):
     * NumberFormatException: Character N is neither a decimal digit number..." from the rule "ND335-DIEM dưới 90
     * điểm". A NaN is what a personnel system gets from 0.0 / 0.0 (an average over no evaluations).
     */
    @Test
    void scores_nan_isRefusedAsOutOfRange() {
        assertThatThrownBy(() -> new Scores(Double.NaN, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Scores(20, Optional.of(Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Officer.builder("N", "PC08", Role.STAFF).generalScore(0.0 / 0.0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /*
     * ResultWriter#write(AssessmentReport): "@throws IllegalStateException when the writer is closed". A report
     * without assessments (a batch whose records were all rejected) written after close() is silently accepted, so
     * a caller's use-after-close bug shows only on the batches that happen to have results.
     */
    @Test
    void resultWriter_writeEmptyReportAfterClose_throwsIllegalState() {
        ResultWriter w = ResultWriter.to(new ByteArrayOutputStream(), new Period(2025), STANDARD.ruleSet());
        w.close();
        AssessmentReport empty = STANDARD.assessAll(List.of());
        assertThatThrownBy(() -> w.write(empty)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void builder_rulesFromMissingPathOrFile_areIllegalArgument() throws IOException {
        assertThatThrownBy(() -> Assessor.builder().rules(tmp.resolve("missing")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing");
        Path file = Files.writeString(tmp.resolve("a.drl"), TASKS_CAP_DRL);
        assertThatThrownBy(() -> Assessor.builder().rules(file))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a.drl");
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Throwable t = catchThrowable(() -> Assessor.builder().rules(empty).build());
        assertThat(t).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void builder_timeouts() {
        assertThatThrownBy(() -> Assessor.builder().sessionTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Assessor.builder().sessionTimeout(Duration.ofNanos(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Assessor.builder().maxFiringsPerOfficer(0))
                .isInstanceOf(IllegalArgumentException.class);
        Assessor huge = Assessor.builder().rules(RuleSource.drl("x.drl", TASKS_CAP_DRL))
                .sessionTimeout(Duration.ofSeconds(Long.MAX_VALUE, 999_999_999)).build();
        assertThat(huge.assess(staff("A", "PC08", 2025)).rating()).isEqualTo(RatingLevel.HOAN_THANH_XUAT_SAC);
    }

    // ------------------------------------------------------------------------------------------ value semantics

    @Test
    void values_areImmutableAndCopied() {
        RuleBundle bundle = StandardCriteria.rules();
        RuleSource first = bundle.sources().get(0);
        byte[] bytes = first.content();
        bytes[0] ^= 1;
        assertThat(first.content()).isNotEqualTo(bytes);
        assertThatThrownBy(() -> bundle.sources().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> bundle.criteria().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(StandardCriteria.rules()).isEqualTo(bundle);
        assertThat(StandardCriteria.rules().hashCode()).isEqualTo(bundle.hashCode());

        Assessment a = STANDARD.assess(staff("A", "PC08", 2025));
        assertThatThrownBy(() -> a.reasons().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> a.reviewFlags().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> a.warnings().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> a.localRules().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(STANDARD.assess(staff("A", "PC08", 2025))).isEqualTo(a).hasSameHashCodeAs(a);

        AssessmentReport r = STANDARD.assessAll(List.of(staff("A", "PC08", 2025)));
        assertThatThrownBy(() -> r.firedRules().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.firedRules().headSet("Z").clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.assessments().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> STANDARD.criteria().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> STANDARD.ruleNames().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    // ------------------------------------------------------------------------------------------- thread safety

    @Test
    void assessAll_manyThreadsOnGeneratedUnitsOfSeveralYears_equalOneThread() throws Exception {
        UnitGenerator gen = new UnitGenerator(CATALOGUE);
        List<List<Dossier>> units = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            GeneratedUnit u = gen.unit(4242, i);
            units.add(u.dossiers());
        }
        List<AssessmentReport> sequential = new ArrayList<>();
        for (List<Dossier> u : units) {
            sequential.add(STANDARD.assessAll(u));
        }
        List<AssessmentReport> reversed = new ArrayList<>(Collections.nCopies(units.size(), null));
        for (int i = units.size() - 1; i >= 0; i--) {
            reversed.set(i, STANDARD.assessAll(units.get(i)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 3; round++) {
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < units.size(); i++) {
                    order.add(i);
                    order.add(i);
                }
                Collections.shuffle(order, new Random(round));
                List<Future<AssessmentReport>> futures = new ArrayList<>();
                for (int i : order) {
                    futures.add(pool.submit(() -> STANDARD.assessAll(units.get(i))));
                }
                for (int k = 0; k < order.size(); k++) {
                    AssessmentReport got = futures.get(k).get(120, TimeUnit.SECONDS);
                    int i = order.get(k);
                    assertThat(got.assessments()).as("unit %d round %d", i, round)
                            .isEqualTo(sequential.get(i).assessments());
                    assertThat(got.firedRules()).isEqualTo(sequential.get(i).firedRules());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        for (int i = 0; i < units.size(); i++) {
            assertThat(reversed.get(i).assessments()).isEqualTo(sequential.get(i).assessments());
        }
    }

    @Test
    void assessAll_mixedUnitsAndYears_matchesPerUnitAndKeepsInputOrder() {
        UnitGenerator gen = new UnitGenerator(CATALOGUE);
        List<Dossier> mixed = new ArrayList<>();
        List<Assessment> expected = new ArrayList<>();
        List<List<Dossier>> units = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            GeneratedUnit u = gen.unit(77, i);
            // same ids across units of one year are not allowed; prefix them per unit
            List<Dossier> ds = new ArrayList<>();
            for (Dossier d : u.dossiers()) {
                Officer o = d.officer();
                Officer renamed = new Officer(u.unit().id() + "/" + o.id(), o.name(), o.unitId(), o.group(), o.role(),
                        o.partyMember(), o.monthsWorked(), o.tasks(), o.scores(), o.signs(), o.disciplines(),
                        o.styleEvaluations(), o.citizenFeedback(), o.history());
                ds.add(new Dossier(d.period(), d.unit(), renamed));
            }
            units.add(ds);
        }
        // interleave officers of all units
        int max = units.stream().mapToInt(List::size).max().orElse(0);
        for (int k = 0; k < max; k++) {
            for (List<Dossier> u : units) {
                if (k < u.size()) {
                    mixed.add(u.get(k));
                }
            }
        }
        java.util.Map<String, Assessment> byId = new java.util.HashMap<>();
        for (List<Dossier> u : units) {
            for (Assessment a : STANDARD.assessAll(u).assessments()) {
                byId.put(a.officerId() + "@" + a.year(), a);
            }
        }
        for (Dossier d : mixed) {
            expected.add(byId.get(d.officer().id() + "@" + d.period().year()));
        }
        assertThat(STANDARD.assessAll(mixed).assessments()).isEqualTo(expected);
        assertThat(STANDARD.assessAll(List.of()).assessments()).isEmpty();
        // same id in two years: allowed
        assertThat(STANDARD.assessAll(List.of(staff("X", "A", 2025), staff("X", "A", 2026))).assessments())
                .hasSize(2);
        // same id in two units of one year: IllegalArgumentException
        assertThatThrownBy(() -> STANDARD.assessAll(List.of(staff("X", "A", 2025), staff("X", "B", 2025))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("X");
    }

    // ------------------------------------------------------------------------------------------------ the reader

    private static String dossierJson(String secondOfficerExtra) {
        return """
                {"period": {"year": 2025},
                 "units": [{"id": "A", "name": "Đơn vị A"}],
                 "officers": [
                   {"id": "1", "unitId": "A", "role": "STAFF", "monthsWorked": 12,
                    "tasks": {"assigned": 4, "completed": 4, "onTime": 4, "highQuality": 4}},
                   {"id": "2", "unitId": "A", "role": "STAFF", %s
                    "tasks": {"assigned": 4, "completed": 4, "onTime": 4, "highQuality": 4}},
                   {"id": "3", "unitId": "A", "role": "STAFF", "monthsWorked": 12,
                    "tasks": {"assigned": 4, "completed": 4, "onTime": 4, "highQuality": 4}}
                 ]}
                """.formatted(secondOfficerExtra);
    }

    private static DossierFile read(String json) {
        return READER.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "in.json");
    }

    @Test
    void reader_ordinaryBadNumber_rejectsOnlyThatOfficer() {
        DossierFile f = read(dossierJson("\"monthsWorked\": 99999999999999999999,"));
        assertThat(f.dossiers()).extracting(d -> d.officer().id()).containsExactly("1", "3");
        assertThat(f.rejected()).singleElement().satisfies(r -> assertThat(r.errors())
                .anySatisfy(e -> assertThat(e.path()).isEqualTo("officers[1].monthsWorked")));
    }

    /*
     * DossierReader class Javadoc: "Every record of officers comes back exactly once, in input order: accepted ... or
     * rejected with every error found in it ... One bad record never stops the others." Only "A file that is not
     * JSON, is not an object, or lacks a valid period ... or a units or officers array, fails whole".
     * docs/formats.md, Bad input: "One bad record never stops a batch ... A bad officer record is rejected ... Every
     * other officer is assessed." Each input below is valid JSON with one oversized value inside the second officer
     * record: a number of 1,001 digits, arrays nested 1,100 deep, an (unknown) field name of 60,000 characters, a
     * name of 21,000,000 characters. Jackson's default StreamReadConstraints (not mentioned anywhere in the docs)
     * throw, and the reader refuses the whole file with "không phải JSON hợp lệ: Number value length (1001) exceeds
     * the maximum allowed (1000 ...) (not valid JSON)": officers 1 and 3 are lost and the message is false.
     */
    @Test
    void reader_oneOversizedValueInOneOfficer_rejectsOnlyThatOfficer() {
        org.assertj.core.api.SoftAssertions soft = new org.assertj.core.api.SoftAssertions();
        java.util.Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("1,001-digit number", "\"monthsWorked\": " + "9".repeat(1001) + ",");
        cases.put("nesting 1,100", "\"monthsWorked\": 12, \"signs\": " + "[".repeat(1100) + "]".repeat(1100) + ",");
        cases.put("60,000-char field name", "\"monthsWorked\": 12, \"" + "x".repeat(60_000) + "\": 1,");
        cases.put("21M-char name", "\"monthsWorked\": 12, \"name\": \"" + "x".repeat(21_000_000) + "\",");
        cases.forEach((what, field) -> {
            Throwable t = catchThrowable(() -> {
                DossierFile f = read(dossierJson(field));
                soft.assertThat(f.dossiers()).as(what).extracting(d -> d.officer().id()).contains("1", "3");
                soft.assertThat(f.entries()).as(what).hasSize(3);
            });
            soft.assertThat(t).as("%s: the whole file was refused", what).isNull();
        });
        soft.assertAll();
    }

    /** DossierReader#read(InputStream, String): "The stream is read to its end but not closed." */
    @Test
    void reader_inputStream_isReadToItsEndAndNotClosed() {
        byte[] json = (dossierJson("\"monthsWorked\": 12,") + "\n\n   \n").getBytes(StandardCharsets.UTF_8);
        boolean[] closed = {false};
        ByteArrayInputStream raw = new ByteArrayInputStream(json);
        InputStream in = new FilterInputStream(raw) {
            @Override
            public void close() throws IOException {
                closed[0] = true;
                super.close();
            }
        };
        DossierFile f = READER.read(in, "stdin");
        assertThat(f.dossiers()).hasSize(3);
        assertThat(closed[0]).isFalse();
        assertThat(raw.available()).isZero();
    }

    @Test
    void reader_utf8Bom_isRead() {
        byte[] body = dossierJson("\"monthsWorked\": 12,").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        DossierFile f = READER.read(new ByteArrayInputStream(withBom), "bom.json");
        assertThat(f.dossiers()).hasSize(3);
        for (java.nio.charset.Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
                StandardCharsets.UTF_16)) {
            byte[] utf16 = dossierJson("\"monthsWorked\": 12,").getBytes(cs);
            assertThat(READER.read(new ByteArrayInputStream(utf16), "u16").dossiers()).as(cs.name()).hasSize(3);
        }
    }

    /** DossierReader#read(InputStream, String): "@throws UncheckedIOException when the input cannot be read". */
    @Test
    void reader_streamFailingMidway_isUncheckedIOException() {
        byte[] json = dossierJson("\"monthsWorked\": 12,").getBytes(StandardCharsets.UTF_8);
        InputStream failing = new InputStream() {
            int pos;

            @Override
            public int read() throws IOException {
                if (pos >= 200) {
                    throw new IOException("disk gone");
                }
                return json[pos++] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (pos >= 200) {
                    throw new IOException("disk gone");
                }
                int n = Math.min(len, Math.min(16, 200 - pos));
                System.arraycopy(json, pos, b, off, n);
                pos += n;
                return n;
            }
        };
        assertThatThrownBy(() -> READER.read(failing, "x")).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void reader_trailingContentAndDuplicatePeriodField_refuseWithPosition() {
        Throwable t = catchThrowable(() -> read(dossierJson("\"monthsWorked\": 12,") + " {}"));
        assertThat(t).isInstanceOf(DossierFormatException.class);
        assertThat(((DossierFormatException) t).line()).isPositive();
        Throwable dup = catchThrowable(() -> read("{\"period\": {\"year\": 2025, \"year\": 2026}, \"units\": [],"
                + " \"officers\": []}"));
        assertThat(dup).isInstanceOf(DossierFormatException.class);
    }

    // ------------------------------------------------------------------------------------------------ hot reload

    private static final Dossier PLAIN = staff("o1", "PC08", 2025);

    private static void move(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    }

    /*
     * RuleRepository#watch: "Starts watching the folder on a daemon thread: changes to rule files trigger reload()
     * once they have settled"; #watching: "whether the folder is being watched"; README, Hot reload: "recompiles on
     * change, swaps atomically". A deployment that replaces the folder as a whole (the new version written beside it,
     * the old one moved away, the new one moved into place; a Kubernetes ConfigMap volume swaps its ..data link the
     * same way) changes every rule file of the folder. The watcher keeps watching the moved-away directory (it
     * registered the folder's real path once): the repository serves v1 forever, no listener hears anything, and
     * watching() still says true, so nothing tells the embedding application that hot reload has stopped.
     */
    @Test
    void watch_folderReplacedByANewVersion_isReloadedOrNoLongerWatching() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("rules"));
        Files.writeString(folder.resolve("cap.drl"), EmbedFixtures.localCap(RatingLevel.HOAN_THANH, "v1"));
        BlockingQueue<ReloadResult> heard = new LinkedBlockingQueue<>();
        try (RuleRepository repo = RuleRepository.builder(folder)
                .base(RuleSource.drl("base.drl", TASKS_CAP_DRL))
                .debounce(Duration.ofMillis(50)).listener(heard::add).build().watch()) {
            assertThat(repo.current().assess(PLAIN).rating()).isEqualTo(RatingLevel.HOAN_THANH);
            Path next = Files.createDirectories(tmp.resolve("rules.next"));
            Files.writeString(next.resolve("cap.drl"), EmbedFixtures.localCap(RatingLevel.KHONG_HOAN_THANH, "v2"));
            move(folder, tmp.resolve("rules.old"));
            move(next, folder);
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < until
                    && repo.current().assess(PLAIN).rating() != RatingLevel.KHONG_HOAN_THANH) {
                Thread.sleep(100);
            }
            boolean reloaded = repo.current().assess(PLAIN).rating() == RatingLevel.KHONG_HOAN_THANH;
            assertThat(reloaded || !repo.watching())
                    .as("the folder holds v2, the repository serves %s, watching() says %s, listeners heard %s",
                            repo.current().assess(PLAIN).rating(), repo.watching(), heard)
                    .isTrue();
        }
    }

    @Test
    void reload_folderDeletedThenRestored_rejectsThenSwaps() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("rules"));
        Files.writeString(folder.resolve("cap.drl"), EmbedFixtures.localCap(RatingLevel.HOAN_THANH, "v1"));
        try (RuleRepository repo = RuleRepository.builder(folder)
                .base(RuleSource.drl("base.drl", TASKS_CAP_DRL)).build()) {
            move(folder, tmp.resolve("gone"));
            ReloadResult r = repo.reload();
            assertThat(r).isInstanceOf(ReloadResult.Rejected.class);
            assertThat(((ReloadResult.Rejected) r).diagnostics()).singleElement()
                    .satisfies(d -> assertThat(d.message()).contains(folder.toString()));
            assertThat(repo.current().assess(PLAIN).rating()).isEqualTo(RatingLevel.HOAN_THANH);
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("cap.drl"), EmbedFixtures.localCap(RatingLevel.KHONG_HOAN_THANH, "v2"));
            assertThat(repo.reload()).isInstanceOf(ReloadResult.Swapped.class);
            assertThat(repo.current().assess(PLAIN).rating()).isEqualTo(RatingLevel.KHONG_HOAN_THANH);
            repo.close();
            assertThatThrownBy(repo::watch).isInstanceOf(IllegalStateException.class);
            assertThat(repo.reload()).isInstanceOf(ReloadResult.Unchanged.class);
        }
    }

    /*
     * RuleRepository.Builder#debounce: "How long file changes must have stopped before a watched folder reloads";
     * it accepts any non-negative Duration (only a negative one is an IllegalArgumentException). #watching: "whether
     * the folder is being watched"; #close is the only documented way to stop watching. With
     * Duration.ofSeconds(Long.MAX_VALUE) ("effectively never reload on its own"), the first change makes the watch
     * thread call debounce.toMillis(), which throws ArithmeticException: long overflow; nothing catches it, the
     * thread dies, the JVM's default handler prints the stack trace to stderr (README: "Logging goes through SLF4J
     * only; the library never prints") and watching() turns false although close() was never called.
     */
    @Test
    void watch_hugeDebounce_keepsWatching() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("rules"));
        Files.writeString(folder.resolve("cap.drl"), EmbedFixtures.localCap(RatingLevel.HOAN_THANH, "v1"));
        try (RuleRepository repo = RuleRepository.builder(folder)
                .base(RuleSource.drl("base.drl", TASKS_CAP_DRL))
                .debounce(Duration.ofSeconds(Long.MAX_VALUE)).build().watch()) {
            Files.writeString(folder.resolve("other.drl"), EmbedFixtures.localCap(RatingLevel.KHONG_HOAN_THANH, "v2"));
            Thread.sleep(1500);
            assertThat(repo.watching()).isTrue();
        }
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> RuntimeException sneaky(Throwable t) throws E {
        throw (E) t;
    }

    /*
     * ReloadListener: "An exception it throws is logged and otherwise ignored." (RuleRepository catches only
     * RuntimeException around each listener, and FolderWatcher only RuntimeException around reload(): on the watch
     * thread the same listener kills the thread.) RuleRepository#reload: "Never throws
     * for bad rules or an unreadable folder". A listener written in Kotlin (or any JVM language without checked
     * exceptions) may throw an IOException, e.g. while writing an audit line.
     */
    @Test
    void reload_listenerThrowingACheckedException_isLoggedAndIgnored() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("rules"));
        Files.writeString(folder.resolve("cap.drl"), EmbedFixtures.localCap(RatingLevel.HOAN_THANH, "v1"));
        try (RuleRepository repo = RuleRepository.builder(folder)
                .base(RuleSource.drl("base.drl", TASKS_CAP_DRL))
                .listener(r -> { throw sneaky(new IOException("audit log unavailable")); }).build()) {
            Files.writeString(folder.resolve("cap.drl"), EmbedFixtures.localCap(RatingLevel.KHONG_HOAN_THANH, "v2"));
            Throwable t = catchThrowable(repo::reload);
            assertThat(t).as("reload() let the listener's exception out").isNull();
            assertThat(repo.current().assess(PLAIN).rating()).isEqualTo(RatingLevel.KHONG_HOAN_THANH);
        }
    }

    private static final String WARN_B_DRL = """
            package test;
            import org.chuanmuc.model.*;
            rule "B-1"
            when
                $o: Officer(unitId == "B")
            then
                insert(new Warning($o.id(), "B-1", "một"));
            end
            rule "B-2"
            when
                $o: Officer(unitId == "B")
            then
                insert(new Warning($o.id(), "B-2", "hai"));
            end
            """;

    /*
     * The DossierStream Javadoc shows how to stream a file into a results file. docs/formats.md, Results: "results
     * and rejected together hold every officer of the input exactly once". README: an AssessmentException is "a rule
     * looped, ran out of time or failed at run time" for one unit. Following the snippet, a unit that fails leaves a
     * results file that is complete JSON, with a summary, and silently lacks that unit's officers.
     */
    @Test
    void javadoc_dossierStreamSnippet_aFailingUnitDoesNotLeaveAResultsFileThatLooksWhole() throws IOException {
        Path in = Files.writeString(tmp.resolve("dossiers.json"), """
                {"period": {"year": 2025},
                 "units": [{"id": "A", "name": "Đơn vị A"}, {"id": "B", "name": "Đơn vị B"}],
                 "officers": [
                   {"id": "1", "unitId": "A", "role": "STAFF", "monthsWorked": 12,
                    "tasks": {"assigned": 4, "completed": 4, "onTime": 4, "highQuality": 4}},
                   {"id": "2", "unitId": "B", "role": "STAFF", "monthsWorked": 12,
                    "tasks": {"assigned": 4, "completed": 4, "onTime": 4, "highQuality": 4}}
                 ]}
                """);
        Assessor assessor = Assessor.builder().rules(RuleSource.drl("b.drl", WARN_B_DRL)).maxFiringsPerOfficer(1)
                .build();
        DossierReader reader = READER;
        Path results = tmp.resolve("results.json");
        Throwable failed = catchThrowable(() -> {
            try (DossierStream din = reader.open(in);
                 ResultWriter out = ResultWriter.to(results, din.period(), assessor.ruleSet())) {
                for (DossierBatch batch : din) {
                    out.write(assessor.assessAll(batch.dossiers()));
                    out.reject(batch.rejected());
                }
                out.finish();
            }
        });
        assertThat(failed).isInstanceOf(org.chuanmuc.assess.AssessmentException.class);
        JsonNode written;
        try {
            written = new ObjectMapper().readTree(results.toFile());
        } catch (IOException notWhole) {
            return; // an unfinished document: nobody takes it for the results of the whole input
        }
        assertThat(written == null || !written.has("summary")
                || written.get("results").size() + written.get("rejected").size() == 2)
                .as("a finished results file with summary %s for an input of 2 officers", written.get("summary"))
                .isTrue();
    }
}
