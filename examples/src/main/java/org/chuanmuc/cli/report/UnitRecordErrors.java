package org.chuanmuc.cli.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chuanmuc.io.FieldError;

/**
 * The errors of an input's unit records as the reports show them: one entry per broken unit record, so that a unit
 * record with errors is visible in every format even when no officer names that unit.
 */
public final class UnitRecordErrors {
    private static final Pattern UNIT_RECORD = Pattern.compile("units\\[\\d+]");

    private UnitRecordErrors() {
    }

    /**
     * @param errors errors of unit records, in input order
     * @return the errors grouped by the unit record their path starts with ({@code units[2]}, {@code units[2].id}),
     *         in input order; an error with another path is a group of its own
     */
    public static List<List<FieldError>> byRecord(List<FieldError> errors) {
        Map<String, List<FieldError>> records = new LinkedHashMap<>();
        for (FieldError e : errors) {
            Matcher m = UNIT_RECORD.matcher(e.path());
            String key = m.lookingAt() ? m.group() : e.path() + "\u0000" + records.size();
            records.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
        return List.copyOf(records.values());
    }

    /**
     * @param records the number of unit records with errors
     * @return the heading of their list, e.g. {@code "Bản ghi đơn vị có lỗi (đơn vị không được đọc): 2"}
     */
    public static String heading(int records) {
        return "Bản ghi đơn vị có lỗi (đơn vị không được đọc): " + ReportText.number(records);
    }

    /**
     * @param record the errors of one unit record
     * @return the errors as one line, {@code "units[2].id: …; units[2].rating: …"}
     */
    public static String line(List<FieldError> record) {
        return String.join("; ", record.stream().map(ReportText::error).toList());
    }
}
