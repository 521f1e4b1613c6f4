package org.chuanmuc.scenario;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.chuanmuc.assess.Flag;
import org.chuanmuc.assess.Reason;
import org.chuanmuc.io.FieldError;
import org.chuanmuc.model.RatingLevel;

/**
 * Every message the scenario loader and runner show, in one place so tests can assert them verbatim.
 * Vietnamese first, English gloss in parentheses.
 */
final class ScenarioMessages {

    private ScenarioMessages() {
    }

    static String expectRequired() {
        return "bắt buộc: mảng có ít nhất một kỳ vọng (required: an array with at least one expectation)";
    }

    static String noSuchOfficer(String id) {
        return "không có cán bộ \"" + id + "\" trong officers (no such officer)";
    }

    static String duplicateExpectation(String id, int first) {
        return "cán bộ \"" + id + "\" đã có kỳ vọng ở expect[" + first + "] (officer already expected)";
    }

    static String rating(String officerId, RatingLevel expected, RatingLevel actual) {
        return officerId + ": xếp loại mong đợi " + expected + ", thực tế " + actual
                + " (expected rating " + expected + ", got " + actual + ")";
    }

    static String partyRating(String officerId, RatingLevel expected, String actual) {
        return officerId + ": xếp loại đảng viên mong đợi " + expected + ", thực tế " + actual
                + " (expected party rating " + expected + ", got " + actual + ")";
    }

    static String noPartyRating() {
        return "không có (none: not a party member)";
    }

    static String missingReasons(String officerId, Collection<String> codes) {
        return officerId + ": thiếu lý do " + join(codes) + " (missing reasons)";
    }

    static String forbiddenReasons(String officerId, Collection<String> codes) {
        return officerId + ": có lý do không được có " + join(codes) + " (reasons that must not appear)";
    }

    static String unexpectedReasons(String officerId, Collection<String> codes) {
        return officerId + ": có lý do ngoài danh sách " + join(codes) + " (unexpected reasons, exactReasons)";
    }

    static String ruleNotFired(String officerId, String prefix) {
        return officerId + ": không quy tắc nào bắt đầu bằng \"" + prefix + "\" đã chạy (no fired rule starts with it)";
    }

    static String missingFlags(String officerId, Collection<String> codes) {
        return officerId + ": thiếu cờ xem xét " + join(codes) + " (missing review flags)";
    }

    static String unexpectedFlags(String officerId, String vi, String en, Collection<String> codes) {
        return officerId + ": có " + vi + " không mong đợi " + join(codes) + " (unexpected " + en + ")";
    }

    static String missingWarnings(String officerId, Collection<String> codes) {
        return officerId + ": thiếu cảnh báo " + join(codes) + " (missing warnings)";
    }

    static String actualReasons(String officerId, List<Reason> reasons) {
        String list = reasons.isEmpty() ? "(không có) (none)" : reasons.stream()
                .map(r -> r.criterion() + " ← \"" + r.rule() + "\"").collect(Collectors.joining("; "));
        return officerId + ":   lý do thực tế (actual reasons): " + list;
    }

    static String actualFlags(String officerId, String what, List<Flag> flags) {
        String list = flags.isEmpty() ? "(không có) (none)"
                : flags.stream().map(Flag::code).collect(Collectors.joining(", "));
        return officerId + ":   " + what + " thực tế (actual): " + list;
    }

    static String rejected(String officerId, FieldError error) {
        return officerId + ": hồ sơ bị từ chối khi đọc (rejected by the reader): " + error;
    }

    static String rejectedUnexpected(int index, String officerId, FieldError error) {
        return "officers[" + index + "] \"" + officerId + "\": hồ sơ bị từ chối khi đọc (rejected by the reader): "
                + error;
    }

    static String assessmentFailed(String message) {
        return "đánh giá không chạy xong (assessment failed): " + message;
    }

    static String passed(String name, Object file) {
        return "ĐẠT (pass): " + name + " — " + file;
    }

    static String failed(String name, Object file) {
        return "KHÔNG ĐẠT (fail): " + name + " — " + file;
    }

    static String summary(int total, int passed, int failed) {
        return total + " kịch bản: " + passed + " đạt, " + failed + " không đạt (" + total + " scenarios: "
                + passed + " passed, " + failed + " failed)";
    }

    private static String join(Collection<String> codes) {
        return String.join(", ", codes);
    }
}
