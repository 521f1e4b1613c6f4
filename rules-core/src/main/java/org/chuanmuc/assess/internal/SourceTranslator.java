package org.chuanmuc.assess.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chuanmuc.assess.Diagnostic;
import org.chuanmuc.assess.RuleSource;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.drl.parser.lang.ExpanderException;
import org.drools.drl.parser.lang.dsl.DSLMappingParseException;
import org.drools.drl.parser.lang.dsl.DSLTokenizedMappingFile;
import org.drools.drl.parser.lang.dsl.DefaultExpander;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheet;

/**
 * Turns every rule source into DRL text: DRL as is, DSLR expanded with all DSL files of the set, Excel
 * decision tables converted. The guard and the compiler then see only DRL, so nothing a DSL mapping or a
 * spreadsheet cell produces escapes the guard.
 */
final class SourceTranslator {

    private SourceTranslator() {
    }

    /**
     * @param sources  the rule sources
     * @param problems receives a diagnostic for each source that cannot be translated
     * @return the DRL texts, one per DRL, DSLR and XLSX source (DSL files contribute only mappings)
     */
    static List<DrlText> translate(List<RuleSource> sources, List<Diagnostic> problems) {
        DefaultExpander expander = new DefaultExpander();
        for (RuleSource source : sources) {
            if (source.kind() == RuleSource.Kind.DSL) {
                loadDsl(source, expander, problems);
            }
        }
        List<DrlText> result = new ArrayList<>();
        for (RuleSource source : sources) {
            switch (source.kind()) {
                case DRL -> result.add(new DrlText(source.name(), source.text()));
                case DSLR -> expand(source, expander, problems, result);
                case XLSX -> convert(source, problems, result);
                case DSL -> { /* mappings already loaded */ }
                default -> throw new IllegalStateException("unknown kind " + source.kind());
            }
        }
        return result;
    }

    private static void loadDsl(RuleSource source, DefaultExpander expander, List<Diagnostic> problems) {
        DSLTokenizedMappingFile file = new DSLTokenizedMappingFile();
        try {
            if (!file.parseAndLoad(new StringReader(source.text()))) {
                for (Object error : file.getErrors()) {
                    if (error instanceof DSLMappingParseException e) {
                        problems.add(new Diagnostic(source.name(), e.getLine(), 0, "DSL: " + e.getMessage()));
                    } else {
                        problems.add(new Diagnostic(source.name(), 0, 0, "DSL: " + error));
                    }
                }
                return;
            }
            expander.addDSLMapping(file.getMapping());
        } catch (IOException e) {
            problems.add(new Diagnostic(source.name(), 0, 0, "không đọc được tệp DSL (cannot read DSL): " + e));
        }
    }

    private static void expand(RuleSource source, DefaultExpander expander, List<Diagnostic> problems,
                               List<DrlText> result) {
        String drl = expander.expand(source.text());
        if (expander.hasErrors()) {
            for (ExpanderException e : expander.getErrors()) {
                problems.add(new Diagnostic(source.name(), e.getLine(), 0,
                        "câu DSL không khớp mẫu nào (no DSL mapping matches): " + e.getMessage()));
            }
            expander.getErrors().clear();
            return;
        }
        result.add(new DrlText(source.name(), drl));
    }

    /** Converts every worksheet of a workbook on its own: Drools reads only one sheet per call. */
    private static void convert(RuleSource source, List<Diagnostic> problems, List<DrlText> result) {
        List<String> sheets = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(source.content()))) {
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
            unreadableSheets(workbook, sheets, source, problems);
        } catch (IOException | RuntimeException e) {
            problems.add(new Diagnostic(source.name(), 0, 0,
                    "không đọc được tệp Excel (cannot read workbook): " + e.getMessage()));
            return;
        }
        for (String sheet : sheets) {
            String name = source.name() + "[" + sheet + "]";
            try {
                String drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(source.content()), sheet);
                result.add(new DrlText(name, drl));
            } catch (RuntimeException e) {
                problems.add(new Diagnostic(name, 0, 0,
                        "bảng quyết định không hợp lệ (invalid decision table): " + e.getMessage()));
            }
        }
    }

    /**
     * POI skips, with no more than a log line, a worksheet the workbook lists but whose part is damaged; its rules
     * would vanish without a word (found by fuzzing). Each such sheet, and a workbook without any sheet, is a
     * problem of the file.
     */
    private static void unreadableSheets(Workbook workbook, List<String> loaded, RuleSource source,
                                         List<Diagnostic> problems) {
        if (workbook instanceof XSSFWorkbook xssf) {
            for (CTSheet listed : xssf.getCTWorkbook().getSheets().getSheetArray()) {
                if (!loaded.contains(listed.getName())) {
                    problems.add(new Diagnostic(source.name() + "[" + listed.getName() + "]", 0, 0,
                            "trang tính bị hỏng, không đọc được (worksheet damaged, cannot be read)"));
                }
            }
        }
        if (loaded.isEmpty() && problems.stream().noneMatch(d -> d.source().startsWith(source.name()))) {
            problems.add(new Diagnostic(source.name(), 0, 0,
                    "tệp Excel không có trang tính nào (the workbook has no worksheet)"));
        }
    }
}
