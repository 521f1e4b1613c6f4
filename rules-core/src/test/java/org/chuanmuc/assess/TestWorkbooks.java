package org.chuanmuc.assess;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Decision-table workbooks written cell by cell in a test. */
final class TestWorkbooks {
    private TestWorkbooks() {
    }

    /** @return the bytes of a workbook with one sheet of that name, filled by {@code fill} */
    static byte[] oneSheet(String name, Consumer<Sheet> fill) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            fill.accept(wb.createSheet(name));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** Writes a row from its first column: a number as a number cell, anything else as a text cell. */
    static void row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Number n) {
                row.createCell(i).setCellValue(n.doubleValue());
            } else {
                row.createCell(i).setCellValue((String) values[i]);
            }
        }
    }
}
