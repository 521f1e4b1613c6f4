package org.chuanmuc.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.RuleBundle;
import org.chuanmuc.assess.RuleSource;
import org.chuanmuc.assess.internal.DrlText;
import org.chuanmuc.assess.internal.RuleCompiler;
import org.chuanmuc.io.DossierReader;
import org.chuanmuc.scenario.ScenarioReport;
import org.chuanmuc.scenario.ScenarioRunner;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Policy staff save {@code bang-quyet-dinh.xlsx} with whatever program they have. A copy saved unchanged by
 * another writer gives the same DRL, the same rules and the same scenario outcomes as the original.
 */
class ResavedWorkbookTest {
    private static final String TABLES = StandardCriteria.FOLDER + "bang-quyet-dinh.xlsx";

    private static byte[] original;
    private static Map<String, String> originalDrl;

    @BeforeAll
    static void readOriginal() {
        original = source(StandardCriteria.rules()).content();
        originalDrl = drlBySheet(StandardCriteria.rules());
    }

    @Test
    void original_normalisedDrl_isWhatDroolsReadsFromTheFileItself() throws Exception {
        // normalising changes nothing for the file as the project ships it
        try (var workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(new ByteArrayInputStream(original))) {
            assertThat(originalDrl).hasSize(workbook.getNumberOfSheets()).isNotEmpty();
        }
        for (Map.Entry<String, String> sheet : originalDrl.entrySet()) {
            String raw = new SpreadsheetCompiler().compile(new ByteArrayInputStream(original), sheet.getKey());
            assertThat(sheet.getValue()).as("sheet %s", sheet.getKey()).isEqualTo(raw);
        }
    }

    @Test
    void streamingWriterCopy_inlineStringsNoEmptyCells_givesTheSameRulesAndOutcomes() {
        byte[] copy = Resaved.byStreamingWriter(original);
        // the shape that broke: text stored inline, the empty cells under merged ranges left out
        assertThat(Resaved.part(copy, "xl/worksheets/sheet1.xml")).contains("t=\"inlineStr\"");
        assertThat(Resaved.part(copy, "xl/sharedStrings.xml")).doesNotContain("<si>");
        assertThat(Resaved.missingMergedCells(copy)).containsAll(Resaved.missingMergedCells(original))
                .hasSizeGreaterThan(Resaved.missingMergedCells(original).size());

        assertSameAsOriginal(copy);
    }

    @Test
    void integerNumbersCopy_givesTheSameRulesAndOutcomes() {
        byte[] copy = Resaved.withIntegers(original);
        assertThat(Resaved.worksheets(original)).containsPattern("<v>\\d+\\.0</v>");
        assertThat(Resaved.worksheets(copy)).containsPattern("<v>\\d+</v>").doesNotContainPattern("<v>\\d+\\.0</v>");
        assertThat(Resaved.missingMergedCells(copy)).hasSizeGreaterThan(Resaved.missingMergedCells(original).size());

        assertSameAsOriginal(copy);
    }

    /**
     * The table as LibreOffice 7 saves it ({@code soffice --headless --calc --convert-to xlsx:"Calc MS Excel 2007
     * XML" bang-quyet-dinh.xlsx}), committed because the build machines have no LibreOffice. When the table changes,
     * convert it again into {@code src/test/resources/org/chuanmuc/criteria/resaved/}: this test then fails until
     * the copy matches.
     */
    @Test
    void libreOfficeCopy_givesTheSameRulesAndOutcomes() throws java.io.IOException {
        byte[] copy;
        try (java.io.InputStream in = ResavedWorkbookTest.class.getResourceAsStream(
                "/org/chuanmuc/criteria/resaved/bang-quyet-dinh-libreoffice.xlsx")) {
            copy = in.readAllBytes();
        }
        assertThat(Resaved.part(copy, "docProps/app.xml")).contains("LibreOffice");

        assertSameAsOriginal(copy);
    }

    private static void assertSameAsOriginal(byte[] copy) {
        RuleBundle bundle = withTables(bytes -> copy);
        assertThat(drlBySheet(bundle)).isEqualTo(originalDrl);

        Assessor resaved = Assessor.builder().rules(bundle).build();
        Assessor standard = Assessor.builder().rules(StandardCriteria.rules()).build();
        assertThat(resaved.ruleNames()).isEqualTo(standard.ruleNames());
        ScenarioReport report = ScenarioRunner.of(resaved,
                DossierReader.withKnownSigns(CriteriaCatalogue.standard().signCodes())).run(ScenarioTest.SCENARIOS);
        assertThat(report.scenarios()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(report.passed()).as(String.join("\n", report.describe())).isTrue();
    }

    /** @return sheet name → the DRL Drools made of it, for the workbook of the bundle */
    private static Map<String, String> drlBySheet(RuleBundle bundle) {
        Map<String, String> bySheet = new TreeMap<>();
        for (DrlText text : RuleCompiler.compile(bundle.sources(), bundle.name(), bundle.version()).drl()) {
            if (text.sourceName().startsWith(TABLES + "[")) {
                bySheet.put(text.sourceName().substring(TABLES.length() + 1, text.sourceName().length() - 1),
                        text.drl());
            }
        }
        return bySheet;
    }

    private static RuleSource source(RuleBundle bundle) {
        return bundle.sources().stream().filter(s -> s.name().equals(TABLES)).findFirst().orElseThrow();
    }

    private static RuleBundle withTables(UnaryOperator<byte[]> edit) {
        RuleBundle standard = StandardCriteria.rules();
        List<RuleSource> sources = new ArrayList<>();
        for (RuleSource s : standard.sources()) {
            sources.add(s.name().equals(TABLES) ? new RuleSource(s.name(), s.kind(), edit.apply(s.content())) : s);
        }
        return new RuleBundle(standard.name(), standard.version(), sources, standard.criteria());
    }
}
