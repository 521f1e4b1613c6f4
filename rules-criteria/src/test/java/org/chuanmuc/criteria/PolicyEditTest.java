package org.chuanmuc.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chuanmuc.criteria.Dossiers.all;
import static org.chuanmuc.criteria.Dossiers.in;
import static org.chuanmuc.criteria.Dossiers.staff;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.RuleBundle;
import org.chuanmuc.assess.RuleCompilationException;
import org.chuanmuc.assess.RuleSource;
import org.chuanmuc.model.RatingLevel;
import org.junit.jupiter.api.Test;

/**
 * A change a policy officer makes only in a spreadsheet or a Vietnamese rule file changes outcomes:
 * each test edits a copy of a bundled file and assesses the same dossier with both versions.
 */
class PolicyEditTest {
    private static final String TABLES = StandardCriteria.FOLDER + "bang-quyet-dinh.xlsx";
    private static final String STYLE = StandardCriteria.FOLDER + "phong-cach.dslr";

    @Test
    void xlsx_quotaRaisedTo50Percent_keepsSecondExcellentOfficer() throws IOException {
        // 2 candidates and 5 rated "tốt" on their own merits (80 points, 2026): 1 keeps xuất sắc at 20%
        // (1 ≤ 20% × 6), 2 at 50% (2 ≤ 50% × 5). Up to 2025 one task late is no longer tốt (ND 90/2020 Điều 9), so
        // the example moved to the 100-point scale, where tốt on own merits exists.
        var unit = all(2026, Dossiers.unit(), staff("XS-1").scores(28, 70).build(), staff("XS-2").scores(27, 70).build(),
                staff("T-1").scores(20, 60).build(), staff("T-2").scores(20, 60).build(),
                staff("T-3").scores(20, 60).build(), staff("T-4").scores(20, 60).build(),
                staff("T-5").scores(20, 60).build());
        Assessor standard = Assessor.builder().rules(StandardCriteria.rules()).build();
        Assessor edited = Assessor.builder().rules(replace(TABLES,
                bytes -> setCell(bytes, "Tham số", "han-muc.xuat-sac.phan-tram", -1, 50))).build();

        assertThat(standard.assessAll(unit).assessments().get(1).rating()).isEqualTo(RatingLevel.HOAN_THANH_TOT);
        assertThat(edited.assessAll(unit).assessments().get(1).rating()).isEqualTo(RatingLevel.HOAN_THANH_XUAT_SAC);
        assertThat(edited.ruleSet().sha256()).isNotEqualTo(standard.ruleSet().sha256());
    }

    @Test
    void xlsx_onTimeThresholdLowered_ratesLateOfficerHigher() throws IOException {
        // on time 75%: Hoàn thành under the 100% of Điều 9; with the cell at 70% the lone officer would be xuất sắc,
        // and the quota (1 candidate, nobody else tốt) makes it tốt
        var officer = staff("CB-1").tasks(40, 40, 30, 40).build();
        Assessor standard = Assessor.builder().rules(StandardCriteria.rules()).build();
        Assessor edited = Assessor.builder().rules(replace(TABLES,
                bytes -> setCell(bytes, "Ngưỡng NĐ 90", "ND90-TOT-B-1", 3, 0.7))).build();

        assertThat(standard.assess(in(2025, officer)).rating()).isEqualTo(RatingLevel.HOAN_THANH);
        assertThat(edited.assess(in(2025, officer)).rating()).isEqualTo(RatingLevel.HOAN_THANH_TOT);
    }

    @Test
    void xlsx_qd366UnitShareRaisedTo70Percent_changesThePartyRatingOnly() throws IOException {
        // 2025: a party member heading a unit that completes 60% of its tasks. At the default 50% neither NĐ 90's
        // leader rule (LD-C) nor QĐ 366's (QD366-DV) applies; a province that reads 70% in QĐ 366 edits its own
        // cell, and only the party rating falls; the state rating and the NĐ 90 cell stay as they were
        var unit = all(2025, Dossiers.unit(), Dossiers.head("TP-1").partyMember(true).tasks(10, 6, 6, 6).build(),
                staff("CB-1").tasks(10, 6, 6, 6).build());
        Assessor standard = Assessor.builder().rules(StandardCriteria.rules()).build();
        Assessor edited = Assessor.builder().rules(replace(TABLES,
                bytes -> setCell(bytes, "Tham số", "qd366.lanh-dao.ty-le-don-vi-toi-thieu", -1, 0.7))).build();

        var before = standard.assessAll(unit).assessments().get(0);
        var after = edited.assessAll(unit).assessments().get(0);
        assertThat(before.partyRating()).isNotEqualTo(java.util.Optional.of(RatingLevel.KHONG_HOAN_THANH));
        assertThat(before.reasons()).noneMatch(r -> r.rule().startsWith("QD366-DV") || r.rule().startsWith("LD-C"));
        assertThat(after.partyRating()).contains(RatingLevel.KHONG_HOAN_THANH);
        assertThat(after.reasons()).filteredOn(r -> r.rule().startsWith("QD366-DV")).singleElement()
                .satisfies(r -> assertThat(r.citation()).contains("dưới 70% nhiệm vụ")
                        .contains("qd366.lanh-dao.ty-le-don-vi-toi-thieu"));
        assertThat(after.rating()).isEqualTo(before.rating());
        assertThat(after.reasons()).noneMatch(r -> r.rule().startsWith("LD-C"));
    }

    @Test
    void xlsx_nd90UnitShareRaisedTo70Percent_leavesQd366ToItsOwnCell() throws IOException {
        // the NĐ 90 cell (also QĐ 124's, both 50% in their text) no longer moves the QĐ 366 rule: in 2025 LD-C
        // fires at 70% and QD366-DV does not; in 2024 (QĐ 124) the party rule follows the same cell as LD-C
        var unit2025 = all(2025, Dossiers.unit(), Dossiers.head("TP-1").partyMember(true).tasks(10, 6, 6, 6).build());
        var unit2024 = all(2024, Dossiers.unit(), Dossiers.head("TP-1").partyMember(true).tasks(10, 6, 6, 6).build());
        Assessor edited = Assessor.builder().rules(replace(TABLES,
                bytes -> setCell(bytes, "Tham số", "lanh-dao.ty-le-don-vi-toi-thieu", -1, 0.7))).build();

        var in2025 = edited.assessAll(unit2025).assessments().get(0);
        assertThat(in2025.rating()).isEqualTo(RatingLevel.KHONG_HOAN_THANH);
        assertThat(in2025.reasons()).anyMatch(r -> r.rule().startsWith("LD-C"))
                .noneMatch(r -> r.rule().startsWith("QD366-DV"));
        var in2024 = edited.assessAll(unit2024).assessments().get(0);
        assertThat(in2024.reasons()).anyMatch(r -> r.rule().startsWith("LD-C"))
                .anyMatch(r -> r.rule().startsWith("QD124-DV"));
        assertThat(in2024.partyRating()).contains(RatingLevel.KHONG_HOAN_THANH);
    }

    @Test
    void dslr_capWordingChanged_changesTheCap() {
        var officer = staff("CB-1").style("PC-CV-01", false).style("SD-05", false).build();
        Assessor standard = Assessor.builder().rules(StandardCriteria.rules()).build();
        Assessor edited = Assessor.builder().rules(replace(STYLE, bytes -> new String(bytes, StandardCharsets.UTF_8)
                .replace("Xếp loại không quá \"Hoàn thành nhiệm vụ\" theo tiêu chí \"PC-NHIEU\"",
                        "Xếp loại không quá \"Không hoàn thành nhiệm vụ\" theo tiêu chí \"PC-NHIEU\"")
                .getBytes(StandardCharsets.UTF_8))).build();

        assertThat(standard.assess(in(2025, officer)).rating()).isEqualTo(RatingLevel.HOAN_THANH);
        assertThat(edited.assess(in(2025, officer)).rating()).isEqualTo(RatingLevel.KHONG_HOAN_THANH);
    }

    @Test
    void xlsx_unknownLevelInACell_reportsSheetAndCell() {
        RuleBundle edited = replace(TABLES, bytes -> setText(bytes, "Mức độ biểu hiện", "NQ4-MD-3", 2, "HOAN_THANH_KHA"));
        assertThatThrownBy(() -> Assessor.builder().rules(edited).build())
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.diagnostics())
                        .anySatisfy(d -> {
                            assertThat(d.source()).isEqualTo(TABLES + "[Mức độ biểu hiện]");
                            assertThat(d.message()).contains("HOAN_THANH_KHA").containsPattern("ô A\\d+");
                        }));
    }

    @Test
    void dslr_unknownSentence_reportsItsLine() {
        RuleBundle edited = replace(STYLE, bytes -> new String(bytes, StandardCharsets.UTF_8)
                .replace("    Cán bộ được người dân khen ngợi\n", "    Cán bộ được người dân khen ngợi nhiều lần\n")
                .getBytes(StandardCharsets.UTF_8));
        int line = lineOf(edited, STYLE, "khen ngợi nhiều lần");
        assertThatThrownBy(() -> Assessor.builder().rules(edited).build())
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.diagnostics())
                        .anySatisfy(d -> {
                            assertThat(d.source()).isEqualTo(STYLE);
                            assertThat(d.line()).isEqualTo(line);
                        }));
    }

    private static int lineOf(RuleBundle bundle, String name, String text) {
        String content = bundle.sources().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().text();
        List<String> lines = content.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text);
    }

    private static byte[] setText(byte[] xlsx, String sheetName, String key, int column, String value) {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            byRowName(wb.getSheet(sheetName), key, column).setCellValue(value);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The standard bundle with one source's bytes replaced. */
    static RuleBundle replace(String name, UnaryOperator<byte[]> edit) {
        RuleBundle standard = StandardCriteria.rules();
        List<RuleSource> sources = new ArrayList<>();
        boolean found = false;
        for (RuleSource s : standard.sources()) {
            if (s.name().equals(name)) {
                sources.add(new RuleSource(s.name(), s.kind(), edit.apply(s.content())));
                found = true;
            } else {
                sources.add(s);
            }
        }
        assertThat(found).as("bundle holds %s", name).isTrue();
        return new RuleBundle(standard.name(), standard.version() + "-edited", sources, standard.criteria());
    }

    /**
     * Sets a number in a decision table: in the row whose first cell starts with {@code key} (a rule name),
     * column {@code column}; or, when {@code column} is negative, below the column whose template mentions
     * {@code key} (a parameter name in the settings row of “Tham số”).
     */
    static byte[] setCell(byte[] xlsx, String sheetName, String key, int column, double value) {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheet(sheetName);
            Cell target = column >= 0 ? byRowName(sheet, key, column) : belowTemplate(sheet, key);
            target.setCellValue(value);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Cell byRowName(Sheet sheet, String key, int column) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.toString().startsWith(key)) {
                return row.getCell(column, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
            }
        }
        throw new AssertionError("no row " + key + " in sheet " + sheet.getSheetName());
    }

    private static Cell belowTemplate(Sheet sheet, String key) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.toString().contains("\"" + key + "\"")) {
                    for (int r = row.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                        Cell below = sheet.getRow(r) == null ? null : sheet.getRow(r).getCell(cell.getColumnIndex());
                        if (below != null && below.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                            return below;
                        }
                    }
                }
            }
        }
        throw new AssertionError("no parameter " + key + " in sheet " + sheet.getSheetName());
    }
}
