package org.chuanmuc.criteria;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * Edits a decision-table workbook on disk the way a policy officer does in Excel or LibreOffice. Public for the
 * command-line tests of the examples module, which use this module's test jar.
 */
public final class Workbooks {
    private Workbooks() {
    }

    /**
     * Sets a parameter of the sheet “Tham số”: the number below the column whose template names it.
     *
     * @param xlsx      the workbook, changed in place
     * @param parameter the parameter's name, e.g. {@code han-muc.xuat-sac.phan-tram}
     * @param value     the new value
     * @return the parameter's value before the edit
     * @throws IOException when the workbook cannot be read or written
     */
    public static double setParameter(Path xlsx, String parameter, double value) throws IOException {
        Workbook wb;
        try (InputStream in = Files.newInputStream(xlsx)) {
            wb = WorkbookFactory.create(in);
        }
        try (wb) {
            Sheet sheet = wb.getSheet("Tham số");
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains("\"" + parameter + "\"")) {
                        for (int r = row.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                            Cell below = sheet.getRow(r) == null ? null : sheet.getRow(r).getCell(cell.getColumnIndex());
                            if (below != null && below.getCellType() == CellType.NUMERIC) {
                                double old = below.getNumericCellValue();
                                below.setCellValue(value);
                                try (OutputStream out = Files.newOutputStream(xlsx)) {
                                    wb.write(out);
                                }
                                return old;
                            }
                        }
                    }
                }
            }
        }
        throw new AssertionError("no parameter " + parameter + " in " + xlsx);
    }

    /**
     * @param xlsx      the workbook
     * @param parameter the parameter's name, e.g. {@code han-muc.xuat-sac.phan-tram}
     * @return the address in sheet “Tham số” of the cell whose template names the parameter, e.g. {@code B8}
     * @throws IOException when the workbook cannot be read
     */
    public static String templateCell(Path xlsx, String parameter) throws IOException {
        try (Workbook wb = read(xlsx)) {
            Cell template = template(wb.getSheet("Tham số"), parameter);
            return template.getAddress().formatAsString();
        }
    }

    /**
     * @param xlsx      the workbook
     * @param parameter the parameter's name
     * @return the address in sheet “Tham số” of the parameter's value: the first number below its template
     * @throws IOException when the workbook cannot be read
     */
    public static String valueCell(Path xlsx, String parameter) throws IOException {
        try (Workbook wb = read(xlsx)) {
            Sheet sheet = wb.getSheet("Tham số");
            Cell template = template(sheet, parameter);
            for (int r = template.getRowIndex() + 1; r <= sheet.getLastRowNum(); r++) {
                Cell below = sheet.getRow(r) == null ? null : sheet.getRow(r).getCell(template.getColumnIndex());
                if (below != null && below.getCellType() == CellType.NUMERIC) {
                    return below.getAddress().formatAsString();
                }
            }
        }
        throw new AssertionError("no value for parameter " + parameter + " in " + xlsx);
    }

    /**
     * Sets one cell as a policy officer types it.
     *
     * @param xlsx    the workbook, changed in place
     * @param sheet   the sheet's name
     * @param address the cell, e.g. {@code B10}
     * @param value   null to empty the cell (the Delete key), a {@link Number}, or a {@link String} typed as text
     * @throws IOException when the workbook cannot be read or written
     */
    public static void setCell(Path xlsx, String sheet, String address, Object value) throws IOException {
        try (Workbook wb = read(xlsx)) {
            Sheet s = wb.getSheet(sheet);
            CellReference ref = new CellReference(address);
            Row row = s.getRow(ref.getRow()) == null ? s.createRow(ref.getRow()) : s.getRow(ref.getRow());
            Cell cell = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
            if (value == null) {
                cell.setBlank();
            } else if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                cell.setCellValue(value.toString());
            }
            write(wb, xlsx);
        }
    }

    /**
     * Deletes a row as a spreadsheet program does: the rows below move up one.
     *
     * @param xlsx  the workbook, changed in place
     * @param sheet the sheet's name
     * @param row   the row's number as the spreadsheet shows it (from 1)
     * @throws IOException when the workbook cannot be read or written
     */
    public static void deleteRow(Path xlsx, String sheet, int row) throws IOException {
        try (Workbook wb = read(xlsx)) {
            Sheet s = wb.getSheet(sheet);
            if (s.getRow(row - 1) != null) {
                s.removeRow(s.getRow(row - 1));
            }
            if (row <= s.getLastRowNum()) {
                s.shiftRows(row, s.getLastRowNum(), -1);
            }
            write(wb, xlsx);
        }
    }

    /**
     * Copies a row into the row below it, as a policy officer copying a table row: the rows below move down one.
     *
     * @param xlsx  the workbook, changed in place
     * @param sheet the sheet's name
     * @param row   the row's number as the spreadsheet shows it (from 1)
     * @throws IOException when the workbook cannot be read or written
     */
    public static void copyRowBelow(Path xlsx, String sheet, int row) throws IOException {
        try (Workbook wb = read(xlsx)) {
            Sheet s = wb.getSheet(sheet);
            if (row < s.getLastRowNum()) {
                s.shiftRows(row, s.getLastRowNum(), 1);
            }
            Row from = s.getRow(row - 1);
            Row to = s.createRow(row);
            for (Cell cell : from) {
                Cell copy = to.createCell(cell.getColumnIndex());
                switch (cell.getCellType()) {
                    case NUMERIC -> copy.setCellValue(cell.getNumericCellValue());
                    case STRING -> copy.setCellValue(cell.getStringCellValue());
                    case BOOLEAN -> copy.setCellValue(cell.getBooleanCellValue());
                    default -> { }
                }
            }
            write(wb, xlsx);
        }
    }

    /**
     * Removes every sheet of the workbook but {@code keep}, which is renamed {@code renamed}.
     *
     * @return the sheet kept
     */
    public static Sheet keepOnly(Workbook wb, String keep, String renamed) {
        for (int i = wb.getNumberOfSheets() - 1; i >= 0; i--) {
            if (!wb.getSheetName(i).equals(keep)) {
                wb.removeSheetAt(i);
            }
        }
        wb.setSheetName(0, renamed);
        return wb.getSheetAt(0);
    }

    private static Cell template(Sheet sheet, String parameter) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING
                        && cell.getStringCellValue().contains("Parameter(\"" + parameter + "\"")) {
                    return cell;
                }
            }
        }
        throw new AssertionError("no template for parameter " + parameter + " in sheet " + sheet.getSheetName());
    }

    private static Workbook read(Path xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx)) {
            return WorkbookFactory.create(in);
        }
    }

    private static void write(Workbook wb, Path xlsx) throws IOException {
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            wb.write(out);
        }
    }
}
