package org.chuanmuc.cli.report;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.chuanmuc.assess.RuleSetComparison;
import org.chuanmuc.assess.RuleSetComparison.Standing;
import org.chuanmuc.assess.RuleSetInfo;
import org.chuanmuc.model.RatingLevel;

/** Every Vietnamese word the comparison reports show, in one place. */
final class ComparisonWords {
    static final String BASE = "Bộ quy tắc gốc";
    static final String CHANGED = "Bộ quy tắc sửa đổi";
    static final String STATE_MATRIX = "Xếp loại chất lượng (hàng: theo bộ gốc; cột: theo bộ sửa đổi)";
    static final String PARTY_MATRIX = "Xếp loại đảng viên (hàng: theo bộ gốc; cột: theo bộ sửa đổi)";
    static final String UNITS = "Theo đơn vị";
    static final String OFFICERS = "Cán bộ có kết quả khác";
    static final String NO_CHANGES = "Không cán bộ nào có kết quả khác.";
    static final String RENAMED = "Quy tắc chỉ đổi tên, cùng lý do và cờ (không tính là kết quả khác; renamed rules,"
            + " the same reasons and flags, not counted as changes)";
    static final String TOTAL = "Tổng";
    static final String MOVED = "Đổi mức";
    static final String ADDED = "Thêm";
    static final String REMOVED = "Bớt";
    static final String REJECTED = "Hồ sơ không so sánh được (dữ liệu sai hoặc quy tắc lỗi)";
    static final String NOT_PARTY_MEMBER = "—";
    static final String NOT_RATED = ReportText.NOT_RATED_BAR;

    static final String COL_BASE_RATING = "Xếp loại (bộ gốc)";
    static final String COL_CHANGED_RATING = "Xếp loại (bộ sửa đổi)";
    static final String COL_BASE_PARTY = "Xếp loại Đảng (bộ gốc)";
    static final String COL_CHANGED_PARTY = "Xếp loại Đảng (bộ sửa đổi)";
    static final String COL_REASONS_ADDED = "Lý do thêm";
    static final String COL_REASONS_REMOVED = "Lý do bớt";
    static final String COL_REVIEW_ADDED = "Cần xem xét thêm";
    static final String COL_REVIEW_REMOVED = "Cần xem xét bớt";
    static final String COL_WARNINGS_ADDED = "Cảnh báo thêm";
    static final String COL_WARNINGS_REMOVED = "Cảnh báo bớt";
    static final String COL_FLAGS = "Cần xem xét, cảnh báo";
    /** The criteria of the reasons added or removed, each with its label. */
    static final String COL_CRITERIA = "Tiêu chí";
    /** The legal citations of those criteria. */
    static final String COL_CITATIONS = "Căn cứ pháp lý";

    private ComparisonWords() {
    }

    static String title(int year) {
        return "So sánh kết quả xếp loại năm " + year + " theo hai bộ quy tắc";
    }

    static String ruleSet(RuleSetInfo info) {
        return info.name() + ", phiên bản " + info.version() + ", SHA-256 " + info.sha256();
    }

    /** @return what follows the id of a record only one rule set refused, e.g. " (chỉ bộ gốc từ chối; …)"; "" else */
    static String refusedBy(ComparisonInput.Side side) {
        return switch (side) {
            case BASE -> " (chỉ bộ gốc từ chối; refused by the base rules only)";
            case CHANGED -> " (chỉ bộ sửa đổi từ chối; refused by the changed rules only)";
            case BOTH -> "";
        };
    }

    static String summary(int officers, int changed, int ratingChanges, int rejected) {
        return "Đã so sánh " + ReportText.number(officers) + " cán bộ: " + ReportText.number(changed)
                + " cán bộ có kết quả khác, trong đó " + ReportText.number(ratingChanges)
                + " cán bộ đổi mức xếp loại; " + ReportText.number(rejected) + " hồ sơ không so sánh được.";
    }

    /** One renamed rule: both names and how many reasons, flags and warnings they gave alike. */
    static String renamed(RuleSetComparison.RenamedRule r) {
        return "\"" + r.baseRule() + "\" → \"" + r.changedRule() + "\": " + ReportText.number(r.items())
                + " lý do, cờ như nhau";
    }

    static String unit(String id, String name, int officers, int moved) {
        return ReportText.unitHeading(id, name) + ": " + ReportText.number(officers) + " cán bộ, "
                + ReportText.number(moved) + " đổi mức";
    }

    /** @return the short column label of a standing: XS, Tốt, HT, KHT, Không XL */
    static String shortLabel(Standing standing) {
        return switch (standing) {
            case HOAN_THANH_XUAT_SAC -> "XS";
            case HOAN_THANH_TOT -> "Tốt";
            case HOAN_THANH -> "HT";
            case KHONG_HOAN_THANH -> "KHT";
            case KHONG_XEP_LOAI -> "Không XL";
        };
    }

    /** @return the full label of a standing */
    static String label(Standing standing) {
        return standing.level().map(RatingLevel::label).orElse(NOT_RATED);
    }

    /**
     * @param rating   the rating, proposed for information when the officer is not rated
     * @param notRated whether the officer is not rated this year
     * @return e.g. "Hoàn thành nhiệm vụ", or "Không xếp loại (đề xuất: Hoàn thành nhiệm vụ)"
     */
    static String rating(RatingLevel rating, boolean notRated) {
        return ReportText.rating(rating, notRated);
    }

    /**
     * @param m a level matrix
     * @return the rows and columns to show: the four levels, and not rated when someone is on either side
     */
    static List<Standing> shown(RuleSetComparison.LevelMatrix m) {
        return Arrays.stream(Standing.values()).filter(s -> s.level().isPresent() || m.hasNotRated()).toList();
    }

    /**
     * @param level    the party rating, empty for someone not a party member
     * @param notRated whether the officer is not rated this year (the party rating is then a proposal)
     */
    static String party(Optional<RatingLevel> level, boolean notRated) {
        return level.map(l -> rating(l, notRated)).orElse(NOT_PARTY_MEMBER);
    }
}
