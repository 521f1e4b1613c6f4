package org.chuanmuc.criteria;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook opened and saved unchanged by another xlsx writer: values, sheets and merged ranges are kept,
 * but, as many writers do, empty cells are left out and the file's own encoding of strings and numbers
 * is the writer's.
 */
final class Resaved {
    private Resaved() {
    }

    /** Saved by Apache POI's streaming writer (SXSSF): text as inline strings, no shared-strings table. */
    static byte[] byStreamingWriter(byte[] xlsx) {
        SXSSFWorkbook target = new SXSSFWorkbook(null, 100, false, false);
        try {
            return copy(xlsx, target);
        } finally {
            target.dispose();
        }
    }

    /** Saved by Apache POI's XSSF writer, then every whole number stored as an integer ({@code 1}, not {@code 1.0}). */
    static byte[] withIntegers(byte[] xlsx) {
        byte[] saved = copy(xlsx, new XSSFWorkbook());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(saved));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().startsWith("xl/worksheets/")) {
                    content = new String(content, StandardCharsets.UTF_8).replaceAll("<v>(-?\\d+)\\.0</v>", "<v>$1</v>")
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** @return the text of every worksheet part of the zip, one after the other */
    static String worksheets(byte[] xlsx) {
        StringBuilder all = new StringBuilder();
        parts(xlsx).forEach((name, text) -> {
            if (name.startsWith("xl/worksheets/")) {
                all.append(text);
            }
        });
        return all.toString();
    }

    /** @return the cells inside merged ranges that the file does not hold, as {@code sheet!A1} */
    static java.util.List<String> missingMergedCells(byte[] xlsx) {
        java.util.List<String> missing = new java.util.ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : wb) {
                for (CellRangeAddress merged : sheet.getMergedRegions()) {
                    for (org.apache.poi.ss.util.CellAddress a : merged) {
                        Row row = sheet.getRow(a.getRow());
                        if (row == null || row.getCell(a.getColumn()) == null) {
                            missing.add(sheet.getSheetName() + "!" + a.formatAsString());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return missing;
    }

    /** @return the text of one part of the zip, e.g. {@code xl/sharedStrings.xml}; empty when absent */
    static String part(byte[] xlsx, String name) {
        return parts(xlsx).getOrDefault(name, "");
    }

    /** Reads the zip's central directory (a streaming writer leaves entry sizes out of the local headers). */
    private static java.util.Map<String, String> parts(byte[] xlsx) {
        java.util.Map<String, String> parts = new java.util.TreeMap<>();
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("resaved", ".xlsx");
            try {
                java.nio.file.Files.write(file, xlsx);
                try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                    for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                        parts.put(entry.getName(), new String(zip.getInputStream(entry).readAllBytes(),
                                StandardCharsets.UTF_8));
                    }
                }
            } finally {
                java.nio.file.Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }

    private static byte[] copy(byte[] xlsx, Workbook target) {
        try (Workbook source = WorkbookFactory.create(new ByteArrayInputStream(xlsx)); target) {
            for (Sheet sheet : source) {
                Sheet copy = target.createSheet(sheet.getSheetName());
                for (Row row : sheet) {
                    Row copyRow = copy.createRow(row.getRowNum());
                    for (Cell cell : row) {
                        switch (cell.getCellType()) {
                            case STRING -> copyRow.createCell(cell.getColumnIndex()).setCellValue(cell.getStringCellValue());
                            case NUMERIC -> copyRow.createCell(cell.getColumnIndex()).setCellValue(cell.getNumericCellValue());
                            case BOOLEAN -> copyRow.createCell(cell.getColumnIndex()).setCellValue(cell.getBooleanCellValue());
                            case BLANK -> { } // left out, as many writers do
                            default -> throw new IllegalStateException("unexpected cell " + cell.getAddress());
                        }
                    }
                }
                for (CellRangeAddress merged : sheet.getMergedRegions()) {
                    copy.addMergedRegion(merged);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            target.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
