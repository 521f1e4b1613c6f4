package org.chuanmuc.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.Diagnostic;
import org.chuanmuc.assess.RuleBundle;
import org.chuanmuc.assess.RuleCompilationException;
import org.chuanmuc.assess.RuleSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile review of the rewritten parameter check (def8496), against docs/formats.md ("Every parameter the rules
 * read" and its sub-bullets), the README's "Mỗi tham số mà quy tắc đọc…" and the behaviour before the rewrite.
 *
 * <p>Failed at def8496 (defects, most serious first; all fixed since: every row's value is checked, a percent cell
 * is refused only for a parameter counted in percent, its name ending in {@code phan-tram}, a number cell's
 * binary digits are not counted, the message shows the value as the cell shows it, {@code ruleflow-group "MAIN"}
 * is its agenda-group twin, and the build-time shortcut needs every workbook of the name to be the shipped bytes):
 * <ul>
 * <li>{@link #arithmeticInATableWithAConditionColumn_isRefusedAtItsCell}: {@code ParameterCheck.values} looks only
 *     at givers of rows without conditions; a parameter table with any condition column lets {@code 1/0} (and
 *     {@code 1/2}, {@code 020}, percent cells…) through, although formats.md says a value cell holding arithmetic is
 *     refused, naming the cell. {@code 1/0} then throws in every assessment.</li>
 * <li>{@link #ratioParameterFormattedAsPercent_holdsTheRatioTheRulesRead_isAccepted} and
 *     {@link #ratioParameterFormattedAsPercent_ifRefused_neverAdvisesWriting20}: the ratio parameters (B27:D27 of
 *     "Ngưỡng NĐ 90", H10 of "Tham số") hold 0.2/0.5; shown as 20%/50% they hold exactly what the rules read (and
 *     were read so before the rewrite). Now refused, and the message says "write 20, not 20%": a user who obeys
 *     sets the ratio to 20 (2000 %) and every leader/ND 90 threshold silently changes.</li>
 * <li>{@link #workbookNamedLikeTheStandardOne_doesNotSkipThePercentCheck}: {@code ParameterCells.checkedAtBuild}
 *     picks the first source with the sheet's file name; a second workbook named
 *     {@code org/chuanmuc/criteria/bang-quyet-dinh.xlsx} (another bundle, other sheet names) beside
 *     {@code StandardCriteria.rules()} borrows the standard bytes' "checked at build" and its percent cell (0.2
 *     shown as 20%) is accepted; the same workbook under another name is refused.</li>
 * <li>{@link #numberCellComputedByAFormula_withBinaryNoise_isAccepted}: a number cell {@code =1/3} or
 *     {@code =0.1+0.2} holds 0.3333333333333333 / 0.30000000000000004 and is refused as "out of range … at most 15
 *     digits after the point", digits the user never typed; accepted (a valid double literal) before.</li>
 * <li>{@link #formulaResultFormattedAsPercent_isRefused}: refused, but the message shows the formula's text
 *     ("giá trị 0.2 … là một phần trăm … giữ 0.2, không phải con số hiện ra") instead of what the cell shows
 *     (20%): {@code ParameterCells.shown} formats without an evaluator.</li>
 * <li>{@link #giverInRuleflowGroupMain_isAlwaysThere_asItsAgendaGroupTwin}: Drools' own warning tells users to
 *     write {@code ruleflow-group} for {@code agenda-group}; {@code ruleflow-group "MAIN"} is refused while
 *     {@code agenda-group "MAIN"} is accepted (doc-consistent, but a trap).</li>
 * </ul>
 *
 * <p>Holding: ordinary number formats and {@code =10+10}; percent formats in sections, with a locale or colour in
 * brackets; the plain-table control of {@code 1/0}; the third table of "Ngưỡng NĐ 90" named at its own cells
 * (C27, D27 blank); timer givers (refused); agenda-group MAIN, enabled true, salience, no-loop, lock-on-active;
 * {@code enabled ( false )} and {@code enabled "false"}; a misspelt name in the standard DSL phrase.
 */
class ParameterAttackTest {
    private static final String SHEET = "Tham số";
    private static final String ND90 = "Ngưỡng NĐ 90";
    private static final String STANDARD_NAME = "org/chuanmuc/criteria/bang-quyet-dinh.xlsx";

    @TempDir
    Path dir;

    // ---------------------------------------------------------------------------------------------------------
    // acceptance regressions

    @Test
    void ratioParameterFormattedAsPercent_holdsTheRatioTheRulesRead_isAccepted() throws IOException {
        // B27 of "Ngưỡng NĐ 90" is a ratio (0.2): the rules compare it with a ratio. Formatted as 0% the cell shows 20%
        // and holds 0.2, exactly the number the rules must read; before the rewrite it was read as 0.2. Now refused,
        // and the message tells the user to "write 20, not 20%", which would make the ratio 20 (2000 %).
        Path xlsx = export("ty-le-phan-tram");
        format(xlsx, ND90, "B27", "0%");

        Throwable thrown = catchThrowable(() -> build(xlsx));

        assertThat(thrown).as("a ratio cell shown as 20%% holding 0.2 is the right value: %s", describe(thrown))
                .isNull();
    }

    @Test
    void ratioParameterFormattedAsPercent_ifRefused_neverAdvisesWriting20() throws IOException {
        // weaker form of the above: even if percent formats stay refused, the advice must not turn 0.5 into 50
        Path xlsx = export("ty-le-loi-khuyen");
        format(xlsx, SHEET, "H10", "0%");

        Throwable thrown = catchThrowable(() -> build(xlsx));

        if (thrown instanceof RuleCompilationException e) {
            assertThat(e.diagnostics()).allSatisfy(d -> assertThat(d.message())
                    .as("advice for lanh-dao.ty-le-don-vi-toi-thieu (a ratio, 0.5)")
                    .doesNotContain("ví dụ 20, không phải 20%").doesNotContain("e.g. 20, not 20%"));
        }
    }

    @Test
    void numberCellComputedByAFormula_withBinaryNoise_isAccepted() throws IOException {
        // a number cell is a number "whatever its display format"; =1/3 shows 0.333… and =0.1+0.2 shows 0.3, but
        // hold 0.3333333333333333 and 0.30000000000000004: refused now as "out of range, more than 15 digits after
        // the point" (the user typed no digit at all); the double literal compiled fine before the rewrite
        for (String formula : new String[] {"1/3", "0.1+0.2"}) {
            Path xlsx = export("cong-thuc-" + Integer.toHexString(formula.hashCode()));
            edit(xlsx, wb -> wb.getSheet(SHEET).getRow(9).getCell(7).setCellFormula(formula));

            Throwable thrown = catchThrowable(() -> build(xlsx));

            assertThat(thrown).as("=%s in H10: %s", formula, describe(thrown)).isNull();
        }
    }

    @Test
    void numberCellsWithOrdinaryFormats_andSimpleFormulas_areAccepted() throws IOException {
        // held: General, 0.0, #,##0, currency, a locale in brackets, an escaped or quoted percent sign, =10+10
        String[] formats = {"General", "0.0", "#,##0", "#,##0 \"₫\"", "[$-42A]#,##0", "0\\%", "0\" %\"",
            "_(* #,##0_)"};
        for (String f : formats) {
            Path xlsx = export("dinh-dang-" + Integer.toHexString(f.hashCode()));
            format(xlsx, SHEET, "B10", f);
            assertThat(catchThrowable(() -> build(xlsx))).as(f).isNull();
        }
        Path xlsx = export("cong-thuc-cong");
        edit(xlsx, wb -> wb.getSheet(SHEET).getRow(9).getCell(1).setCellFormula("10+10"));
        assertThat(catchThrowable(() -> build(xlsx))).isNull();
    }

    // ---------------------------------------------------------------------------------------------------------
    // refusal gaps

    @Test
    void percentFormats_inAnyOfTheirSpellings_areRefused() throws IOException {
        // held: sections, a locale prefix in brackets, a colour, a decimal percent
        for (String f : new String[] {"0.0%;-0.0%", "[$-42A]0%", "[Red]0%", "0.00%", "#,##0%"}) {
            Path xlsx = export("phan-tram-" + Integer.toHexString(f.hashCode()));
            Workbooks.setCell(xlsx, SHEET, "B10", 0.2);
            format(xlsx, SHEET, "B10", f);
            assertThat(refused(xlsx)).as(f).anySatisfy(d -> assertThat(d.message()).startsWith("ô B10: giá trị"));
        }
    }

    @Test
    void formulaResultFormattedAsPercent_isRefused() throws IOException {
        // held: a formula =B11 whose result is a number, the cell formatted 0%
        Path xlsx = export("cong-thuc-phan-tram");
        edit(xlsx, wb -> wb.getSheet(SHEET).getRow(9).getCell(1).setCellFormula("0.2"));
        format(xlsx, SHEET, "B10", "0%");
        assertThat(refused(xlsx)).anySatisfy(d -> assertThat(d.message()).startsWith("ô B10: giá trị 20%"));
    }

    @Test
    void arithmeticInATableWithAConditionColumn_isRefusedAtItsCell() throws IOException {
        // formats.md: "A value cell holds a number cell, or text that is one plain decimal number … Refused, naming
        // the cell: arithmetic (… 1/0 would fail every assessment)". The check looks only at rows without
        // conditions: give the parameter table a condition column and 1/0 goes through to every assessment.
        Path xlsx = export("co-dieu-kien");
        Workbooks.setCell(xlsx, SHEET, "K6", "CONDITION");
        Workbooks.setCell(xlsx, SHEET, "K7", "$p: Period");
        Workbooks.setCell(xlsx, SHEET, "K8", "year > $param");
        Workbooks.setCell(xlsx, SHEET, "K9", "Mọi chế độ");
        Workbooks.setCell(xlsx, SHEET, "K10", 0);
        Workbooks.setCell(xlsx, SHEET, "B10", "1/0");

        Throwable thrown = catchThrowable(() -> build(xlsx));

        assertThat(thrown).as("1/0 in B10 of a table with a condition column: %s", describe(thrown))
                .isInstanceOf(RuleCompilationException.class);
        assertThat(((RuleCompilationException) thrown).diagnostics()).anySatisfy(d -> assertThat(d.message())
                .startsWith("ô B10: giá trị \"1/0\""));
    }

    @Test
    void controlWithoutTheConditionColumn_1over0_isRefused() throws IOException {
        // held: the same cell in the plain table is refused (control for the test above)
        Path xlsx = export("khong-dieu-kien");
        Workbooks.setCell(xlsx, SHEET, "B10", "1/0");
        assertThat(refused(xlsx)).anySatisfy(d -> assertThat(d.message()).startsWith("ô B10: giá trị \"1/0\""));
    }

    @Test
    void workbookNamedLikeTheStandardOne_doesNotSkipThePercentCheck() throws IOException {
        // ParameterCells.checkedAtBuild finds "the" workbook of a sheet's text by file name, taking the first source of
        // that name: a second workbook named like the classpath standard one (another bundle, another sheet name, so
        // no duplicate text) is taken for the standard bytes, and its percent cell is never looked at.
        byte[] extra = extraParameterWorkbook();

        List<Diagnostic> control = refusedSources(new RuleSource("phu/bang-quyet-dinh.xlsx", RuleSource.Kind.XLSX,
                extra));
        assertThat(control).as("control, another name").anySatisfy(d -> assertThat(d.message())
                .startsWith("ô B10: giá trị 20% của tham số \"phu.han-muc.xuat-sac.phan-tram\""));

        Throwable thrown = catchThrowable(() -> Assessor.builder().rules(StandardCriteria.rules())
                .rules(new RuleSource(STANDARD_NAME, RuleSource.Kind.XLSX, extra), reader()).build());
        assertThat(thrown).as("same name as the standard workbook: %s", describe(thrown))
                .isInstanceOf(RuleCompilationException.class);
    }

    // ---------------------------------------------------------------------------------------------------------
    // messages

    @Test
    void secondTableOfASheet_namesItsOwnCell() throws IOException {
        // held: "Ngưỡng NĐ 90" has three tables; the parameter table is the third, values in row 27
        Path xlsx = export("bang-thu-ba");
        Workbooks.setCell(xlsx, ND90, "C27", "0,8");
        assertThat(refused(xlsx)).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo(xlsx + "[" + ND90 + "]");
            assertThat(d.message()).startsWith("ô C27: giá trị \"0,8\" của tham số"
                    + " \"nd90.tot.don-vi-dung-han-chat-luong-toi-thieu\" không phải là một số");
        });
    }

    @Test
    void blankCellOfTheThirdTable_isNamed() throws IOException {
        Path xlsx = export("bang-thu-ba-trong");
        Workbooks.setCell(xlsx, ND90, "D27", null);
        assertThat(refused(xlsx)).singleElement().satisfies(d -> assertThat(d.message())
                .startsWith("ô D27 trống nên tham số \"nd90.ht.don-vi-hoan-thanh-tren\" không có giá trị"));
    }

    // ---------------------------------------------------------------------------------------------------------
    // givers and readers in rule text

    private static final String READER_DRL = """
            package test;
            import org.chuanmuc.model.*;
            rule "HM"
            when
                $o: Officer()
                Parameter(name == "han-muc", $v: value)
            then
                insert(new Warning($o.id(), "HM", "hạn mức " + $v));
            end
            """;

    private static String giver(String attributes) {
        return """
                package test;
                import org.chuanmuc.model.*;
                rule "THAM-SO"
                    %s
                when
                then
                    insert(new Parameter("han-muc", 2));
                end
                """.formatted(attributes);
    }

    @Test
    void giverWithATimerOrCalendar_onlyGiver_isRefusedOrTheGuardRefusesTheAttribute() {
        // "A rule gives its parameter only if it fires": a timer delays the giver past the readers (they never
        // fire in a one-shot assessment), yet such a giver is counted as "always there"
        for (String attribute : new String[] {"timer (int: 1h)", "timer (int: 0s 1h)"}) {
            Throwable thrown = catchThrowable(() -> Assessor.builder().rules(RuleSource.drl("bang.drl",
                    giver(attribute)), RuleSource.drl("doc.drl", READER_DRL)).build());
            assertThat(thrown).as("%s: %s", attribute, describe(thrown)).isInstanceOf(RuleCompilationException.class);
        }
    }

    @Test
    void giverWithHarmlessAttributes_isAlwaysThere() {
        // held: agenda-group MAIN said explicitly, enabled true, salience, no-loop, lock-on-active
        for (String attribute : new String[] {"agenda-group \"MAIN\"", "enabled true", "enabled (true)",
            "salience 10", "no-loop true", "lock-on-active true", "salience 10 no-loop"}) {
            Throwable thrown = catchThrowable(() -> Assessor.builder().rules(RuleSource.drl("bang.drl",
                    giver(attribute)), RuleSource.drl("doc.drl", READER_DRL)).build());
            assertThat(thrown).as("%s: %s", attribute, describe(thrown)).isNull();
        }
    }

    @Test
    void giverInRuleflowGroupMain_isAlwaysThere_asItsAgendaGroupTwin() {
        // Drools 10 warns on every agenda-group: "replace 'agenda-group' with 'ruleflow-group', which works as the
        // same"; agenda-group "MAIN" is accepted, the ruleflow-group "MAIN" the warning asks for is refused
        // (formats.md does list every ruleflow-group as uncertain: doc and code agree, the user is misled by Drools)
        Throwable thrown = catchThrowable(() -> Assessor.builder().rules(RuleSource.drl("bang.drl",
                giver("ruleflow-group \"MAIN\"")), RuleSource.drl("doc.drl", READER_DRL)).build());
        assertThat(thrown).as(describe(thrown)).isNull();
    }

    @Test
    void disabledGiverSpelledWithBracketsOrQuotes_givesNothing() {
        // held
        for (String attribute : new String[] {"enabled ( false )", "enabled \"false\""}) {
            Throwable thrown = catchThrowable(() -> Assessor.builder().rules(RuleSource.drl("bang.drl",
                    giver(attribute)), RuleSource.drl("doc.drl", READER_DRL)).build());
            assertThat(thrown).as("%s: %s", attribute, describe(thrown)).isInstanceOf(RuleCompilationException.class);
        }
    }

    @Test
    void misspeltParameterInTheStandardDslPhrase_isRefused() throws IOException {
        // held: phong-cach.dslr reads its parameter through the DSL phrase "… từ tham số "x" trở lên"
        Path xlsx = export("dslr-sai-ten");
        Path dslr = xlsx.getParent().resolve("phong-cach.dslr");
        Files.writeString(dslr, Files.readString(dslr).replace("\"phong-cach.so-khong-dat\"",
                "\"phong-cach.so-khong-dat-x\""));
        assertThat(refused(xlsx)).anySatisfy(d -> assertThat(d.message()).contains("phong-cach.so-khong-dat-x"));
    }

    // ---------------------------------------------------------------------------------------------------------
    // helpers

    /** A reader of the extra workbook's quota, so that its parameter matters. */
    private static RuleSource reader() {
        return RuleSource.drl("phu.drl", """
                package org.chuanmuc.criteria.phu;
                import org.chuanmuc.model.*;
                rule "PHU-DOC"
                when
                    $o: Officer()
                    Parameter(name == "phu.han-muc.xuat-sac.phan-tram", value < 1)
                then
                    insert(new Warning($o.id(), "PHU", "hạn mức phụ dưới 1"));
                end
                """);
    }

    /**
     * @return the standard workbook with only its sheet “Tham số”, renamed “Tham số phụ”, every parameter renamed
     *         {@code phu.…}, and B10 holding 0.2 formatted as 0% (shows 20%)
     */
    private byte[] extraParameterWorkbook() throws IOException {
        Path xlsx = export("phu");
        edit(xlsx, wb -> {
            Sheet s = Workbooks.keepOnly(wb, SHEET, "Tham số phụ");
            for (Cell c : s.getRow(7)) {
                if (c.getStringCellValue().contains("Parameter(\"")) {
                    c.setCellValue(c.getStringCellValue().replace("Parameter(\"", "Parameter(\"phu."));
                }
            }
            s.getRow(9).getCell(0).setCellValue("THAM-SO-PHU bảng tham số phụ");
            s.getRow(9).getCell(1).setCellValue(0.2);
        });
        format(xlsx, "Tham số phụ", "B10", "0%");
        return Files.readAllBytes(xlsx);
    }

    static String describe(Throwable t) {
        if (t instanceof RuleCompilationException e) {
            return e.diagnostics().toString();
        }
        return String.valueOf(t);
    }

    static void build(Path xlsx) {
        Assessor.builder().rules(StandardCriteria.fromFolder(xlsx.getParent())).build();
    }

    private static List<Diagnostic> refused(Path xlsx) {
        Throwable thrown = catchThrowable(() -> build(xlsx));
        assertThat(thrown).isInstanceOf(RuleCompilationException.class);
        return ((RuleCompilationException) thrown).diagnostics();
    }

    private static List<Diagnostic> refusedSources(RuleSource extra) {
        Throwable thrown = catchThrowable(() -> Assessor.builder().rules(StandardCriteria.rules())
                .rules(extra, reader()).build());
        assertThat(thrown).isInstanceOf(RuleCompilationException.class);
        return ((RuleCompilationException) thrown).diagnostics();
    }

    private Path export(String name) {
        Path folder = dir.resolve(name);
        StandardCriteria.writeTo(folder);
        return folder.resolve("bang-quyet-dinh.xlsx");
    }

    interface Edit {
        void apply(Workbook wb) throws IOException;
    }

    static void edit(Path xlsx, Edit edit) throws IOException {
        Workbook wb;
        try (InputStream in = Files.newInputStream(xlsx)) {
            wb = WorkbookFactory.create(in);
        }
        try (wb) {
            edit.apply(wb);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            wb.write(bytes);
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                out.write(bytes.toByteArray());
            }
        }
    }

    static void format(Path xlsx, String sheet, String address, String format) throws IOException {
        edit(xlsx, wb -> {
            CellReference ref = new CellReference(address);
            Row row = wb.getSheet(sheet).getRow(ref.getRow());
            Cell cell = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
            CellStyle style = wb.createCellStyle();
            style.cloneStyleFrom(cell.getCellStyle());
            style.setDataFormat(wb.createDataFormat().getFormat(format));
            cell.setCellStyle(style);
        });
    }

    @SuppressWarnings("unused")
    private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;
}
