package org.chuanmuc.assess.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.chuanmuc.assess.RuleSource;

/**
 * The cells of a decision table behind a parameter, to say which cell to look at: the template cell whose code
 * names the parameter ({@code insert(new Parameter("…", $param));}), the table it belongs to, and its value cell
 * in each rule row. A workbook is opened here only when a problem is to be reported, and read once.
 */
final class ParameterCells implements AutoCloseable {
    /** The comment Drools' converter writes above each rule of a table. */
    private static final Pattern RULE_ROW = Pattern.compile(
            "^\\s*// rule values at [A-Z]+(\\d+), header at [A-Z]+(\\d+)\\s*$");
    private static final Pattern TEMPLATE = Pattern.compile(
            "new\\s+(?:org\\.chuanmuc\\.model\\.)?Parameter\\s*\\(\\s*\"([^\"\\\\]*)\"");
    private static final String TABLE_KEYWORD = "RuleTable";
    private static final String XLSX = ".xlsx[";

    private final List<RuleSource> workbooks;
    private final Map<String, Optional<Workbook>> opened = new HashMap<>();
    /** Each sheet's templates by parameter, by the sheet's text name, in the workbooks' and sheets' order. */
    private final Map<String, Map<String, Template>> templates = new LinkedHashMap<>();
    private final Map<String, List<RuleRow>> rowsByText = new HashMap<>();

    /**
     * A template cell.
     *
     * @param textName the sheet's text, {@code file.xlsx[sheet]}
     * @param sheet    the sheet
     * @param column   0-based column of the template cell
     * @param tableRow 1-based row of the table's {@code RuleTable} cell, or 0 when there is none above
     */
    record Template(String textName, Sheet sheet, int column, int tableRow) {
    }

    /**
     * A rule the converter made from one row of a table.
     *
     * @param row       1-based row of the values
     * @param headerRow 1-based row of the table's {@code RuleTable} cell
     * @param ruleLine  1-based line of the rule in the sheet's text
     */
    record RuleRow(int row, int headerRow, int ruleLine) {
    }

    /** @param sources every rule source of the rule set; only the workbooks are kept */
    ParameterCells(List<RuleSource> sources) {
        this.workbooks = sources.stream().filter(s -> s.kind() == RuleSource.Kind.XLSX).toList();
    }

    /** @return whether a text was converted from a worksheet */
    static boolean isTable(String sourceName) {
        return sourceName.contains(XLSX) && sourceName.endsWith("]");
    }

    /** @return a cell's address from its 1-based row and 0-based column, e.g. {@code B10} */
    static String address(int row, int column) {
        return CellReference.convertNumToColString(column) + row;
    }

    /** @return the rules of a sheet's text, each with its row, table and line */
    List<RuleRow> ruleRows(DrlText text) {
        return rowsByText.computeIfAbsent(text.sourceName(), k -> {
            List<RuleRow> rows = new ArrayList<>();
            String[] lines = text.drl().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = RULE_ROW.matcher(lines[i]);
                if (m.matches()) {
                    rows.add(new RuleRow(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), i + 2));
                }
            }
            return rows;
        });
    }

    /** @return the first template cell naming the parameter, in the workbooks' order and their sheets' */
    Optional<Template> template(String parameter) {
        workbooks.forEach(this::index);
        return templates.values().stream().map(t -> t.get(parameter)).filter(t -> t != null).findFirst();
    }

    /**
     * @param text      a sheet's text
     * @param parameter the parameter a rule of it gives
     * @param line      the line of the value in the text
     * @return the value cell, e.g. {@code B10}, or "" when it cannot be told
     */
    String valueCell(DrlText text, String parameter, int line) {
        if (!isTable(text.sourceName())) {
            return "";
        }
        int row = 0;
        for (RuleRow r : ruleRows(text)) {
            if (r.ruleLine() <= line) {
                row = r.row();
            }
        }
        String name = text.sourceName();
        String file = name.substring(0, name.lastIndexOf(XLSX) + ".xlsx".length());
        workbooks.stream().filter(w -> w.name().equals(file)).forEach(this::index);
        Template t = templates.getOrDefault(name, Map.of()).get(parameter);
        return row > 0 && t != null ? address(row, t.column()) : "";
    }

    /** @return whether the template's value cell in a row is empty, or holds only spaces */
    static boolean blank(Template template, int row) {
        Row r = template.sheet().getRow(row - 1);
        Cell cell = r == null ? null : r.getCell(template.column());
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return true;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return type == CellType.STRING && cell.getStringCellValue().isBlank();
    }

    /** Reads a workbook once and indexes the templates of each of its sheets. */
    private void index(RuleSource source) {
        opened.computeIfAbsent(source.name(), k -> {
            Optional<Workbook> workbook;
            try {
                workbook = Optional.of(WorkbookFactory.create(new ByteArrayInputStream(source.content())));
            } catch (IOException | RuntimeException e) {
                return Optional.empty(); // its conversion already said why, or it could be read then
            }
            for (Sheet sheet : workbook.get()) {
                templates.put(source.name() + "[" + sheet.getSheetName() + "]",
                        templates(source.name() + "[" + sheet.getSheetName() + "]", sheet));
            }
            return workbook;
        });
    }

    /** @return the sheet's template cells by the parameter they name, the first of each name */
    private static Map<String, Template> templates(String textName, Sheet sheet) {
        Map<String, Template> found = new HashMap<>();
        int tableRow = 0;
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() != CellType.STRING) {
                    continue;
                }
                String value = cell.getStringCellValue();
                if (value.strip().startsWith(TABLE_KEYWORD)) {
                    tableRow = row.getRowNum() + 1;
                }
                Matcher m = TEMPLATE.matcher(value);
                while (m.find()) {
                    found.putIfAbsent(m.group(1), new Template(textName, sheet, cell.getColumnIndex(), tableRow));
                }
            }
        }
        return found;
    }

    @Override
    public void close() {
        for (Optional<Workbook> workbook : opened.values()) {
            if (workbook.isPresent()) {
                try {
                    workbook.get().close();
                } catch (IOException e) {
                    // read from memory: nothing is left open that the collector does not release
                }
            }
        }
    }
}
