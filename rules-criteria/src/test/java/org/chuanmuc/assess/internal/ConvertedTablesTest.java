package org.chuanmuc.assess.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.Diagnostic;
import org.chuanmuc.assess.RuleBundle;
import org.chuanmuc.assess.RuleCompilationException;
import org.chuanmuc.assess.RuleSource;
import org.chuanmuc.criteria.StandardCriteria;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standard decision table converted when the criteria are built: used for a workbook with exactly its bytes,
 * the same text a conversion gives, never used for any other workbook, and guarded like any rule text.
 */
class ConvertedTablesTest {
    private static final String TABLES = StandardCriteria.FOLDER + "bang-quyet-dinh.xlsx";

    private static RuleSource standardWorkbook() {
        return StandardCriteria.rules().sources().stream().filter(s -> s.name().equals(TABLES)).findFirst()
                .orElseThrow();
    }

    private static RuleInput input(RuleBundle bundle) {
        return new RuleInput(bundle.sources(), List.of(), List.of());
    }

    private static List<DrlText> convert(RuleSource workbook, ConvertedTables.Lookup tables, List<Diagnostic> problems) {
        List<DrlText> texts = new ArrayList<>();
        SourceTranslator.convert(workbook, false, tables, problems, texts);
        return texts;
    }

    @Test
    void standardWorkbook_shippedConversion_isTheTextAConversionGives() {
        RuleSource workbook = standardWorkbook();
        List<Diagnostic> problems = new ArrayList<>();

        List<DrlText> converted = convert(workbook, ConvertedTables.NONE, problems);
        int before = ConvertedTables.used();
        List<DrlText> shipped = convert(workbook, ConvertedTables.CLASS_PATH, problems);

        assertThat(problems).isEmpty();
        assertThat(ConvertedTables.used()).as("the build shipped the standard table converted").isEqualTo(before + 1);
        assertThat(converted).hasSize(5);
        assertThat(shipped).isEqualTo(converted);
        assertThat(shipped.get(0).sourceName()).isEqualTo(TABLES + "[Tham số]");
    }

    @Test
    void standardWorkbook_conversion_doesNotDependOnTheDefaultLocale() {
        // shipped text made under the build's locale must be what a conversion gives under any user's locale (a date
        // cell would be written in the default locale's month names: such a table must not be shipped ahead)
        RuleSource workbook = standardWorkbook();
        List<DrlText> here = convert(workbook, ConvertedTables.NONE, new ArrayList<>());
        Locale saved = Locale.getDefault();
        try {
            for (Locale other : List.of(Locale.forLanguageTag("vi-VN"), Locale.forLanguageTag("tr-TR"),
                    Locale.forLanguageTag("ar-SA"), Locale.GERMANY)) {
                Locale.setDefault(other);
                assertThat(convert(workbook, ConvertedTables.NONE, new ArrayList<>())).as("%s", other).isEqualTo(here);
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void assessorBuild_standardCriteria_takesShippedTable_andSameRulesAsConverting() {
        int verdicts = GuardVerdict.taken();
        Assessor assessor = Assessor.builder().rules(StandardCriteria.rules()).build();
        assertThat(GuardVerdict.taken()).as("the texts recorded at build time, the shipped table's among them")
                .isEqualTo(verdicts + 1);
        int before = ConvertedTables.used();
        CompiledRules translated = RuleCompiler.compile(input(StandardCriteria.rules()), "x", "1",
                ConvertedTables.CLASS_PATH, CompiledClasses.CLASS_PATH, SavedRuleBase.NONE, null);
        assertThat(ConvertedTables.used()).as("translated again: the shipped table taken").isEqualTo(before + 1);

        CompiledRules converted = RuleCompiler.compile(input(StandardCriteria.rules()), "x", "1", ConvertedTables.NONE);
        assertThat(assessor.ruleNames()).isEqualTo(converted.ruleNames());
        assertThat(translated.drl()).isEqualTo(converted.drl());
        assertThat(RuleCompiler.compile(input(StandardCriteria.rules()), "x", "1").drl()).isEqualTo(converted.drl());
    }

    @Test
    void exportedUnchanged_inACriteriaFolder_takesShippedTable_andKeepsTheStandardSha(@TempDir Path folder) {
        StandardCriteria.writeTo(folder);
        Assessor standard = Assessor.builder().rules(StandardCriteria.rules()).build();
        int before = ConvertedTables.used();
        Assessor copy = Assessor.builder().rules(StandardCriteria.fromFolder(folder)).build();

        assertThat(ConvertedTables.used()).isEqualTo(before + 1);
        assertThat(copy.ruleSet().sha256()).isEqualTo(standard.ruleSet().sha256());
        assertThat(Files.exists(folder.resolve("bang-quyet-dinh.xlsx"))).isTrue();
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".drl")
                    && !StandardCriteria.sourceNames().contains(n));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void editedWorkbook_isConverted_andItsDiagnosticNamesSheetAndCell() {
        RuleBundle edited = withWorkbook(setLevel(standardWorkbook().content(), "HOAN_THANH_KHA"));
        int before = ConvertedTables.used();

        assertThatThrownBy(() -> Assessor.builder().rules(edited).build())
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.diagnostics())
                        .anySatisfy(d -> {
                            assertThat(d.source()).isEqualTo(TABLES + "[Mức độ biểu hiện]");
                            assertThat(d.message()).contains("HOAN_THANH_KHA").containsPattern("ô A\\d+");
                        }));
        assertThat(ConvertedTables.used()).as("an edited workbook never takes the shipped text").isEqualTo(before);
    }

    @Test
    void editedWorkbook_validEdit_compilesItsOwnRules() {
        RuleBundle edited = withWorkbook(setLevel(standardWorkbook().content(), "HOAN_THANH"));
        int before = ConvertedTables.used();
        CompiledRules rules = RuleCompiler.compile(input(edited), "x", "1");

        assertThat(ConvertedTables.used()).isEqualTo(before);
        assertThat(rules.drl()).filteredOn(t -> t.sourceName().equals(TABLES + "[Mức độ biểu hiện]"))
                .singleElement().satisfies(t -> assertThat(t.drl())
                        .contains("insert(RatingCap.state($o.id(), RatingLevel.HOAN_THANH, $s.code()")
                        .isNotEqualTo(ConvertedTables.CLASS_PATH.find(Sha256.hex(
                                standardWorkbook().content())).orElseThrow().get(3).drl()));
    }

    @Test
    void read_entryNamingAnotherSha_orIncomplete_isNotUsed(@TempDir Path root) throws IOException {
        String sha = Sha256.hex(standardWorkbook().content());
        String other = Sha256.hex(new byte[] {1});
        Path entry = Files.createDirectories(root.resolve(ConvertedTables.FOLDER + sha));
        Files.writeString(entry.resolve("1.drl"), "package x;\n", StandardCharsets.UTF_8);
        try (URLClassLoader loader = loaderOf(root)) {
            Files.writeString(entry.resolve(ConvertedTables.INDEX), "sha256 " + other + "\nTham số\n");
            assertThat(ConvertedTables.read(loader, sha)).as("first line names another workbook").isEmpty();

            Files.writeString(entry.resolve(ConvertedTables.INDEX), "sha256 " + sha + "\nTham số\nKỷ luật\n");
            assertThat(ConvertedTables.read(loader, sha)).as("2.drl missing").isEmpty();

            Files.writeString(entry.resolve(ConvertedTables.INDEX), "sha256 " + sha + "\nTham số\n");
            assertThat(ConvertedTables.read(loader, sha)).hasValue(List.of(new ConvertedTables.Sheet("Tham số",
                    "package x;\n")));
            assertThat(ConvertedTables.read(loader, other)).as("looked up by the workbook's own SHA-256").isEmpty();
        }
    }

    @Test
    void shippedSlotHoldingHostileDrl_isRefusedByTheGuard_andNeverCompiled(@TempDir Path root) throws IOException {
        String sha = Sha256.hex(standardWorkbook().content());
        Path entry = Files.createDirectories(root.resolve(ConvertedTables.FOLDER + sha));
        Files.writeString(entry.resolve(ConvertedTables.INDEX), "sha256 " + sha + "\nTham số\n", StandardCharsets.UTF_8);
        Files.writeString(entry.resolve("1.drl"), """
                package org.chuanmuc.criteria.bang;
                import org.chuanmuc.model.*;
                rule "THAM-SO bảng tham số mặc định"
                when
                  $p: Period()
                then
                  Runtime.getRuntime().exec(new String[] {"touch", "target/hostile-shipped-table-marker"});
                end
                """, StandardCharsets.UTF_8);
        try (URLClassLoader loader = loaderOf(root)) {
            ConvertedTables.Lookup hostile = s -> ConvertedTables.read(loader, s);
            assertThat(hostile.find(sha)).isPresent();

            assertThatThrownBy(() -> RuleCompiler.compile(input(StandardCriteria.rules()), "x", "1", hostile))
                    .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.diagnostics())
                            .anySatisfy(d -> {
                                assertThat(d.source()).isEqualTo(TABLES + "[Tham số]");
                                assertThat(d.line()).isEqualTo(7);
                                assertThat(d.message()).startsWith("không được dùng \"Runtime\""); // the guard's
                            }));
        }
        assertThat(Path.of("target/hostile-shipped-table-marker")).doesNotExist();
    }

    @Test
    void main_writesWhatReadGivesBack_andSkipsAWorkbookThatDoesNotConvert(@TempDir Path dir) throws IOException {
        Path good = dir.resolve("bang.xlsx");
        Files.write(good, standardWorkbook().content());
        Path bad = dir.resolve("hong.xlsx");
        Files.write(bad, "not a workbook".getBytes(StandardCharsets.UTF_8));
        Path root = dir.resolve("classes");
        Path stale = Files.createDirectories(root.resolve(ConvertedTables.FOLDER + "stale"));

        ConvertedTables.main(new String[] {root.toString(), good.toString(), bad.toString()});

        assertThat(stale).as("an earlier build's tables are replaced").doesNotExist();
        try (URLClassLoader loader = loaderOf(root); var entries = Files.list(root.resolve(ConvertedTables.FOLDER))) {
            assertThat(entries).hasSize(1);
            List<DrlText> converted = convert(standardWorkbook(), ConvertedTables.NONE, new ArrayList<>());
            Optional<List<ConvertedTables.Sheet>> read = ConvertedTables.read(loader,
                    Sha256.hex(standardWorkbook().content()));
            assertThat(read).isPresent();
            assertThat(read.get()).extracting(ConvertedTables.Sheet::drl)
                    .isEqualTo(converted.stream().map(DrlText::drl).toList());
            assertThat(read.get()).extracting(s -> TABLES + "[" + s.name() + "]")
                    .isEqualTo(converted.stream().map(DrlText::sourceName).toList());
        }
    }

    private static URLClassLoader loaderOf(Path root) throws IOException {
        return new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
    }

    private static RuleBundle withWorkbook(byte[] xlsx) {
        RuleBundle standard = StandardCriteria.rules();
        List<RuleSource> sources = standard.sources().stream()
                .map(s -> s.name().equals(TABLES) ? new RuleSource(s.name(), s.kind(), xlsx) : s).toList();
        return new RuleBundle(standard.name(), standard.version() + "-edited", sources, standard.criteria());
    }

    /** Sets the level of the first rule row of “Mức độ biểu hiện” (column C) to the text given. */
    private static byte[] setLevel(byte[] xlsx, String level) {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            for (Row row : wb.getSheet("Mức độ biểu hiện")) {
                Cell first = row.getCell(0);
                if (first != null && first.toString().startsWith("NQ4-MD-3")) {
                    row.getCell(2, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(level);
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    wb.write(out);
                    return out.toByteArray();
                }
            }
            throw new AssertionError("no row NQ4-MD-3");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
