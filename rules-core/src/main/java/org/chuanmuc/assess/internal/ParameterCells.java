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
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.chuanmuc.assess.RuleSource;

/**
 * The cells of a decision table behind a parameter, to say which cell to look at: the template cell whose code
 * names the parameter ({@code insert(new Parameter("…", $param));}), the table it belongs to, and its value cell
 * in each rule row, and the cell itself (a number cell formatted as a percentage). A workbook is opened here when a
 * problem is to be reported or a number value's cell is to be looked at (never for the standard workbook's own
 * bytes, checked when the library was built), and read once.
 */
final class ParameterCells implements AutoCloseable {
    /** The comment Drools' converter writes above each rule of a table. */
    private static final Pattern RULE_ROW = Pattern.compile(
            "^\\s*// rule values at [A-Z]+(\\d+), header at [A-Z]+(\\d+)\\s*$");
    private static final Pattern TEMPLATE = Pattern.compile(
            "new\\s+(?:org\\.chuanmuc\\.model\\.)?Parameter\\s*\\(\\s*\"([^\"\\\\]*)\"");
    /** A template whose value is the row's cell itself: {@code new Parameter("x", $param)} or {@code $1}. */
    private static final Pattern AS_IS = Pattern.compile(
            "new\\s+(?:org\\.chuanmuc\\.model\\.)?Parameter\\s*\\(\\s*\"[^\"\\\\]*\"\\s*,\\s*\\$(?:param|1)\\s*\\)");
    private static final String TABLE_KEYWORD = "RuleTable";
    private static final String XLSX = ".xlsx[";

    private final List<RuleSource> workbooks;
    /** By source, not by name: two workbooks may share a name (in two bundles) and differ in their sheets. */
    private final Map<RuleSource, Optional<Workbook>> opened = new java.util.IdentityHashMap<>();
    private final Map<String, Boolean> shipped = new HashMap<>();
    /**
     * Each sheet's templates by parameter, every column naming it in the sheet's order, by the sheet's text name, in
     * the workbooks' and sheets' order.
     */
    private final Map<String, Map<String, List<Template>>> templates = new LinkedHashMap<>();
    private final Map<String, List<RuleRow>> rowsByText = new HashMap<>();
    /** Each sheet by its text name, {@code file.xlsx[sheet]}, once its workbook is read. */
    private final Map<String, Sheet> sheets = new HashMap<>();

    /**
     * A template cell.
     *
     * @param textName the sheet's text, {@code file.xlsx[sheet]}
     * @param sheet    the sheet
     * @param column   0-based column of the template cell
     * @param tableRow 1-based row of the table's {@code RuleTable} cell, or 0 when there is none above
     * @param asIs     whether the template gives the row's cell as the value itself ({@code new Parameter("x",
     *                 $param)}, or {@code $1}), rather than computing the value from it or from anything else
     */
    record Template(String textName, Sheet sheet, int column, int tableRow, boolean asIs) {
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

    /**
     * The value cell of one parameter in one rule row.
     *
     * @param template the template cell of its column
     * @param row      1-based row of the value
     */
    record Located(Template template, int row) {
        /** @return the value cell's address, e.g. {@code B10} */
        String address() {
            return ParameterCells.address(row, template.column());
        }

        /** @return the value cell as the workbook holds it, before any conversion; empty when there is none */
        Optional<Cell> cell() {
            Row r = template.sheet().getRow(row - 1);
            return Optional.ofNullable(r == null ? null : r.getCell(template.column()));
        }
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
        return templates.values().stream().map(t -> t.get(parameter)).filter(t -> t != null).map(t -> t.get(0))
                .findFirst();
    }

    /**
     * @param text      a sheet's text
     * @param parameter the parameter a rule of it gives
     * @param line      the 1-based line of the value in the text
     * @param column    the 1-based column of the value in the text
     * @return the value cell, e.g. {@code B10}, or "" when it cannot be told
     */
    String valueCell(DrlText text, String parameter, int line, int column) {
        return locate(text, parameter, line, column).map(Located::address).orElse("");
    }

    /**
     * Finds the cell a value of a sheet's text was converted from. A parameter may have several template columns
     * (a column copied without renaming its parameter): the converter writes a row's actions in column order and
     * leaves out those whose cell is blank, so the n-th {@code new Parameter("x", …)} of a rule comes from the
     * n-th column naming the parameter whose cell in the row is not blank.
     *
     * @param text      a sheet's text
     * @param parameter the parameter a rule of it gives
     * @param line      the 1-based line of the value in the text
     * @param column    the 1-based column of the value in the text
     * @return the value cell, or empty when it cannot be told
     */
    Optional<Located> locate(DrlText text, String parameter, int line, int column) {
        if (!isTable(text.sourceName())) {
            return Optional.empty();
        }
        RuleRow rule = ruleRowAt(text, line);
        String name = text.sourceName();
        List<Template> all = templates.getOrDefault(name, Map.of()).getOrDefault(parameter, List.of());
        if (rule == null || all.isEmpty()) {
            return Optional.empty();
        }
        int row = rule.row();
        int headerRow = rule.headerRow();
        List<Template> ofTable = all.stream().filter(t -> t.tableRow() == headerRow).toList();
        List<Template> written = (ofTable.isEmpty() ? all : ofTable).stream().filter(t -> !blank(t, row)).toList();
        int before = Math.max(0, occurrencesBefore(text.drl(), rule.ruleLine() - 1, line, column, parameter) - 1);
        Template t = before < written.size() ? written.get(before) : (ofTable.isEmpty() ? all : ofTable).get(0);
        return Optional.of(new Located(t, row));
    }

    /**
     * @return how many {@code new Parameter("x"} of the parameter a text has from a line to a line and column: the
     *         value's own counts, as it starts before its value
     */
    private static int occurrencesBefore(String drl, int fromLine, int line, int column, String parameter) {
        int from = offset(drl, fromLine, 1);
        int to = offset(drl, line, column);
        int count = 0;
        Matcher m = TEMPLATE.matcher(drl).region(Math.min(from, to), to);
        while (m.find()) {
            if (m.group(1).equals(parameter)) {
                count++;
            }
        }
        return count;
    }

    /** @return the offset of a 1-based line and column, lines ending at {@code \n} as the converter writes them */
    private static int offset(String drl, int line, int column) {
        int at = 0;
        for (int l = 1; l < line && at >= 0; l++) {
            at = drl.indexOf('\n', at);
            at = at < 0 ? -1 : at + 1;
        }
        return at < 0 ? drl.length() : Math.min(drl.length(), at + Math.max(0, column - 1));
    }

    /**
     * @return whether the template's value cell in a row is empty, or holds only characters a spreadsheet shows as
     *         nothing (spaces, tabs, no-break, ideographic or zero-width spaces): the converter writes no value then
     */
    static boolean blank(Template template, int row) {
        Row r = template.sheet().getRow(row - 1);
        Cell cell = r == null ? null : r.getCell(template.column());
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return true;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return type == CellType.STRING && cell.getStringCellValue().chars()
                .allMatch(c -> Invisible.is((char) c));
    }

    /**
     * Finds the cell of a rule row that holds a value the converter wrote into the row's rule: the cell of the row
     * whose text, without the spaces around it, is the value, or whose number is it. A value typed in a cell reaches
     * the rule as written there (a template's {@code "$param"}), so this names the cell to correct.
     *
     * @param text  a sheet's text
     * @param line  the 1-based line of the value in the text
     * @param value the value, a string's content or a number as written
     * @return the cell, e.g. {@code B13}; empty outside a table, or when no cell, or more than one, holds the value
     */
    /**
     * @return the rule row of a sheet's text whose rule holds the line, or null before the first; the sheet's
     *         workbook is indexed on the way
     */
    private RuleRow ruleRowAt(DrlText text, int line) {
        RuleRow rule = null;
        for (RuleRow r : ruleRows(text)) {
            if (r.ruleLine() <= line) {
                rule = r;
            }
        }
        String name = text.sourceName();
        String file = name.substring(0, name.lastIndexOf(XLSX) + ".xlsx".length());
        workbooks.stream().filter(w -> w.name().equals(file)).forEach(this::index);
        return rule;
    }

    Optional<String> cellHolding(DrlText text, int line, String value) {
        if (!isTable(text.sourceName())) {
            return Optional.empty();
        }
        RuleRow rule = ruleRowAt(text, line);
        String name = text.sourceName();
        Sheet sheet = sheets.get(name);
        Row row = rule == null || sheet == null ? null : sheet.getRow(rule.row() - 1);
        if (row == null) {
            return Optional.empty();
        }
        List<String> found = new ArrayList<>();
        for (Cell cell : row) {
            if (holds(cell, value)) {
                found.add(address(rule.row(), cell.getColumnIndex()));
            }
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** @return whether a cell holds a value: as its text without the spaces around it, or as its number */
    private static boolean holds(Cell cell, String value) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.STRING) {
            return cell.getStringCellValue().strip().equals(value.strip());
        }
        if (type == CellType.NUMERIC) {
            try {
                return new java.math.BigDecimal(value).compareTo(
                        new java.math.BigDecimal(Double.toString(cell.getNumericCellValue()))) == 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a sheet's workbook is one whose conversion this library ships ({@link ConvertedTables#CLASS_PATH}): the
     * standard criteria's, byte for byte. Its values passed this check, with this code, when the criteria were built
     * (the guard's verdict is recorded only for sources that passed it), so its cells need not be opened again to
     * tell a percentage from a number: opening it would load POI into a build that otherwise never needs it.
     *
     * @param text a sheet's text
     * @return whether the workbook's values were checked when the library was built
     */
    boolean checkedAtBuild(DrlText text) {
        if (!isTable(text.sourceName())) {
            return false;
        }
        String name = text.sourceName();
        String file = name.substring(0, name.lastIndexOf(XLSX) + ".xlsx".length());
        // every workbook of that name: a second one named like the standard workbook must not borrow its check
        return shipped.computeIfAbsent(file, f -> {
            List<RuleSource> named = workbooks.stream().filter(w -> w.name().equals(f)).toList();
            return !named.isEmpty() && named.stream()
                    .allMatch(w -> ConvertedTables.CLASS_PATH.find(Sha256.hex(w.content())).isPresent());
        });
    }

    /** @return whether a cell holds a number, typed or computed by a formula */
    static boolean numeric(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return type == CellType.NUMERIC;
    }

    /**
     * @return whether a number cell is formatted as a percentage: its display format has a {@code %} outside quotes,
     *         escapes and brackets, which shows the number times 100 ({@code 0.2} as {@code 20%})
     */
    static boolean percent(Cell cell) {
        if (!numeric(cell)) {
            return false;
        }
        String format = String.valueOf(cell.getCellStyle().getDataFormatString());
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"' || c == '[') {
                int close = format.indexOf(c == '"' ? '"' : ']', i + 1);
                i = close < 0 ? format.length() : close;
            } else if (c == '%') {
                return true;
            }
        }
        return false;
    }

    /**
     * @param cell a number cell
     * @param held the number the converted rule holds for it (for a formula, the result the converter computed)
     * @return what the cell shows for that number, e.g. {@code 20%}; never a formula's text
     */
    static String shown(Cell cell, String held) {
        try {
            return new DataFormatter().formatRawCellContents(Double.parseDouble(held),
                    cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
        } catch (RuntimeException e) {
            return held;
        }
    }

    /** Reads a workbook once and indexes the templates of each of its sheets. */
    private void index(RuleSource source) {
        opened.computeIfAbsent(source, k -> {
            Optional<Workbook> workbook;
            try {
                workbook = Optional.of(WorkbookFactory.create(new ByteArrayInputStream(source.content())));
            } catch (IOException | RuntimeException e) {
                return Optional.empty(); // its conversion already said why, or it could be read then
            }
            for (Sheet sheet : workbook.get()) {
                sheets.put(source.name() + "[" + sheet.getSheetName() + "]", sheet);
                templates.put(source.name() + "[" + sheet.getSheetName() + "]",
                        templates(source.name() + "[" + sheet.getSheetName() + "]", sheet));
            }
            return workbook;
        });
    }

    /** @return the sheet's template cells by the parameter they name, in the sheet's order */
    private static Map<String, List<Template>> templates(String textName, Sheet sheet) {
        Map<String, List<Template>> found = new HashMap<>();
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
                int table = tableRow;
                while (m.find()) {
                    List<Template> named = found.computeIfAbsent(m.group(1), k -> new ArrayList<>());
                    if (named.stream().noneMatch(t -> t.column() == cell.getColumnIndex() && t.tableRow() == table)) {
                        named.add(new Template(textName, sheet, cell.getColumnIndex(), table,
                                AS_IS.matcher(value.substring(m.start())).lookingAt()));
                    }
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
