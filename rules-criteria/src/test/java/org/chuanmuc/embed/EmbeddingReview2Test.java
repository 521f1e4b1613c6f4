package org.chuanmuc.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.ReloadResult;
import org.chuanmuc.assess.RuleRepository;
import org.chuanmuc.assess.RuleSource;
import org.chuanmuc.criteria.CriteriaCatalogue;
import org.chuanmuc.io.DossierBatch;
import org.chuanmuc.io.DossierEntry;
import org.chuanmuc.io.DossierFile;
import org.chuanmuc.io.DossierFormatException;
import org.chuanmuc.io.DossierReader;
import org.chuanmuc.io.DossierStream;
import org.chuanmuc.io.FieldError;
import org.chuanmuc.io.RejectedOfficer;
import org.chuanmuc.io.ResultWriter;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Second hostile review (round 14) of chuanmuc as embedded from Java: today's changes to {@code ResultWriter}
 * ({@code finish()}, the temporary file beside the target), to {@code DossierReader} (per-record limits, units read
 * record by record) and to the {@code RuleRepository} watch (following the folder's path). Every test quotes the
 * documented promise it checks. Tests marked "PIN" pass and pin an important promise.
 */
@Timeout(300)
class EmbeddingReview2Test {
    private static final CriteriaCatalogue CATALOGUE = CriteriaCatalogue.standard();
    private static final DossierReader READER = DossierReader.withKnownSigns(CATALOGUE.signCodes());
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String TASKS_CAP_DRL = EmbedFixtures.TASKS_CAP_DRL;

    /** A tiny assessor (no standard criteria), enough to produce assessments to write. */
    private static final Assessor SMALL = Assessor.builder().rules(RuleSource.drl("base.drl", TASKS_CAP_DRL)).build();

    @TempDir
    Path tmp;

    private static Dossier staff(String id, String unit) {
        return EmbedFixtures.staff(id, unit, 2025);
    }

    private static Assessment assessed(String id) {
        return SMALL.assess(staff(id, "A"));
    }

    /** The temporaries a ResultWriter may leave in a folder. */
    private static List<String> temporaries(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".chuanmuc-tmp")).toList();
        }
    }

    private static JsonNode parse(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }

    // ===================================================================================================
    // 1. ResultWriter
    // ===================================================================================================

    /*
     * PIN. ResultWriter#to(Path): "When file is a symbolic link, the file it points to is replaced and the link
     * stays"; docs/data-safety.md: "the new file takes the old one's POSIX permissions". A relative link in another
     * folder than the working directory; the results file is private (0600).
     */
    @Test
    void resultWriter_symlinkTarget_replacesTheFileItLeadsTo_keepsLinkAndPermissions() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Path real = Files.writeString(data.resolve("ket-qua.json"), "old");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-------"));
        Path links = Files.createDirectories(tmp.resolve("links"));
        Path link = Files.createSymbolicLink(links.resolve("out.json"), Path.of("../data/ket-qua.json"));
        try (ResultWriter out = ResultWriter.to(link, new Period(2025), SMALL.ruleSet())) {
            out.write(assessed("1"));
            assertThat(Files.readString(real)).isEqualTo("old");
            out.finish();
        }
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(parse(real).get("summary").get("assessed").asInt()).isEqualTo(1);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(real))).isEqualTo("rw-------");
        assertThat(temporaries(data)).isEmpty();
        assertThat(temporaries(links)).isEmpty();
    }

    /*
     * PIN. A dangling link (to a file yet to be written): AtomicFile "the file at the end of its chain of links,
     * existing or not". The link stays and now leads to the results.
     */
    @Test
    void resultWriter_danglingSymlink_writesTheFileItNames() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Path link = Files.createSymbolicLink(tmp.resolve("out.json"), data.resolve("new.json"));
        try (ResultWriter out = ResultWriter.to(link, new Period(2025), SMALL.ruleSet())) {
            out.write(assessed("1")).finish();
        }
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(parse(data.resolve("new.json")).get("summary").get("assessed").asInt()).isEqualTo(1);
        assertThat(temporaries(data)).isEmpty();
        assertThat(temporaries(tmp)).isEmpty();
    }

    /*
     * PIN. "Starts writing a file whole or not at all"; "@throws UncheckedIOException when the temporary file cannot
     * be created or written"; finish(): "@throws UncheckedIOException when writing fails; a file target then keeps
     * its earlier content". A folder as target, a folder that does not exist, a link that loops.
     */
    @Test
    void resultWriter_impossibleTargets_failWithUncheckedIO_andLeaveNothing() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("ket-qua.json"));
        Files.writeString(dir.resolve("keep.txt"), "keep");
        Throwable t = catchThrowable(() -> {
            try (ResultWriter out = ResultWriter.to(dir, new Period(2025), SMALL.ruleSet())) {
                out.write(assessed("1")).finish();
            }
        });
        assertThat(t).isInstanceOf(UncheckedIOException.class);
        assertThat(Files.readString(dir.resolve("keep.txt"))).isEqualTo("keep");
        assertThat(temporaries(tmp)).isEmpty();

        Throwable missing = catchThrowable(() -> ResultWriter.to(tmp.resolve("no/such/folder/x.json"),
                new Period(2025), SMALL.ruleSet()));
        assertThat(missing).isInstanceOf(UncheckedIOException.class);

        Path a = tmp.resolve("a.json");
        Path b = tmp.resolve("b.json");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        assertThat(catchThrowable(() -> ResultWriter.to(a, new Period(2025), SMALL.ruleSet())))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(temporaries(tmp)).isEmpty();
    }

    /*
     * PIN. Class Javadoc: "Closing the writer without [finish()] abandons the results: a file target is left as it
     * was before, byte for byte"; two writers to the same path at once (the same-process case AtomicFile handles):
     * each is whole or nothing, the last finish() wins, no temporary is left.
     */
    @Test
    void resultWriter_twoWritersOnOnePath_eachWholeOrNothing() throws IOException {
        Path target = Files.writeString(tmp.resolve("ket-qua.json"), "last week");
        ResultWriter first = ResultWriter.to(target, new Period(2025), SMALL.ruleSet());
        ResultWriter second = ResultWriter.to(target, new Period(2025), SMALL.ruleSet());
        ResultWriter third = ResultWriter.to(target, new Period(2025), SMALL.ruleSet());
        first.write(assessed("1"));
        second.write(assessed("1")).write(assessed("2"));
        third.write(assessed("3"));
        assertThat(temporaries(tmp)).hasSize(3);
        second.finish();
        assertThat(parse(target).get("summary").get("assessed").asInt()).isEqualTo(2);
        third.close(); // abandoned: the file stays the second's
        assertThat(parse(target).get("summary").get("assessed").asInt()).isEqualTo(2);
        first.finish();
        assertThat(parse(target).get("summary").get("assessed").asInt()).isEqualTo(1);
        first.close();
        second.close();
        assertThat(temporaries(tmp)).isEmpty();
    }

    /*
     * PIN. finish(): "@throws UncheckedIOException when writing fails; a file target then keeps its earlier content";
     * "@throws IllegalStateException when the writer is already finished or closed"; close(): "Never throws"; write():
     * "@throws IllegalStateException when the writer is closed". The temporary is removed by someone before finish()
     * (a cleanup job), so the rename fails half way through finish().
     */
    @Test
    void resultWriter_finishFailingHalfWay_keepsEarlierFile_andRefusesEverythingAfter() throws IOException {
        Path target = Files.writeString(tmp.resolve("ket-qua.json"), "last week");
        ResultWriter out = ResultWriter.to(target, new Period(2025), SMALL.ruleSet());
        out.write(assessed("1")).write(assessed("2"));
        out.reject(new RejectedOfficer(2, "3", List.of(new FieldError("officers[2].id", "x"))));
        for (String name : temporaries(tmp)) {
            Files.delete(tmp.resolve(name));
        }
        assertThatThrownBy(out::finish).isInstanceOf(UncheckedIOException.class);
        assertThat(Files.readString(target)).isEqualTo("last week");
        assertThat(out.assessedCount()).isEqualTo(2);
        assertThat(out.rejectedCount()).isEqualTo(1);
        assertThatThrownBy(() -> out.write(assessed("4"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> out.reject(List.of())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(out::finish).isInstanceOf(IllegalStateException.class);
        out.close();
        out.close();
        assertThat(Files.readString(target)).isEqualTo("last week");
        assertThat(temporaries(tmp)).isEmpty();
    }

    /*
     * PIN. The folder itself removed before finish(): UncheckedIOException, nothing created anywhere, later calls
     * refused as documented.
     */
    @Test
    void resultWriter_folderRemovedBeforeFinish_failsCleanly() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("out"));
        Path target = folder.resolve("ket-qua.json");
        ResultWriter out = ResultWriter.to(target, new Period(2025), SMALL.ruleSet());
        out.write(assessed("1"));
        for (String name : temporaries(folder)) {
            Files.delete(folder.resolve(name));
        }
        Files.delete(folder);
        assertThatThrownBy(out::finish).isInstanceOf(UncheckedIOException.class);
        assertThat(folder).doesNotExist();
        assertThatThrownBy(() -> out.write(assessed("2"))).isInstanceOf(IllegalStateException.class);
        out.close();
        assertThat(out.assessedCount()).isEqualTo(1);
    }

    /*
     * PIN. ResultWriter#to(Path): "SIGKILL (the temporary file stays, and the next writer to the same file removes
     * it)". A temporary named after a process that has ended; one named after this (live) process must stay.
     */
    @Test
    void resultWriter_staleTemporaryOfADeadProcess_isRemovedByTheNextWriter() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        long dead = p.pid();
        Path stale = Files.writeString(tmp.resolve(".ket-qua.json." + dead + ".chuanmuc-tmp"), "{\"period\":");
        Path target = tmp.resolve("ket-qua.json");
        try (ResultWriter out = ResultWriter.to(target, new Period(2025), SMALL.ruleSet())) {
            assertThat(stale).doesNotExist();
            out.finish();
        }
        assertThat(parse(target).get("summary").get("assessed").asInt()).isZero();
        assertThat(temporaries(tmp)).isEmpty();
    }

    /*
     * PIN. Class Javadoc: "a stream target is left with an unfinished document that no JSON reader takes for complete
     * results"; to(OutputStream): "finish() and close() flush out but do not close it". And after finish() the
     * counts stay what was written.
     */
    @Test
    void resultWriter_streamTarget_abandonedIsNotJson_finishedIsWhole() throws IOException {
        ByteArrayOutputStream abandoned = new ByteArrayOutputStream();
        try (ResultWriter out = ResultWriter.to(abandoned, new Period(2025), SMALL.ruleSet())) {
            out.write(assessed("1"));
        }
        assertThat(abandoned.size()).isPositive();
        assertThat(catchThrowable(() -> JSON.readTree(abandoned.toByteArray()))).isInstanceOf(IOException.class);

        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        ResultWriter out = ResultWriter.to(whole, new Period(2025), SMALL.ruleSet());
        out.write(assessed("1")).write(assessed("2"));
        out.reject(new RejectedOfficer(2, "3", List.of(new FieldError("officers[2].id", "x"))));
        out.finish();
        out.close();
        assertThat(out.assessedCount()).isEqualTo(2);
        assertThat(out.rejectedCount()).isEqualTo(1);
        JsonNode doc = JSON.readTree(whole.toByteArray());
        assertThat(doc.get("summary").get("assessed").asInt()).isEqualTo(2);
        assertThat(doc.get("summary").get("rejected").asInt()).isEqualTo(1);
    }

    // ===================================================================================================
    // 2. DossierReader limits
    // ===================================================================================================

    private static final String TASKS = "\"tasks\": {\"assigned\": 4, \"completed\": 4, \"onTime\": 4, \"highQuality\": 4}";

    private static String officer(String id, String unit, String extra) {
        return "{\"id\": \"" + id + "\", \"unitId\": \"" + unit + "\", \"role\": \"STAFF\", " + extra
                + (extra.isEmpty() ? "" : ", ") + "\"monthsWorked\": 12, " + TASKS + "}";
    }

    private static String file(String units, String... officers) {
        return "{\"period\": {\"year\": 2025},\n \"units\": [" + units + "],\n \"officers\": [\n"
                + String.join(",\n", officers) + "\n]}";
    }

    private static String fileOfficersFirst(String units, String... officers) {
        return "{\"officers\": [\n" + String.join(",\n", officers) + "\n],\n \"units\": [" + units
                + "],\n \"period\": {\"year\": 2025}}";
    }

    private static DossierFile read(String json) {
        return READER.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "in.json");
    }

    /** Reads with open(): every batch, as a streaming embedder would. */
    private static List<DossierEntry> stream(String json) {
        List<DossierEntry> entries = new ArrayList<>();
        try (DossierStream in = READER.open(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "in")) {
            for (DossierBatch b : in) {
                entries.addAll(b.entries());
            }
        }
        return entries;
    }

    private static final String UNITS_AB = "{\"id\": \"A\", \"name\": \"Đơn vị A\"}, {\"id\": \"B\"}";

    /** Every error message and every text of a rejection stays short: no oversized value is repeated. */
    private static void assertNoLeak(RejectedOfficer r, int max) {
        assertThat(r.officerId().length()).as("officerId").isLessThanOrEqualTo(max);
        assertThat(r.name().length()).as("name").isLessThanOrEqualTo(max);
        assertThat(r.unitId().length()).as("unitId").isLessThanOrEqualTo(max);
        for (FieldError e : r.errors()) {
            assertThat(e.path().length() + e.message().length()).as("error %s", e.path()).isLessThanOrEqualTo(
                    max + 2_000);
        }
    }

    /*
     * PIN. docs/formats.md, Limits: "a string of a field the format defines ... 1,000,000 characters ... the rejection
     * does not repeat the string, so the report shows no name"; RejectedOfficer: "officerId the record's id, or an
     * empty string when it has none (or one over the reader's limits)", the same for name and unitId. The oversized
     * id, name and unitId each reject only their record, and nothing of them reaches the RejectedOfficer.
     */
    @Test
    void reader_oversizedIdNameUnitId_rejectOnlyTheirRecord_withoutRepeatingTheText() {
        String big = "x".repeat(1_000_001);
        String json = file(UNITS_AB,
                officer("1", "A", ""),
                "{\"id\": \"" + big + "\", \"name\": \"Tên\", \"unitId\": \"A\", \"role\": \"STAFF\", \"monthsWorked\": 12, "
                        + TASKS + "}",
                officer("3", "A", "\"name\": \"" + big + "\""),
                "{\"id\": \"4\", \"unitId\": \"" + big + "\", \"role\": \"STAFF\", \"monthsWorked\": 12, " + TASKS + "}",
                officer("5", "B", "\"group\": \"" + big + "\""),
                officer("6", "B", ""));
        DossierFile f = read(json);
        assertThat(f.entries()).extracting(DossierEntry::index).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(f.dossiers()).extracting(d -> d.officer().id()).containsExactly("1", "6");
        assertThat(f.rejected()).hasSize(4).allSatisfy(r -> assertNoLeak(r, 100));
        assertThat(f.rejected().get(0).officerId()).isEmpty();
        assertThat(f.rejected().get(0).name()).isEqualTo("Tên");
        assertThat(f.rejected().get(0).errors()).extracting(FieldError::path).containsExactly("officers[1].id");
        assertThat(f.rejected().get(1).name()).isEmpty();
        assertThat(f.rejected().get(1).officerId()).isEqualTo("3");
        assertThat(f.rejected().get(2).unitId()).isEmpty();
        assertThat(f.rejected().get(3).errors()).extracting(FieldError::path).containsExactly("officers[4].group");
        assertThat(f.rejected().get(3).errors().get(0).message()).contains("1000001");
        assertThat(stream(json)).hasSize(6);
    }

    /*
     * PIN. docs/formats.md, Limits: "A value over a limit is a bad value like any other: the officer is rejected, or
     * the unit broken (with its officers), with an error at the value's JSON path, and every other record is read and
     * assessed as usual"; DossierReader: a broken unit's officers "are rejected with an error on officers[i].unitId
     * naming the unit plus the unit's own errors". Units are now read record by record.
     */
    @Test
    void reader_oversizedValuesInUnits_breakOnlyThatUnit() {
        String bigName = "x".repeat(1_000_001);
        String units = "{\"id\": \"A\", \"name\": \"" + bigName + "\"}, "
                + "{\"id\": \"B\", \"outstanding\": " + "1".repeat(1001) + "}, "
                + "{\"id\": \"C\", \"" + "k".repeat(60_000) + "\": 1}, "
                + "{\"id\": \"D\", \"extra\": " + "[".repeat(1100) + "]".repeat(1100) + "}, "
                + "{\"id\": \"E\"}";
        String json = file(units, officer("1", "A", ""), officer("2", "B", ""), officer("3", "C", ""),
                officer("4", "D", ""), officer("5", "E", ""));
        DossierFile f = read(json);
        assertThat(f.dossiers()).extracting(d -> d.officer().id()).containsExactly("5");
        assertThat(f.units()).extracting(Unit::id).containsExactly("E");
        // units[3].extra twice: once as an unknown field, once nested too deep
        assertThat(f.unitErrors()).extracting(FieldError::path)
                .containsExactly("units[0].name", "units[1].outstanding", "units[2]", "units[3].extra",
                        "units[3].extra");
        assertThat(f.unitErrors().get(0).message()).contains("chuỗi quá dài").hasSizeLessThan(300);
        assertThat(f.unitErrors().get(1).message()).contains("số quá dài");
        assertThat(f.unitErrors().get(2).message()).contains("tên trường quá dài").contains("k".repeat(40))
                .doesNotContain("k".repeat(41)).hasSizeLessThan(300);
        assertThat(f.unitErrors().get(4).message()).contains("lồng nhau quá sâu");
        assertThat(f.rejected()).hasSize(4).allSatisfy(r -> {
            assertNoLeak(r, 100);
            assertThat(r.errors()).anySatisfy(e -> assertThat(e.path()).endsWith(".unitId"));
            assertThat(r.errors()).anySatisfy(e -> assertThat(e.path()).startsWith("units["));
        });
        // officers before units: the same outcome
        DossierFile g = read(fileOfficersFirst(units, officer("1", "A", ""), officer("2", "B", ""),
                officer("3", "C", ""), officer("4", "D", ""), officer("5", "E", "")));
        assertThat(g.entries()).isEqualTo(f.entries());
        assertThat(g.unitErrors()).isEqualTo(f.unitErrors());
    }

    /*
     * PIN. docs/formats.md: "A field given twice in one object is an error too ... in period or a unit it refuses the
     * file" ("refused whole with file:line:column: reason").
     */
    @Test
    void reader_duplicateUnitField_refusesTheFileWithAPosition() {
        Throwable t = catchThrowable(() -> read(file("{\"id\": \"A\", \"name\": \"x\", \"name\": \"y\"}",
                officer("1", "A", ""))));
        assertThat(t).isInstanceOf(DossierFormatException.class);
        assertThat(((DossierFormatException) t).line()).isPositive();
        assertThat(((DossierFormatException) t).column()).isPositive();
    }

    /*
     * PIN. docs/formats.md, Limits, table: a number "1,000 characters as written (sign, point and exponent included)";
     * "A value of the right size is then checked as usual: "monthsWorked": 12.000…0 written with 1,000 characters is
     * 12." And 1,001 characters rejects the officer at its path, in period the file.
     */
    @Test
    void reader_numberLimit_isOnCharactersAsWritten() {
        String twelve1000 = "12." + "0".repeat(997);
        String twelve1001 = "12." + "0".repeat(998);
        String signed1000 = "-" + "0".repeat(0) + "1" + "0".repeat(998); // 1,000 characters, an integer too big
        DossierFile f = read(file(UNITS_AB,
                "{\"id\": \"1\", \"unitId\": \"A\", \"role\": \"STAFF\", \"monthsWorked\": " + twelve1000 + ", " + TASKS + "}",
                "{\"id\": \"2\", \"unitId\": \"A\", \"role\": \"STAFF\", \"monthsWorked\": " + twelve1001 + ", " + TASKS + "}",
                "{\"id\": \"3\", \"unitId\": \"A\", \"role\": \"STAFF\", \"monthsWorked\": " + signed1000 + ", " + TASKS + "}",
                officer("4", "A", "\"scores\": {\"general\": " + "2" + "5." + "0".repeat(997) + "}"),
                officer("5", "A", "\"history\": [{\"year\": " + "2".repeat(1001) + ", \"rating\": \"HOAN_THANH\"}]")));
        assertThat(f.entries()).hasSize(5);
        assertThat(f.dossiers()).extracting(d -> d.officer().id()).containsExactly("1", "4");
        assertThat(f.dossiers().get(0).officer().monthsWorked()).isEqualTo(12);
        assertThat(f.rejected().get(0).errors()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("officers[1].monthsWorked");
            assertThat(e.message()).contains("1001");
        });
        assertThat(f.rejected().get(1).errors()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("officers[2].monthsWorked");
            assertThat(e.message()).doesNotContain("số quá dài");
        });
        assertThat(f.rejected().get(2).errors()).singleElement()
                .satisfies(e -> assertThat(e.path()).isEqualTo("officers[4].history[0].year"));
        Throwable t = catchThrowable(() -> read("{\"period\": {\"year\": " + "2".repeat(1001)
                + "}, \"units\": [], \"officers\": []}"));
        assertThat(t).isInstanceOf(DossierFormatException.class);
        assertThat(((DossierFormatException) t).column()).isPositive();
    }

    /*
     * PIN. docs/formats.md, Limits: nesting "1,000 levels, the file's root object being level 1 and a record level
     * 3"; "at the value nested too deep, e.g. officers[1].signs[0]: lồng nhau quá sâu: 1103 tầng"; a field name of
     * exactly 1,000 characters is an ordinary unknown field, 1,001 "at the object that holds it, with the name's first
     * 40 characters".
     */
    @Test
    void reader_nestingAndFieldNameLimits_atTheirBoundaries() {
        // signs is level 4; n brackets put the innermost array at level 3 + n
        String deep997 = "[".repeat(997) + "]".repeat(997); // innermost at level 1000: within the limit
        String deep998 = "[".repeat(998) + "]".repeat(998); // level 1001
        DossierFile f = read(file(UNITS_AB,
                officer("1", "A", "\"signs\": " + deep997),
                officer("2", "A", "\"signs\": " + deep998),
                officer("3", "A", "\"signs\": " + "[".repeat(1100) + "]".repeat(1100)),
                officer("4", "A", "\"" + "n".repeat(1000) + "\": 1"),
                officer("5", "A", "\"" + "n".repeat(1001) + "\": 1"),
                officer("6", "A", "")));
        assertThat(f.entries()).hasSize(6);
        assertThat(f.dossiers()).extracting(d -> d.officer().id()).containsExactly("6");
        assertThat(f.rejected().get(0).errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).doesNotContain("lồng nhau quá sâu"));
        assertThat(f.rejected().get(1).errors()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("officers[1].signs[0]");
            assertThat(e.message()).contains("lồng nhau quá sâu: 1001 ");
        });
        assertThat(f.rejected().get(2).errors()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("officers[2].signs[0]");
            assertThat(e.message()).contains("1103");
        });
        assertThat(f.rejected().get(3).errors()).singleElement()
                .satisfies(e -> assertThat(e.path()).isEqualTo("officers[3]." + "n".repeat(1000)));
        assertThat(f.rejected().get(4).errors()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("officers[4]");
            assertThat(e.message()).contains("\"" + "n".repeat(40) + "…\"").contains("1001");
        });
    }

    /*
     * PIN. docs/formats.md, Limits: "A value that the format does not define (an unknown field's) or that has the
     * wrong type (a string or an array where a number belongs) is stepped over without being held"; only "a number,
     * or a string the reader needs, of more than 50,000,000 characters" refuses the file. A 60,000,000-character
     * string where a number belongs, and as an unknown field's value, cost only their records.
     */
    @Test
    void reader_hugeStringsTheReaderDoesNotNeed_costOnlyTheirRecord() {
        String huge = "x".repeat(60_000_000);
        String json = file(UNITS_AB,
                officer("1", "A", ""),
                "{\"id\": \"2\", \"unitId\": \"A\", \"role\": \"STAFF\", \"monthsWorked\": \"" + huge + "\", " + TASKS + "}",
                officer("3", "A", "\"note\": \"" + huge + "\""),
                officer("4", "A", ""));
        huge = null;
        DossierFile f = read(json);
        assertThat(f.dossiers()).extracting(d -> d.officer().id()).containsExactly("1", "4");
        assertThat(f.rejected()).extracting(RejectedOfficer::officerId).containsExactly("2", "3");
        assertThat(f.rejected()).allSatisfy(r -> assertNoLeak(r, 100));
    }

    /*
     * PIN. docs/formats.md, Limits: beyond the parser's caps the file is refused, "The reason then says so, with the
     * position where reading stopped, and not that the file is not JSON".
     */
    @Test
    void reader_valueBeyondTheParserCaps_refusesWithTheDocumentedReason() {
        String json = file(UNITS_AB, officer("1", "A", ""),
                officer("2", "A", "\"name\": \"" + "x".repeat(50_000_001) + "\""));
        Throwable t = catchThrowable(() -> read(json));
        assertThat(t).isInstanceOf(DossierFormatException.class);
        DossierFormatException e = (DossierFormatException) t;
        assertThat(e.getMessage()).contains("vượt giới hạn của trình đọc").doesNotContain("không phải JSON");
        assertThat(e.line()).isPositive();
        assertThat(e.column()).isPositive();
    }

    /*
     * DossierReader class Javadoc: "Limits: a value of an officer or a unit over the reader's limits (... a string of
     * more than a million ...) rejects that record"; docs/formats.md: "the rejection does not repeat the string".
     * DossierReader#read(JsonNode) is the same reader over a tree that an embedder already holds (e.g. from a REST
     * body). PIN when it holds.
     */
    @Test
    void reader_treeInput_appliesTheSameLimits() throws IOException {
        String big = "x".repeat(1_000_001);
        String json = file(UNITS_AB, officer("1", "A", ""), officer("2", "A", "\"name\": \"" + big + "\""),
                officer("3", "A", "\"signs\": [{\"code\": \"NQ4-DD-03\", \"verified\": true, \"evidence\": \"" + big
                        + "\"}]"));
        JsonNode tree = new ObjectMapper().readTree(json);
        DossierFile f = READER.read(tree, "tree");
        assertThat(f.dossiers()).extracting(d -> d.officer().id()).containsExactly("1");
        assertThat(f.rejected()).hasSize(2).allSatisfy(r -> assertNoLeak(r, 100));
        assertThat(f.rejected().get(1).errors()).extracting(FieldError::path)
                .containsExactly("officers[2].signs[0].evidence");
    }

    /*
     * docs/formats.md, Bad input: "nothing is dropped without a word"; DossierReader: "Every record of officers comes
     * back exactly once, in input order". formats.md, Limits: in period "any limit refuses the file" (the only whole
     * file refusals). A stream reading the same mixed file in batches gives every officer exactly once too, also with
     * officers before units.
     */
    @Test
    void reader_everyOfficerExactlyOnce_acrossAllKindsOfOversizedValues() {
        String big = "y".repeat(1_000_001);
        String[] officers = {
                officer("1", "A", ""),
                officer("2", "A", "\"signs\": [{\"code\": \"NQ4-DD-03\", \"verified\": true, \"evidence\": \"" + big
                        + "\"}]"),
                officer("3", "B", "\"signs\": [\"" + big + "\"]"),
                "[" + "[".repeat(1100) + "]".repeat(1100) + "]",
                "\"" + big + "\"",
                "1".repeat(1500),
                officer("7", "B", "\"disciplines\": [{\"form\": \"" + big + "\", \"system\": \"STATE\", \"decidedOn\":"
                        + " \"2025-01-01\"}]"),
                officer("8", "A", "\"citizenFeedback\": [{\"date\": \"2025-01-01\", \"kind\": \"COMPLAINT\", "
                        + "\"criterion\": \"" + big + "\", \"verified\": true}]"),
                officer("9", "B", "\"styleEvaluations\": [{\"criterion\": \"PC\", \"met\": " + "1".repeat(1001) + "}]"),
                officer("10", "B", "")};
        for (Supplier<String> input : List.<Supplier<String>>of(() -> file(UNITS_AB, officers),
                () -> fileOfficersFirst(UNITS_AB, officers))) {
            String json = input.get();
            DossierFile f = read(json);
            assertThat(f.entries()).extracting(DossierEntry::index).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
            assertThat(f.dossiers()).extracting(d -> d.officer().id()).containsExactly("1", "10");
            assertThat(f.rejected()).allSatisfy(r -> assertNoLeak(r, 100));
            assertThat(stream(json)).extracting(DossierEntry::index).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        }
    }

    // ===================================================================================================
    // 3. RuleRepository watch (README, Hot reload)
    // ===================================================================================================

    private static final Dossier PLAIN = staff("o1", "PC08");
    private static final long DEADLINE_SECONDS = 30;

    private static boolean await(Supplier<Boolean> condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(DEADLINE_SECONDS);
        while (System.nanoTime() < until) {
            if (condition.get()) {
                return true;
            }
            Thread.sleep(100);
        }
        return condition.get();
    }

    private RuleRepository.Builder repo(Path folder, BlockingQueue<ReloadResult> heard) {
        return RuleRepository.builder(folder).base(RuleSource.drl("base.drl", TASKS_CAP_DRL))
                .debounce(Duration.ofMillis(50)).listener(heard::add);
    }

    /*
     * PIN. README, Hot reload: "A folder replaced as a whole (the new version written beside it, the old one moved
     * away, the new one moved into place), a link re-pointed to another folder, and a folder deleted and created
     * again are watched anew and reloaded." Done twice in a row each, to see the watch really moved on.
     */
    @Test
    void watch_followsReplacedFolderTwice() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("rules"));
        Files.writeString(folder.resolve("cap.drl"), EmbedFixtures.localCap(RatingLevel.HOAN_THANH, "v1"));
        BlockingQueue<ReloadResult> heard = new LinkedBlockingQueue<>();
        try (RuleRepository r = repo(folder, heard).build().watch()) {
            RatingLevel[] versions = {RatingLevel.KHONG_HOAN_THANH, RatingLevel.HOAN_THANH_TOT};
            for (int i = 0; i < versions.length; i++) {
                Path next = Files.createDirectories(tmp.resolve("next" + i));
                Files.writeString(next.resolve("cap.drl"), EmbedFixtures.localCap(versions[i], "v" + (i + 2)));
                Files.move(folder, tmp.resolve("old" + i), StandardCopyOption.ATOMIC_MOVE);
                Files.move(next, folder, StandardCopyOption.ATOMIC_MOVE);
                RatingLevel want = versions[i];
                assertThat(await(() -> r.current().assess(PLAIN).rating() == want))
                        .as("version %d: serves %s, heard %s", i + 2, r.current().assess(PLAIN).rating(), heard)
                        .isTrue();
            }
            // an edit of the new folder is still seen
            Files.writeString(folder.resolve("cap.drl"), EmbedFixtures.localCap(RatingLevel.HOAN_THANH, "v4"));
            assertThat(await(() -> r.current().assess(PLAIN).rating() == RatingLevel.HOAN_THANH)).isTrue();
            assertThat(r.watching()).isTrue();
        }
    }

    /** PIN. README: "a link re-pointed to another folder ... watched anew and reloaded". */
    @Test
    void watch_followsRePointedLink() throws Exception {
        Path v1 = Files.createDirectories(tmp.resolve("v1"));
        Files.writeString(v1.resolve("cap.drl"), EmbedFixtures.localCap(RatingLevel.HOAN_THANH, "v1"));
        Path v2 = Files.createDirectories(tmp.resolve("v2"));
        Files.writeString(v2.resolve("cap.drl"), EmbedFixtures.localCap(RatingLevel.KHONG_HOAN_THANH, "v2"));
        Path link = Files.createSymbolicLink(tmp.resolve("current"), v1);
        BlockingQueue<ReloadResult> heard = new LinkedBlockingQueue<>();
        try (RuleRepository r = repo(link, heard).build().watch()) {
            assertThat(r.current().assess(PLAIN).rating()).isEqualTo(RatingLevel.HOAN_THANH);
            Path tmpLink = Files.createSymbolicLink(tmp.resolve("current.new"), v2);
            Files.move(tmpLink, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            assertThat(await(() -> r.current().assess(PLAIN).rating() == RatingLevel.KHONG_HOAN_THANH))
                    .as("heard %s", heard).isTrue();
            // an edit in v1 (no longer the folder) must not be put in use
            Files.writeString(v1.resolve("cap.drl"), EmbedFixtures.localCap(RatingLevel.HOAN_THANH_TOT, "v1b"));
            Thread.sleep(2_000);
            assertThat(r.current().assess(PLAIN).rating()).isEqualTo(RatingLevel.KHONG_HOAN_THANH);
            Files.writeString(v2.resolve("cap.drl"), EmbedFixtures.localCap(RatingLevel.HOAN_THANH, "v2b"));
            assertThat(await(() -> r.current().assess(PLAIN).rating() == RatingLevel.HOAN_THANH)).isTrue();
        }
    }

    /*
     * PIN. README: "While the path leads to no folder, one reload reports it (Rejected; the last good rules stay) and
     * the watch looks again every second until a folder is there."
     */
    @Test
    void watch_deletedFolder_oneRejected_thenRecreatedIsReloaded() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("rules"));
        Files.writeString(folder.resolve("cap.drl"), EmbedFixtures.localCap(RatingLevel.HOAN_THANH, "v1"));
        BlockingQueue<ReloadResult> heard = new LinkedBlockingQueue<>();
        try (RuleRepository r = repo(folder, heard).build().watch()) {
            Files.delete(folder.resolve("cap.drl"));
            Files.delete(folder);
            assertThat(await(() -> heard.stream().anyMatch(x -> x instanceof ReloadResult.Rejected))).isTrue();
            Thread.sleep(3_000);
            assertThat(heard.stream().filter(x -> x instanceof ReloadResult.Rejected).count())
                    .as("heard %s", heard).isEqualTo(1);
            assertThat(r.current().assess(PLAIN).rating()).isEqualTo(RatingLevel.HOAN_THANH);
            Path staged = Files.createDirectories(tmp.resolve("staged"));
            Files.writeString(staged.resolve("cap.drl"), EmbedFixtures.localCap(RatingLevel.KHONG_HOAN_THANH, "v2"));
            Files.move(staged, folder, StandardCopyOption.ATOMIC_MOVE);
            assertThat(await(() -> r.current().assess(PLAIN).rating() == RatingLevel.KHONG_HOAN_THANH))
                    .as("heard %s", heard).isTrue();
            assertThat(r.watching()).isTrue();
        }
    }

    /*
     * PIN. README: "one of about 292 years or more (Duration.ofSeconds(Long.MAX_VALUE)) means the folder is
     * effectively never reloaded on its own: the watch still runs, and only reload() puts changes in use." Also for
     * a folder replaced whole, and a debounce just below the overflow.
     */
    @Test
    void watch_hugeDebounce_neverReloadsOnItsOwn_butReloadWorks() throws Exception {
        for (Duration debounce : List.of(Duration.ofSeconds(Long.MAX_VALUE), Duration.ofNanos(Long.MAX_VALUE),
                Duration.ofDays(365L * 200))) {
            Path folder = Files.createDirectories(tmp.resolve("rules-" + debounce.toDays()));
            Files.writeString(folder.resolve("cap.drl"), EmbedFixtures.localCap(RatingLevel.HOAN_THANH, "v1"));
            BlockingQueue<ReloadResult> heard = new LinkedBlockingQueue<>();
            try (RuleRepository r = RuleRepository.builder(folder).base(RuleSource.drl("base.drl", TASKS_CAP_DRL))
                    .debounce(debounce).listener(heard::add).build().watch()) {
                Files.writeString(folder.resolve("cap.drl"), EmbedFixtures.localCap(RatingLevel.KHONG_HOAN_THANH, "v2"));
                Path next = Files.createDirectories(tmp.resolve("next-" + debounce.toDays()));
                Files.writeString(next.resolve("cap.drl"), EmbedFixtures.localCap(RatingLevel.HOAN_THANH_TOT, "v3"));
                Files.move(folder, tmp.resolve("old-" + debounce.toDays()), StandardCopyOption.ATOMIC_MOVE);
                Files.move(next, folder, StandardCopyOption.ATOMIC_MOVE);
                Thread.sleep(2_500);
                assertThat(heard).as("%s", debounce).isEmpty();
                assertThat(r.watching()).as("%s", debounce).isTrue();
                assertThat(r.current().assess(PLAIN).rating()).isEqualTo(RatingLevel.HOAN_THANH);
                assertThat(r.reload()).isInstanceOf(ReloadResult.Swapped.class);
                assertThat(r.current().assess(PLAIN).rating()).isEqualTo(RatingLevel.HOAN_THANH_TOT);
            }
        }
    }

    /*
     * PIN. README: "A listener's exception, checked or not ... is logged at ERROR ... and the other listeners still
     * hear the result; an Error a listener throws is thrown from reload() once every listener has heard (the new
     * rules are in use by then). The watch thread goes on after anything a reload or a listener throws, except a
     * VirtualMachineError".
     */
    @Test
    void listeners_throwing_otherListenersHear_errorsAfterAll_watchGoesOn() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("rules"));
        Files.writeString(folder.resolve("cap.drl"), EmbedFixtures.localCap(RatingLevel.HOAN_THANH, "v1"));
        BlockingQueue<ReloadResult> last = new LinkedBlockingQueue<>();
        try (RuleRepository r = RuleRepository.builder(folder).base(RuleSource.drl("base.drl", TASKS_CAP_DRL))
                .debounce(Duration.ofMillis(50))
                .listener(x -> { throw new IllegalStateException("first"); })
                .listener(x -> { throw new AssertionError("second"); })
                .listener(last::add).build()) {
            Files.writeString(folder.resolve("cap.drl"), EmbedFixtures.localCap(RatingLevel.KHONG_HOAN_THANH, "v2"));
            Throwable t = catchThrowable(r::reload);
            assertThat(t).isInstanceOf(AssertionError.class).hasMessage("second");
            assertThat(last).singleElement().isInstanceOf(ReloadResult.Swapped.class);
            assertThat(r.current().assess(PLAIN).rating()).isEqualTo(RatingLevel.KHONG_HOAN_THANH);
            last.clear();
            r.watch();
            Files.writeString(folder.resolve("cap.drl"), EmbedFixtures.localCap(RatingLevel.HOAN_THANH_TOT, "v3"));
            assertThat(await(() -> r.current().assess(PLAIN).rating() == RatingLevel.HOAN_THANH_TOT)).isTrue();
            assertThat(await(() -> !last.isEmpty())).isTrue();
            Thread.sleep(500);
            assertThat(r.watching()).isTrue();
        }
    }

    /*
     * PIN. README: "The watch thread goes on after anything a reload or a listener throws, except a
     * VirtualMachineError (out of memory, stack overflow): that ends it ... when the thread ends without close(), the
     * reason is logged at ERROR, watching() says false, and watch() starts it again." With the VirtualMachineError
     * the only Error of the reload.
     */
    @Test
    void listener_virtualMachineError_endsTheWatch_andWatchRestartsIt() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("rules"));
        Files.writeString(folder.resolve("cap.drl"), EmbedFixtures.localCap(RatingLevel.HOAN_THANH, "v1"));
        boolean[] vmError = {true};
        try (RuleRepository r = RuleRepository.builder(folder).base(RuleSource.drl("base.drl", TASKS_CAP_DRL))
                .debounce(Duration.ofMillis(50))
                .listener(x -> {
                    if (vmError[0]) {
                        throw new OutOfMemoryError("simulated");
                    }
                }).build().watch()) {
            Files.writeString(folder.resolve("cap.drl"), EmbedFixtures.localCap(RatingLevel.KHONG_HOAN_THANH, "v2"));
            assertThat(await(() -> !r.watching())).as("a VirtualMachineError ends the watch").isTrue();
            vmError[0] = false;
            r.watch();
            assertThat(r.watching()).isTrue();
            Files.writeString(folder.resolve("cap.drl"), EmbedFixtures.localCap(RatingLevel.HOAN_THANH_TOT, "v3"));
            assertThat(await(() -> r.current().assess(PLAIN).rating() == RatingLevel.HOAN_THANH_TOT)).isTrue();
        }
    }

    /*
     * FAILS. README, Hot reload: "The watch thread goes on after anything a reload or a listener throws, except a
     * VirtualMachineError (out of memory, stack overflow): that ends it, since reloading on a JVM in that state would
     * only make things worse." RuleRepository#reload: "an Error a listener throws is thrown from here once every
     * listener has heard"; notifyListeners keeps "the first one with the others suppressed in it".
     *
     * What happens: one listener throws an ordinary Error (an AssertionError of a sanity check) and a later listener
     * runs out of memory. reload() throws the AssertionError with the OutOfMemoryError only suppressed in it, the
     * watch thread sees no VirtualMachineError, logs "reloading the rules of ... failed; watching goes on" and keeps
     * compiling rule sets on a JVM that is out of memory; watching() stays true for the whole 30 s deadline.
     */
    @Test
    void listener_virtualMachineErrorAfterAnotherListenersError_stillEndsTheWatch() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("rules"));
        Files.writeString(folder.resolve("cap.drl"), EmbedFixtures.localCap(RatingLevel.HOAN_THANH, "v1"));
        try (RuleRepository r = RuleRepository.builder(folder).base(RuleSource.drl("base.drl", TASKS_CAP_DRL))
                .debounce(Duration.ofMillis(50))
                .listener(x -> { throw new AssertionError("audit check failed"); })
                .listener(x -> { throw new OutOfMemoryError("simulated: Java heap space"); })
                .build().watch()) {
            Files.writeString(folder.resolve("cap.drl"), EmbedFixtures.localCap(RatingLevel.KHONG_HOAN_THANH, "v2"));
            assertThat(await(() -> r.current().assess(PLAIN).rating() == RatingLevel.KHONG_HOAN_THANH)).isTrue();
            assertThat(await(() -> !r.watching()))
                    .as("a listener threw OutOfMemoryError on the watch thread; watching() still says %s",
                            r.watching())
                    .isTrue();
        }
    }
}
