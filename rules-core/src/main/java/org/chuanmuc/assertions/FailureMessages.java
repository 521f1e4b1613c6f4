package org.chuanmuc.assertions;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.AssessmentReport;
import org.chuanmuc.assess.Flag;
import org.chuanmuc.assess.Reason;
import org.chuanmuc.model.RatingLevel;

/**
 * Every failure message of the assertions, in Vietnamese with the English in brackets, built here so that
 * wording is changed and tested in one place. Each message about one assessment ends with the whole
 * assessment, so a failing test explains itself.
 */
final class FailureMessages {
    private static final String INDENT = "  ";
    private static final int MAX_IDS_LISTED = 20;

    private FailureMessages() {
    }

    static String rating(Assessment actual, RatingLevel expected) {
        return "Mong đợi xếp loại " + level(expected) + " nhưng là " + level(actual.rating())
                + " (expected rating " + expected + " but was " + actual.rating() + ")\n" + describe(actual);
    }

    static String partyRating(Assessment actual, RatingLevel expected) {
        String was = actual.partyRating().map(FailureMessages::level).orElse("không có (none: not a party member)");
        return "Mong đợi xếp loại Đảng " + level(expected) + " nhưng là " + was + " (expected party rating "
                + expected + " but was " + actual.partyRating().map(Enum::name).orElse("none") + ")\n"
                + describe(actual);
    }

    static String reasonFor(Assessment actual, String criterion) {
        return "Mong đợi một lý do về tiêu chí " + criterion + " nhưng không có (expected a reason for criterion "
                + criterion + " but found none)\n" + describe(actual);
    }

    static String noReasonFor(Assessment actual, String criterion) {
        return "Mong đợi không có lý do nào về tiêu chí " + criterion + " nhưng có "
                + actual.reasonsFor(criterion).size() + " (expected no reason for criterion " + criterion
                + " but found " + actual.reasonsFor(criterion).size() + ")\n" + describe(actual);
    }

    static String fired(Assessment actual, String rulePrefix, List<String> rules) {
        return "Mong đợi một quy tắc bắt đầu bằng \"" + rulePrefix + "\" đã kích hoạt nhưng không có (expected a rule "
                + "starting with \"" + rulePrefix + "\" to have fired, but none did)\n"
                + "Các quy tắc đã kích hoạt (rules that fired): "
                + (rules.isEmpty() ? "không có (none)" : rules.stream().map(r -> "\"" + r + "\"")
                .collect(Collectors.joining(", "))) + "\n" + describe(actual);
    }

    /** The two kinds of flag on an assessment, named in both languages. */
    enum FlagKind {
        REVIEW("cờ cần xem xét", "review flag"),
        WARNING("cảnh báo dữ liệu", "warning");

        private final String vietnamese;
        private final String english;

        FlagKind(String vietnamese, String english) {
            this.vietnamese = vietnamese;
            this.english = english;
        }

        List<Flag> of(Assessment assessment) {
            return this == REVIEW ? assessment.reviewFlags() : assessment.warnings();
        }
    }

    static String flag(Assessment actual, FlagKind kind, String code) {
        return "Mong đợi " + kind.vietnamese + " " + code + " nhưng không có (expected " + kind.english + " " + code
                + " but found none)\n" + describe(actual);
    }

    static String noFlags(Assessment actual, FlagKind kind) {
        int found = kind.of(actual).size();
        return "Mong đợi không có " + kind.vietnamese + " nhưng có " + found + " (expected no " + kind.english
                + "s but found " + found + ")\n" + describe(actual);
    }

    static String assessed(AssessmentReport actual, int expected) {
        return "Mong đợi " + expected + " cán bộ được đánh giá nhưng có " + actual.assessments().size()
                + " (expected " + expected + " assessments but found " + actual.assessments().size() + ")\n"
                + counts(actual);
    }

    static String count(AssessmentReport actual, RatingLevel level, int expected) {
        List<String> ids = actual.assessments().stream().filter(a -> a.rating() == level && !a.notRated())
                .map(Assessment::officerId).toList();
        return "Mong đợi " + expected + " cán bộ xếp loại " + level(level) + " nhưng có " + ids.size()
                + " (expected " + expected + " officers rated " + level + " but found " + ids.size() + ")\n"
                + counts(actual) + "Cán bộ ở mức này (officers at this level): " + ids(ids);
    }

    static String notRated(AssessmentReport actual, int expected) {
        List<String> ids = actual.assessments().stream().filter(Assessment::notRated).map(Assessment::officerId)
                .toList();
        return "Mong đợi " + expected + " cán bộ không xếp loại nhưng có " + ids.size() + " (expected " + expected
                + " officers not rated but found " + ids.size() + ")\n" + counts(actual)
                + "Cán bộ không xếp loại (officers not rated): " + ids(ids);
    }

    static String assessmentOf(AssessmentReport actual, String officerId) {
        return "Không có đánh giá nào của cán bộ " + officerId + " (no assessment for officer " + officerId + ")\n"
                + "Các cán bộ có trong kết quả (officers present): "
                + ids(actual.assessments().stream().map(Assessment::officerId).toList());
    }

    /** The whole assessment, one fact per line. */
    static String describe(Assessment a) {
        StringBuilder text = new StringBuilder();
        text.append("Cán bộ (officer) ").append(a.officerId()).append(", đơn vị (unit) ").append(a.unitId())
                .append(", năm (year) ").append(a.year()).append('\n');
        text.append(INDENT).append("xếp loại (rating): ").append(level(a.rating())).append('\n');
        a.partyRating().ifPresent(p -> text.append(INDENT).append("xếp loại Đảng (party rating): ").append(level(p))
                .append('\n'));
        text.append(INDENT).append("lý do (reasons):");
        if (a.reasons().isEmpty()) {
            text.append(" không có (none)\n");
        } else {
            text.append('\n');
            a.reasons().forEach(r -> text.append(INDENT).append(INDENT).append("- ").append(reason(r)).append('\n'));
        }
        flags(text, "cần xem xét (review flags):", a.reviewFlags());
        flags(text, "cảnh báo (warnings):", a.warnings());
        return text.toString();
    }

    /** @return {@code criterion — "rule" — message}, with the cap when the reason is one */
    static String reason(Reason r) {
        return r.criterion() + " — \"" + r.rule() + "\" — " + r.message()
                + r.cap().map(c -> " [" + r.kind() + " ≤ " + c + (r.track() == org.chuanmuc.model.Track.PARTY
                ? ", Đảng (party)" : "") + "]").orElse(" [" + r.kind() + "]");
    }

    private static void flags(StringBuilder text, String heading, List<Flag> flags) {
        if (flags.isEmpty()) {
            return;
        }
        text.append(INDENT).append(heading).append('\n');
        flags.forEach(f -> text.append(INDENT).append(INDENT).append("- ").append(f.code()).append(" — ")
                .append(f.message()).append(" (\"").append(f.rule()).append("\")\n"));
    }

    private static String counts(AssessmentReport report) {
        Map<RatingLevel, Integer> counts = report.countByRating();
        StringBuilder text = new StringBuilder("Số lượng theo xếp loại (counts by rating):\n");
        for (RatingLevel level : RatingLevel.values()) {
            text.append(INDENT).append(level).append(": ").append(counts.getOrDefault(level, 0)).append('\n');
        }
        text.append(INDENT).append("không xếp loại (not rated): ").append(report.countNotRated()).append('\n');
        return text.toString();
    }

    private static String level(RatingLevel level) {
        return level + " (" + level.label() + ")";
    }

    private static String ids(List<String> ids) {
        if (ids.isEmpty()) {
            return "không có (none)";
        }
        String listed = String.join(", ", ids.subList(0, Math.min(ids.size(), MAX_IDS_LISTED)));
        return ids.size() > MAX_IDS_LISTED ? listed + ", … (" + ids.size() + " in all)" : listed;
    }
}
