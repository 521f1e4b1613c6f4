package org.chuanmuc.io.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.chuanmuc.model.DisciplineForm;
import org.chuanmuc.model.DisciplineSystem;
import org.chuanmuc.model.Period;

/**
 * Every message the dossier reader shows to users, in one place so that tests can assert them verbatim.
 * Vietnamese first, then an English gloss in parentheses.
 */
public final class ReaderMessages {

    private ReaderMessages() {
    }

    // ---- field errors (one officer or unit record) ----

    /** @return the message for a missing required field */
    public static String required() {
        return "bắt buộc phải có (required)";
    }

    /** @return the message for a blank string */
    public static String blank() {
        return "không được để trống (must not be blank)";
    }

    /** @return the message for a blank {@code group}: absent means the whole unit, blank means nothing */
    public static String blankGroup() {
        return "không được để trống; bỏ trường này nếu cả đơn vị là một nhóm"
                + " (must not be blank; leave it out when the whole unit is one group)";
    }

    /** @return the message for a value that is not a string */
    public static String notString() {
        return "phải là chuỗi (must be a string)";
    }

    /** @return the message for a value that is not an integer */
    public static String notInteger() {
        return "phải là số nguyên (must be an integer)";
    }

    /** @return the message for a value that is not a number */
    public static String notNumber() {
        return "phải là số (must be a number)";
    }

    /** @return the message for a value that is not a boolean */
    public static String notBoolean() {
        return "phải là true hoặc false (must be a boolean)";
    }

    /** @return the message for a value that is not an object */
    public static String notObject() {
        return "phải là đối tượng {…} (must be an object)";
    }

    /** @return the message for a value that is not an array */
    public static String notArray() {
        return "phải là mảng […] (must be an array)";
    }

    /** @return the message for a number outside {@code min–max} */
    public static String outOfRange(String min, String max, String actual) {
        return "phải từ " + min + " đến " + max + ", nhận được " + actual + " (must be " + min + "–" + max + ")";
    }

    /** @return the message for a count below zero (or another lower bound) */
    public static String belowMinimum(String min, String actual) {
        return "phải ≥ " + min + ", nhận được " + actual + " (must be ≥ " + min + ")";
    }

    /** @return the message for a count above a sibling count, e.g. completed above assigned */
    public static String above(String sibling, int siblingValue) {
        return "phải ≤ " + sibling + " (" + siblingValue + ") (must be ≤ " + sibling + ")";
    }

    /** @return the message for a value outside an enumeration */
    public static String unknownValue(String actual, List<String> allowed) {
        String list = String.join(", ", allowed);
        return "giá trị không hợp lệ \"" + actual + "\", chỉ nhận: " + list + " (unknown value; allowed: " + list + ")";
    }

    /** @return the message for a string that is not an ISO date */
    public static String notDate(String actual) {
        return "phải là ngày dạng yyyy-MM-dd, nhận được \"" + actual + "\" (must be an ISO date yyyy-MM-dd)";
    }

    /** @return the message for a field the format does not define */
    public static String unknownField() {
        return "trường không có trong định dạng (unknown field)";
    }

    /** @return the message for a field of a record given more than once */
    public static String fieldGivenTwice() {
        return "trường xuất hiện hơn một lần trong cùng bản ghi, không biết giữ giá trị nào (field given twice)";
    }

    /** @return the message for a discipline form its system does not have (a state khai trừ) */
    public static String formNotInSystem(DisciplineForm form, DisciplineSystem system) {
        String forms = system.forms().stream().map(Enum::name).collect(Collectors.joining(", "));
        return "hình thức " + form + " (" + form.label() + ") không có trong "
                + system.label() + " " + system + "; các hình thức: " + forms
                + " (form not used by this discipline system)";
    }

    /**
     * @param code  the sign code as written
     * @param known the catalogue's sign codes
     * @return the message for a sign code missing from the catalogue, asking whether the catalogue's code was meant
     */
    public static String unknownSign(String code, Set<String> known) {
        return "mã biểu hiện \"" + code + "\" không có trong danh mục tiêu chí (unknown sign code)"
                + signCodeMeant(code, known);
    }

    /**
     * The catalogue's code a sign code was meant to be, when it differs only in case or in spaces around it
     * ({@code "nq4-dd-07 "} for {@code NQ4-DD-07}), as a sentence to end a message with. The reader and
     * {@code Assessor} both ask it, so that a code typed in a file and one built in code get the same suggestion.
     *
     * @param code  the sign code as written
     * @param known the catalogue's sign codes
     * @return {@code ; có phải "NQ4-DD-07"? (did you mean it?)}, or "" when no code of the catalogue is near
     */
    public static String signCodeMeant(String code, Set<String> known) {
        String meant = code.strip().toUpperCase(Locale.ROOT);
        return known.contains(meant) ? "; có phải \"" + meant + "\"? (did you mean it?)" : "";
    }

    /** @return the message for an officer id seen earlier in the file */
    public static String duplicateOfficer(String id, int firstIndex) {
        return "trùng mã cán bộ \"" + id + "\" với officers[" + firstIndex + "] (duplicate officer id)";
    }

    /** @return the message for a unit id seen earlier in the file */
    public static String duplicateUnit(String id, int firstIndex) {
        return "trùng mã đơn vị \"" + id + "\" với units[" + firstIndex + "] (duplicate unit id)";
    }

    /** @return the message for a unitId that names no unit */
    public static String noSuchUnit(String id) {
        return "không có đơn vị \"" + id + "\" trong units (no such unit)";
    }

    /** @return the message for a unitId that names a unit with errors */
    public static String brokenUnit(String id, List<Integer> unitIndexes) {
        String where = unitIndexes.stream().map(i -> "units[" + i + "]").collect(Collectors.joining(", "));
        return "đơn vị \"" + id + "\" có lỗi, xem " + where + " (the unit has errors)";
    }

    /** @return the message for a missing {@code scores.general} in a year of Nghị định 335/2025 */
    public static String generalScoreRequired(int year) {
        return "bắt buộc từ năm 2026 theo Nghị định 335/2025/NĐ-CP, kỳ đánh giá là " + year
                + " (required from 2026 on)";
    }

    /** @return the message for a number written with more characters than {@code max} */
    public static String numberTooLong(int length, int max) {
        return "số quá dài: " + length + " ký tự, tối đa " + max + " (number too long: at most " + max
                + " characters)";
    }

    /** @return the message for a string with more characters than {@code max} */
    public static String textTooLong(int length, int max) {
        return "chuỗi quá dài: " + length + " ký tự, tối đa " + max + " (string too long: at most " + max
                + " characters)";
    }

    /** @return the message for a field name with more characters than {@code max}, shown by its first characters */
    public static String fieldNameTooLong(String name, int max) {
        return "tên trường quá dài: " + name.length() + " ký tự, tối đa " + max + "; bắt đầu bằng \""
                + start(name, 40) + "…\" (field name too long: at most " + max + " characters)";
    }

    /** @return the first {@code chars} characters of {@code text}, one fewer rather than half a surrogate pair */
    private static String start(String text, int chars) {
        int end = Math.min(text.length(), chars);
        if (end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    /** @return the message for arrays and objects nested {@code depth} levels deep, counted from the file's root */
    public static String nestedTooDeep(int depth, int max) {
        return "lồng nhau quá sâu: " + depth + " tầng mảng, đối tượng tính từ gốc tệp, tối đa " + max
                + " (nested too deep: at most " + max + " levels)";
    }

    // ---- whole-file errors (DossierFormatException reasons) ----

    /** @return the reason for input that is not JSON */
    public static String notJson(String detail) {
        return "không phải JSON hợp lệ: " + withoutSource(detail) + " (not valid JSON)";
    }

    /** Jackson's name for an input it was told not to quote, in a location it prints: {@code Source: …; }. */
    private static final java.util.regex.Pattern SOURCE = java.util.regex.Pattern.compile("Source: [^;\\]\\n]*+; ");

    /**
     * @return Jackson's message without the source part of the locations it quotes ("[Source: REDACTED
     *         (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 54]" becomes "[line: 1,
     *         column: 54]"): an internal setting means nothing to the reader, and the file is named already
     */
    static String withoutSource(String detail) {
        return detail == null ? null : SOURCE.matcher(detail).replaceAll("");
    }

    /**
     * @return the reason for a value beyond the caps of the parser itself (a string of tens of millions of characters,
     *         nesting a hundred thousand levels deep): it cannot be stepped over, so the rest of the file is not read
     */
    public static String beyondParserLimits(String detail) {
        return "một giá trị vượt giới hạn của trình đọc, không đọc tiếp được: " + withoutSource(detail)
                + " (a value beyond the reader's limits)";
    }

    /** @return the reason for an empty input */
    public static String empty() {
        return "tệp rỗng (empty input)";
    }

    /** @return the reason for a root that is not an object */
    public static String rootNotObject() {
        return "tệp phải là một đối tượng JSON {\"period\": …, \"units\": […], \"officers\": […]}"
                + " (the file must be a JSON object)";
    }

    /** @return the reason for a missing top-level field */
    public static String missingTopLevel(String field) {
        return "thiếu \"" + field + "\" (missing " + field + ")";
    }

    /** @return the reason for a field of a unit given twice */
    public static String unitFieldGivenTwice(String field) {
        return "units: trường \"" + field + "\" xuất hiện hai lần trong một đơn vị, không biết giữ giá trị nào (a unit"
                + " field given twice)";
    }

    /** @return the reason for a top-level field given twice */
    public static String duplicateTopLevel(String field) {
        return "\"" + field + "\" xuất hiện hai lần (" + field + " given twice)";
    }

    /** @return the reason for a top-level field of the wrong type */
    public static String topLevelNotArray(String field) {
        return field + ": " + notArray();
    }

    /** @return the reason for a period that is not an object */
    public static String periodNotObject() {
        return "period: phải là đối tượng {\"year\": …} (must be an object)";
    }

    /** @return the reason for a missing or wrongly typed period.year */
    public static String periodYear() {
        return "period.year: bắt buộc, số nguyên từ " + Period.FIRST_YEAR + " đến " + Period.LAST_YEAR
                + " (required: an integer " + Period.FIRST_YEAR + "–" + Period.LAST_YEAR + ")";
    }

    /** @return the reason for a period.year outside the years {@link Period} accepts */
    public static String periodYearRange(String actual) {
        return "period.year: " + outOfRange(String.valueOf(Period.FIRST_YEAR), String.valueOf(Period.LAST_YEAR), actual)
                + "; các năm trước " + Period.FIRST_YEAR + " theo văn bản khác, bộ quy tắc không có (earlier years"
                + " were rated under texts these rules do not state)";
    }

    /** @return the reason for an unknown field in period */
    public static String periodUnknownField(String field) {
        return "period." + field + ": " + unknownField();
    }

    /** @return the reason for content after the root object */
    public static String trailingContent() {
        return "có nội dung thừa sau đối tượng JSON (content after the end of the JSON object)";
    }
}
