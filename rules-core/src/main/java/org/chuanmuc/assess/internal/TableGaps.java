package org.chuanmuc.assess.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.chuanmuc.assess.Diagnostic;
import org.chuanmuc.assess.RuleSource;
import org.chuanmuc.assess.internal.guard.GuardMessages;
import org.drools.decisiontable.parser.ActionType;
import org.drools.decisiontable.parser.DefaultRuleSheetListener;

/**
 * Refuses a decision table that an empty row cuts short: the rule rows below it would silently not be rules.
 *
 * <p>Why: Drools ends a {@code RuleTable} at its first empty rule row, and reads the rows below it, up to the next
 * keyword, as settings of the rule set, which it then ignores. A policy officer who removes one rule by clearing its
 * row's cells (the Delete key) instead of deleting the row thus removes every rule below it too, without a word
 * (found on the sheet "Kỷ luật": 75 rules instead of 81). Drools' reading is kept; such a workbook is refused,
 * naming the empty row and the rows that would be lost.
 *
 * <p>The sheet is read as Drools' {@code DefaultRuleSheetListener} reads it: a cell starting with {@code RuleTable}
 * starts a table in its column (cells left of that column are comments); the next row gives each column's type
 * ({@code CONDITION}, {@code ACTION}, {@code NAME}…), then come the object types, the templates and the labels, and
 * then the rule rows. A row with a non-blank cell in the table's columns more than one row below the last rule row
 * ends the table, which thus ended at the empty row after that rule row. A table is refused when, from there to the
 * next keyword row (a {@code RuleTable} cell, or a row whose first cell is {@code RuleSet}, {@code Import},
 * {@code Variables}… or a rule attribute, the keywords Drools knows) or the end of the sheet, a row has a non-blank
 * cell in one of the table's {@code CONDITION} or {@code ACTION} columns. Empty rows between tables, an empty row
 * after a table's last rule, and a note below a table outside those columns (in its name column) lose no rule and
 * are accepted.
 *
 * <p>A cell holds the text Drools is given ({@link WorkbookNormaliser#text}); a cell under a merged range holds the
 * text of the range's first cell, within the used area of the sheet, as in the normalised copy Drools reads.
 */
final class TableGaps {
    /** Rows from a table's keyword row to its first rule row: types, object types, templates, labels. */
    private static final int FIRST_RULE_ROW = 5;
    private static final String RULE_TABLE = "ruletable";
    /** The words Drools reads as settings of the rule set when they start a row outside a table, lower case. */
    private static final Set<String> KEYWORDS = keywords();
    /** At most this many ranges of lost rows are named in a message; the rest are counted. */
    private static final int MAX_RANGES = 10;

    private TableGaps() {
    }

    /**
     * @param workbook the workbook as read from the rule source
     * @param source   the rule source, for the diagnostics' names
     * @param problems receives one diagnostic for each table cut short, named {@code source[sheet]}, at the empty
     *                 row and the table's first column
     * @return the names of the sheets with a table cut short: they are not converted
     */
    static Set<String> check(Workbook workbook, RuleSource source, List<Diagnostic> problems) {
        FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        Set<String> refused = new LinkedHashSet<>();
        for (Sheet sheet : workbook) {
            String name = source.name() + "[" + sheet.getSheetName() + "]";
            int before = problems.size();
            check(cells(sheet, evaluator), name, problems);
            if (problems.size() > before) {
                refused.add(sheet.getSheetName());
            }
        }
        return refused;
    }

    /** A table being read: where it starts, its columns' types and its last rule row. */
    private static final class Table {
        final String keyword;
        final int row;
        final int column;
        final Map<Integer, ActionType.Code> types = new HashMap<>();
        int lastRuleRow;

        Table(String keyword, int row, int column) {
            this.keyword = keyword;
            this.row = row;
            this.column = column;
            this.lastRuleRow = row + FIRST_RULE_ROW; // Drools makes the first rule when it meets the keyword
        }

        boolean conditionOrAction(int column) {
            ActionType.Code code = types.get(column);
            return code == ActionType.Code.CONDITION || code == ActionType.Code.ACTION;
        }
    }

    /** A table that ended at an empty row, and the rows below it that hold conditions or actions. */
    private record Cut(Table table, int emptyRow, List<Integer> lostRows) {
    }

    /**
     * @param rows  the non-blank cells of one sheet, by row and column (0-based)
     * @param sheet the diagnostics' source name
     */
    private static void check(NavigableMap<Integer, NavigableMap<Integer, String>> rows, String sheet,
                              List<Diagnostic> problems) {
        Table table = null;
        Cut cut = null;
        for (Map.Entry<Integer, NavigableMap<Integer, String>> entry : rows.entrySet()) {
            int row = entry.getKey();
            NavigableMap<Integer, String> cells = entry.getValue();
            if (cut != null && keywordRow(cells)) {
                report(cut, sheet, problems);
                cut = null;
            } else if (cut != null && conditionOrAction(cut.table(), cells)) {
                cut.lostRows().add(row);
            }
            for (Map.Entry<Integer, String> cell : cells.entrySet()) {
                int column = cell.getKey();
                String text = cell.getValue().strip();
                if (text.toLowerCase(Locale.ROOT).startsWith(RULE_TABLE)) {
                    table = new Table(text, row, column);
                } else if (table == null || column < table.column || row == table.row) {
                    continue; // a setting, a comment left of the table, or more of the keyword row
                } else if (row == table.row + 1) {
                    Optional<ActionType.Code> type = type(text);
                    if (type.isPresent()) {
                        table.types.put(column, type.get());
                    }
                } else if (row >= table.row + FIRST_RULE_ROW) {
                    if (!table.types.containsKey(column)) {
                        table = null; // Drools refuses a cell without a column type, saying where
                    } else if (row - table.lastRuleRow > 1) {
                        cut = new Cut(table, table.lastRuleRow + 1, new ArrayList<>());
                        if (!keywordRow(cells) && conditionOrAction(table, cells)) {
                            cut.lostRows().add(row);
                        }
                        table = null;
                    } else {
                        table.lastRuleRow = row;
                    }
                }
            }
        }
        if (cut != null) {
            report(cut, sheet, problems);
        }
    }

    private static void report(Cut cut, String sheet, List<Diagnostic> problems) {
        if (!cut.lostRows().isEmpty()) {
            problems.add(new Diagnostic(sheet, cut.emptyRow() + 1, cut.table().column + 1,
                    GuardMessages.tableEndsAtEmptyRow(cut.table().keyword, cut.emptyRow() + 1,
                            cut.lostRows().size(), ranges(cut.lostRows()))));
        }
    }

    private static boolean conditionOrAction(Table table, NavigableMap<Integer, String> cells) {
        return cells.keySet().stream().anyMatch(table::conditionOrAction);
    }

    /** @return whether Drools reads the row as a keyword: a table's start or a setting of the rule set */
    private static boolean keywordRow(NavigableMap<Integer, String> cells) {
        return cells.values().stream().anyMatch(t -> t.strip().toLowerCase(Locale.ROOT).startsWith(RULE_TABLE))
                || KEYWORDS.contains(cells.firstEntry().getValue().strip().toLowerCase(Locale.ROOT));
    }

    /** @return the column type a cell of a table's type row gives, read as Drools reads it */
    private static Optional<ActionType.Code> type(String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        ActionType.Code code = ActionType.getTag2code().get(upper);
        return Optional.ofNullable(code != null ? code : ActionType.getTag2code().get(upper.substring(0, 1)));
    }

    /** @return 1-based row numbers as ranges: {@code 13–18}, {@code 13, 15–16} */
    private static String ranges(List<Integer> rows) {
        StringBuilder b = new StringBuilder();
        int ranges = 0;
        for (int i = 0; i < rows.size(); ) {
            int j = i;
            while (j + 1 < rows.size() && rows.get(j + 1) == rows.get(j) + 1) {
                j++;
            }
            if (ranges == MAX_RANGES) {
                b.append(", …");
                break;
            }
            b.append(ranges++ == 0 ? "" : ", ").append(rows.get(i) + 1);
            if (j > i) {
                b.append('–').append(rows.get(j) + 1);
            }
            i = j + 1;
        }
        return b.toString();
    }

    /**
     * @return the non-blank cells of the sheet as Drools is given them, by row and column: a cell's normalised text,
     *         a cell under a merged range (within the used area) the text of the range's first cell
     */
    private static NavigableMap<Integer, NavigableMap<Integer, String>> cells(Sheet sheet,
                                                                              FormulaEvaluator evaluator) {
        NavigableMap<Integer, NavigableMap<Integer, String>> rows = new TreeMap<>();
        int lastColumn = 0;
        for (Row row : sheet) {
            lastColumn = Math.max(lastColumn, row.getLastCellNum() - 1);
        }
        Set<Long> merged = new HashSet<>();
        int budget = WorkbookNormaliser.MAX_FILLED_CELLS;
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            Row first = sheet.getRow(range.getFirstRow());
            Cell firstCell = first == null ? null : first.getCell(range.getFirstColumn());
            String text = firstCell == null ? "" : text(firstCell, evaluator);
            for (int r = range.getFirstRow(); r <= Math.min(range.getLastRow(), sheet.getLastRowNum()); r++) {
                for (int c = range.getFirstColumn(); c <= Math.min(range.getLastColumn(), lastColumn); c++) {
                    if (--budget < 0) {
                        return rows; // the normaliser refuses such ranges before this is reached
                    }
                    merged.add(position(r, c));
                    if (!text.isBlank()) {
                        rows.computeIfAbsent(r, k -> new TreeMap<>()).put(c, text);
                    }
                }
            }
        }
        for (Row row : sheet) {
            for (Cell cell : row) {
                String text = text(cell, evaluator);
                if (!merged.contains(position(row.getRowNum(), cell.getColumnIndex())) && !text.isBlank()) {
                    rows.computeIfAbsent(row.getRowNum(), k -> new TreeMap<>()).put(cell.getColumnIndex(), text);
                }
            }
        }
        return rows;
    }

    private static String text(Cell cell, FormulaEvaluator evaluator) {
        // Drools takes a cell whose text trims to nothing as empty: String.trim, as its listener does
        return WorkbookNormaliser.text(cell, evaluator).map(String::trim).orElse("");
    }

    private static long position(int row, int column) {
        return ((long) row << 32) | (column & 0xFFFFFFFFL);
    }

    private static Set<String> keywords() {
        Set<String> words = new HashSet<>();
        for (String word : List.of(DefaultRuleSheetListener.RULESET_TAG, DefaultRuleSheetListener.IMPORT_TAG,
                DefaultRuleSheetListener.VARIABLES_TAG, DefaultRuleSheetListener.FUNCTIONS_TAG,
                DefaultRuleSheetListener.QUERIES_TAG, DefaultRuleSheetListener.DECLARES_TAG,
                DefaultRuleSheetListener.UNIT_TAG, DefaultRuleSheetListener.DIALECT_TAG,
                DefaultRuleSheetListener.SEQUENTIAL_FLAG, DefaultRuleSheetListener.ESCAPE_QUOTES_FLAG,
                DefaultRuleSheetListener.MIN_SALIENCE_TAG, DefaultRuleSheetListener.MAX_SALIENCE_TAG,
                DefaultRuleSheetListener.NUMERIC_DISABLED_FLAG, DefaultRuleSheetListener.IGNORE_NUMERIC_FORMAT_FLAG)) {
            words.add(word.toLowerCase(Locale.ROOT));
        }
        for (ActionType.Code attribute : ActionType.ATTRIBUTE_CODE_SET) {
            words.add(attribute.getColHeader().toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(words);
    }
}
