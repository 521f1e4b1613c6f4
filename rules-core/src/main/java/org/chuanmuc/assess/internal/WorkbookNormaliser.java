package org.chuanmuc.assess.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.drools.util.DateUtils;

/**
 * Rewrites a decision-table workbook in one canonical form before Drools reads it, so that the rules a
 * table gives do not depend on the program that last saved it.
 *
 * <p>Why: Drools applies a merged range (the way a table puts several condition columns under one
 * {@code $o: Officer} pattern) only to the cells of the range that exist in the file. The standard
 * workbook stores the empty cells under its merges, but many spreadsheet writers leave empty cells out,
 * and then the conditions under the merge lose their pattern and no longer compile. Numbers are a second
 * source of differences: Drools renders a whole number through the cell's display format, so the same
 * value can reach the rule as {@code 1}, {@code 1.00} or {@code 100%}.
 *
 * <p>The copy keeps every sheet, in order, every merged range, and every cell position. Each cell
 * becomes text: strings as they are (shared or inline), numbers in plain decimal notation whatever their
 * display format ({@code 1.0} and {@code 1} both become {@code 1}), dates as Drools quotes them, booleans
 * as {@code true}/{@code false}, formulas as their value. Every cell covered by a merged range exists in
 * the copy, within the used area of its sheet.
 *
 * <p>Drools trims the spaces and control characters around a cell's text; a spreadsheet shows other characters as
 * nothing too: the no-break space (what Excel or a web page often leaves after a number), the ideographic space,
 * the zero-width space and the other format characters. A text with such characters at its ends loses them, and
 * the plain white space next to them, so {@code "20\u00A0"} reads as {@code 20} as {@code "20 "} does, and a cell
 * holding only them is blank. A text without them is kept exactly as it is.
 */
final class WorkbookNormaliser {
    /** More cells than this under merges is not a decision table but an attempt to exhaust memory. */
    static final int MAX_FILLED_CELLS = 100_000;

    private WorkbookNormaliser() {
    }

    /**
     * @param source an open workbook (any format POI reads)
     * @return the canonical copy as {@code .xlsx} bytes
     * @throws IOException              when the copy cannot be written
     * @throws IllegalArgumentException when merged ranges would need more than {@value #MAX_FILLED_CELLS} cells
     */
    static byte[] normalise(Workbook source) throws IOException {
        FormulaEvaluator evaluator = source.getCreationHelper().createFormulaEvaluator();
        try (XSSFWorkbook target = new XSSFWorkbook()) {
            int filled = 0;
            for (Sheet sheet : source) {
                Sheet copy = target.createSheet(sheet.getSheetName());
                int lastColumn = 0;
                for (Row row : sheet) {
                    Row copyRow = copy.createRow(row.getRowNum());
                    lastColumn = Math.max(lastColumn, row.getLastCellNum() - 1);
                    for (Cell cell : row) {
                        Optional<String> text = text(cell, evaluator);
                        if (text.isPresent()) {
                            copyRow.createCell(cell.getColumnIndex()).setCellValue(text.get());
                        }
                    }
                }
                for (CellRangeAddress merged : sheet.getMergedRegions()) {
                    copy.addMergedRegionUnsafe(merged);
                    filled += fill(copy, merged, sheet.getLastRowNum(), lastColumn, MAX_FILLED_CELLS - filled);
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            target.write(bytes);
            return bytes.toByteArray();
        }
    }

    /** Creates the missing cells of a merged range (inside the used area); returns how many it may have created. */
    private static int fill(Sheet copy, CellRangeAddress merged, int lastRow, int lastColumn, int budget) {
        int rows = Math.min(merged.getLastRow(), lastRow) - merged.getFirstRow() + 1;
        int columns = Math.min(merged.getLastColumn(), lastColumn) - merged.getFirstColumn() + 1;
        if (rows <= 0 || columns <= 0) {
            return 0;
        }
        if ((long) rows * columns > budget) {
            throw new IllegalArgumentException("vùng ô gộp quá lớn (merged cells cover more than "
                    + MAX_FILLED_CELLS + " cells) in sheet " + copy.getSheetName());
        }
        for (int r = merged.getFirstRow(); r < merged.getFirstRow() + rows; r++) {
            Row row = copy.getRow(r) != null ? copy.getRow(r) : copy.createRow(r);
            for (int c = merged.getFirstColumn(); c < merged.getFirstColumn() + columns; c++) {
                if (row.getCell(c) == null) {
                    row.createCell(c, CellType.BLANK);
                }
            }
        }
        return rows * columns;
    }

    /**
     * @param cell      a cell of the workbook being normalised
     * @param evaluator the workbook's formula evaluator
     * @return the text Drools should see for a cell, or empty for a blank cell
     */
    static Optional<String> text(Cell cell, FormulaEvaluator evaluator) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            return formula(cell, evaluator);
        }
        return switch (type) {
            case STRING -> Optional.of(trimmed(cell.getStringCellValue())).filter(s -> !s.isEmpty());
            case NUMERIC -> Optional.of(DateUtil.isCellDateFormatted(cell)
                    ? "\"" + DateUtils.format(cell.getDateCellValue()) + "\"" // as Drools' own reader quotes it
                    : number(cell.getNumericCellValue()));
            case BOOLEAN -> Optional.of(Boolean.toString(cell.getBooleanCellValue()));
            case ERROR -> Optional.of(FormulaError.forInt(cell.getErrorCellValue()).getString());
            default -> Optional.empty();
        };
    }

    private static Optional<String> formula(Cell cell, FormulaEvaluator evaluator) {
        CellValue value;
        try {
            value = evaluator.evaluate(cell);
        } catch (RuntimeException unresolvable) {
            value = null; // e.g. a link to another file: use the value the writer cached, as Drools does
        }
        CellType type = value != null ? value.getCellType() : cell.getCachedFormulaResultType();
        return switch (type) {
            case NUMERIC -> Optional.of(number(value != null ? value.getNumberValue() : cell.getNumericCellValue()));
            case STRING -> Optional.of(trimmed(value != null ? value.getStringValue() : cell.getStringCellValue()))
                    .filter(s -> !s.isEmpty());
            case BOOLEAN -> Optional.of(Boolean.toString(value != null ? value.getBooleanValue()
                    : cell.getBooleanCellValue()));
            case ERROR -> Optional.of(FormulaError.forInt(value != null ? value.getErrorValue()
                    : cell.getErrorCellValue()).getString());
            default -> Optional.empty();
        };
    }

    /**
     * @param text a cell's text
     * @return the text without the characters a spreadsheet shows as nothing at its ends, when they include one that
     *         Drools does not trim (a no-break space, an ideographic or zero-width space, another format character);
     *         else the text unchanged
     */
    static String trimmed(String text) {
        int start = Invisible.start(text);
        int end = Invisible.end(text, start);
        boolean beyondTrim = false;
        for (int i = 0; i < start; i++) {
            beyondTrim |= text.charAt(i) > ' ';
        }
        for (int i = end; i < text.length(); i++) {
            beyondTrim |= text.charAt(i) > ' ';
        }
        return beyondTrim ? text.substring(start, end) : text;
    }

    /** @return the number in plain decimal notation, whatever the cell's display format: 1.0 → 1, 0.80 → 0.8 */
    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
