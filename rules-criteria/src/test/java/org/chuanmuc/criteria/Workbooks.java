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
}
