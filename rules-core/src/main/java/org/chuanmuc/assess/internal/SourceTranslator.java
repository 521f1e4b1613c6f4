package org.chuanmuc.assess.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chuanmuc.assess.Diagnostic;
import org.chuanmuc.assess.RuleSource;
import org.chuanmuc.assess.internal.dsl.DslExpander;
import org.chuanmuc.assess.internal.dsl.DslMapping;
import org.chuanmuc.assess.internal.guard.GuardLimits;
import org.chuanmuc.assess.internal.guard.GuardMessages;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every rule source into DRL text: DRL as is, DSLR expanded, Excel decision tables converted. The guard
 * and the compiler then see only DRL, so nothing a DSL mapping or a spreadsheet cell produces escapes the guard.
 *
 * <p>DSL files apply by scope: the base criteria's DSLR files are expanded with the base DSL files only; a local
 * folder's DSLR files with the base DSL files and that folder's own. So a local folder cannot change what the
 * standard sentences mean to the standard rules.
 */
final class SourceTranslator {
    private static final Logger LOG = LoggerFactory.getLogger(SourceTranslator.class);
    private static final int MAX_SHEETS = 50;
    private static final int MAX_WORKBOOK_PARTS = 10_000;

    private SourceTranslator() {
    }

    /**
     * @param input    the rule sources
     * @param problems receives a diagnostic for each source that cannot be translated
     * @return the DRL texts, one per DRL, DSLR and worksheet (DSL files contribute only sentences)
     */
    static List<DrlText> translate(RuleInput input, List<Diagnostic> problems) {
        return translate(input, problems, ConvertedTables.CLASS_PATH);
    }

    /**
     * @param tables workbooks converted ahead, by the SHA-256 of their bytes
     * @see #translate(RuleInput, List)
     */
    static List<DrlText> translate(RuleInput input, List<Diagnostic> problems, ConvertedTables.Lookup tables) {
        Optional<List<DslMapping>> baseDsl = dsl(input.base(), problems);
        List<DrlText> result = new ArrayList<>();
        translate(input.base(), baseDsl, false, tables, problems, result);
        for (RuleInput.LocalFolder folder : input.folders()) {
            Optional<List<DslMapping>> own = dsl(folder.sources(), problems);
            // the folder's own sentences first: where both define the same words, its rules mean what it says
            Optional<List<DslMapping>> dsl = baseDsl.isEmpty() || own.isEmpty() ? Optional.empty()
                    : Optional.of(concat(own.get(), baseDsl.get()));
            translate(folder.sources(), dsl, true, tables, problems, result);
        }
        return result;
    }

    /**
     * @return the scope's DSL sentences, or empty when a DSL file of it was refused (one that is not UTF-8, too)
     */
    private static Optional<List<DslMapping>> dsl(List<RuleSource> sources, List<Diagnostic> problems) {
        List<DslMapping> mappings = new ArrayList<>();
        boolean refused = false;
        for (RuleSource source : sources) {
            if (source.kind() != RuleSource.Kind.DSL) {
                continue;
            }
            Optional<DslMapping> mapping = StrictUtf8.check(source, problems)
                    ? DslMapping.load(source, problems) : Optional.empty();
            mapping.ifPresent(mappings::add);
            refused |= mapping.isEmpty();
        }
        return refused ? Optional.empty() : Optional.of(mappings);
    }

    private static List<DslMapping> concat(List<DslMapping> a, List<DslMapping> b) {
        List<DslMapping> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * @param dsl the sentences for the DSLR files, or empty when a DSL file was refused: its DSLR files are not
     *            expanded then, as every line would only repeat that the sentences are missing. A DRL or DSLR file
     *            that is not UTF-8 is refused at its first byte that is not, and not translated.
     */
    private static void translate(List<RuleSource> sources, Optional<List<DslMapping>> dsl, boolean local,
                                  ConvertedTables.Lookup tables, List<Diagnostic> problems, List<DrlText> result) {
        DslExpander expander = new DslExpander(dsl.orElse(List.of()));
        for (RuleSource source : sources) {
            switch (source.kind()) {
                case DRL -> {
                    if (StrictUtf8.check(source, problems)) {
                        result.add(new DrlText(source.name(), source.text(), local));
                    }
                }
                case DSLR -> {
                    if (StrictUtf8.check(source, problems) && dsl.isPresent()) {
                        expander.expand(source.name(), source.text(), problems)
                                .ifPresent(drl -> result.add(new DrlText(source.name(), drl, local, source.text())));
                    }
                }
                case XLSX -> convert(source, local, tables, problems, result);
                case DSL -> { /* sentences already loaded */ }
                default -> throw new IllegalStateException("unknown kind " + source.kind());
            }
        }
    }

    /**
     * Converts every worksheet of a workbook on its own: Drools reads only one sheet per call. A workbook converted
     * ahead (the same bytes, by SHA-256) takes that conversion, which is the same text. A sheet with a table that an
     * empty row cuts short ({@link TableGaps}) is refused and not converted.
     */
    static void convert(RuleSource source, boolean local, ConvertedTables.Lookup tables, List<Diagnostic> problems,
                        List<DrlText> result) {
        byte[] content = source.content();
        String sha256 = Sha256.hex(content);
        Optional<List<ConvertedTables.Sheet>> ahead = tables.find(sha256);
        if (ahead.isPresent()) {
            for (ConvertedTables.Sheet sheet : ahead.get()) {
                result.add(new DrlText(source.name() + "[" + sheet.name() + "]", sheet.drl(), local));
            }
            ConvertedTables.countUse();
            LOG.debug("{}: converted when the criteria were built (sha256 {})", source.name(), sha256);
            return;
        }
        Optional<String> tooLarge = inflatedTooLarge(content);
        if (tooLarge.isPresent()) {
            problems.add(new Diagnostic(source.name(), 1, 1, tooLarge.get()));
            return;
        }
        List<String> sheets = new ArrayList<>();
        Set<String> cutShort;
        byte[] canonical; // the same rules whichever program saved the workbook
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
            canonical = WorkbookNormaliser.normalise(workbook);
            unreadableSheets(workbook, sheets, source, problems);
            cutShort = TableGaps.check(workbook, source, problems);
        } catch (IOException | RuntimeException e) {
            problems.add(new Diagnostic(source.name(), 0, 0,
                    "không đọc được tệp Excel (cannot read workbook): " + GuardMessages.echo(e.getMessage())));
            return;
        }
        if (sheets.size() > MAX_SHEETS) {
            problems.add(new Diagnostic(source.name(), 1, 1, GuardMessages.workbookTooLarge(
                    GuardLimits.MAX_WORKBOOK_INFLATED_BYTES)));
            return;
        }
        for (String sheet : sheets) {
            if (cutShort.contains(sheet)) {
                continue; // its diagnostic says why; a conversion would only drop the rows it names
            }
            String name = source.name() + "[" + sheet + "]";
            try {
                String drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(canonical), sheet);
                result.add(new DrlText(name, drl, local));
            } catch (RuntimeException e) {
                problems.add(new Diagnostic(name, 0, 0,
                        "bảng quyết định không hợp lệ (invalid decision table): "
                                + GuardMessages.echo(e.getMessage())));
            }
        }
    }

    /**
     * Inflates every part of the workbook's zip, counting, before Apache POI builds it in memory: a few kilobytes
     * of zip can inflate to gigabytes.
     */
    private static Optional<String> inflatedTooLarge(byte[] content) {
        long total = 0;
        int parts = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++parts > MAX_WORKBOOK_PARTS) {
                    return Optional.of(GuardMessages.workbookTooLarge(GuardLimits.MAX_WORKBOOK_INFLATED_BYTES));
                }
                total += drain(zip, buffer, GuardLimits.MAX_WORKBOOK_INFLATED_BYTES - total);
                if (total > GuardLimits.MAX_WORKBOOK_INFLATED_BYTES) {
                    return Optional.of(GuardMessages.workbookTooLarge(GuardLimits.MAX_WORKBOOK_INFLATED_BYTES));
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // not a readable zip: POI says why, below
        }
        return Optional.empty();
    }

    /** @return the bytes read, stopping one past {@code room} */
    private static long drain(InputStream in, byte[] buffer, long room) throws IOException {
        long read = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            read += n;
            if (read > room) {
                break;
            }
        }
        return read;
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
