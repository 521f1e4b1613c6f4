package org.chuanmuc.cli.report;

import java.util.Locale;
import java.util.Optional;
import org.chuanmuc.assess.Flag;
import org.chuanmuc.assess.Reason;
import org.chuanmuc.io.FieldError;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Regime;
import org.chuanmuc.model.Role;

/**
 * Every Vietnamese word the reports show, in one place, so that wording is changed and tested once.
 * Values from the input are never part of these constants; the writers escape them separately.
 */
final class ReportText {
    /** Criterion code carried by the reasons of the unit quota on the top level. */
    static final String QUOTA_CRITERION = "HAN-MUC-XS";

    /**
     * Review flag of an officer who is not rated this year (fewer than 6 months worked): the rating shown is the
     * proposal, for information, and the quota on the top level does not count the officer.
     */
    static final String NOT_RATED_BAR = "Không xếp loại";

    /**
     * @param rating   the rating, proposed for information when the officer is not rated
     * @param notRated whether the officer is not rated this year
     * @return e.g. "Hoàn thành nhiệm vụ", or "Không xếp loại (đề xuất: Hoàn thành nhiệm vụ)"
     */
    static String rating(RatingLevel rating, boolean notRated) {
        return notRated ? NOT_RATED_BAR + " (đề xuất: " + rating.label() + ")" : rating.label();
    }
    static final String NOT_RATED_ROW = "Không xếp loại năm nay (như công tác dưới 6 tháng; mức đề xuất chỉ để tham khảo)";

    static final String SEPARATOR = " — ";
    static final String NONE = "—";

    static final String COL_OFFICER_ID = "Mã cán bộ";
    static final String COL_NAME = "Họ tên";
    static final String COL_UNIT = "Đơn vị";
    static final String COL_GROUP = "Nhóm";
    static final String COL_ROLE = "Chức vụ";
    static final String COL_RATING_CODE = "Mã xếp loại";
    static final String COL_RATING = "Xếp loại";
    static final String COL_PARTY_RATING = "Xếp loại Đảng";
    static final String COL_REASONS = "Lý do";
    static final String COL_REVIEW = "Cần hội đồng xem xét";
    static final String COL_REVIEW_SHORT = "Cần xem xét";
    static final String COL_WARNINGS = "Cảnh báo";
    static final String COL_ERRORS = "Lỗi dữ liệu";
    static final String COL_POSITION = "Vị trí trong tệp";
    static final String COL_LEVEL = "Mức xếp loại";
    static final String COL_COUNT = "Số cán bộ";

    static final String UNITS_NAV = "Các đơn vị";
    static final String SUMMARY = "Tổng hợp";
    static final String CHART_CAPTION = "Số cán bộ theo mức xếp loại";
    static final String QUOTA_HEADING = "Hạn mức tỷ lệ “Hoàn thành xuất sắc nhiệm vụ”";
    static final String QUOTA_LIFTED =
            "Đơn vị được công nhận có thành tích xuất sắc: không áp dụng hạn mức tỷ lệ Hoàn thành xuất sắc.";
    static final String QUOTA_NONE = "Không có cán bộ nào bị hạ mức do hạn mức.";
    static final String QUOTA_BASIS = "Hạn mức tính trong từng nhóm nhiệm vụ tương đồng của đơn vị, trên số người"
            + " Hoàn thành tốt sau khi áp hạn mức (gồm cả người bị hạ từ Hoàn thành xuất sắc).";
    static final String COL_CANDIDATES = "Đạt chuẩn xuất sắc";
    static final String COL_GOOD_FINAL = "Hoàn thành tốt (sau hạn mức)";
    static final String COL_CAP = "Hạn mức xuất sắc";
    static final String COL_KEPT = "Giữ xuất sắc";
    static final String COL_LOWERED = "Bị hạ do hạn mức";
    static final String COL_SHARE = "Xuất sắc / Hoàn thành tốt";
    static final String CAP_LIFTED = "không áp dụng";
    static final String CAP_NOT_REACHED = "chưa vượt";
    static final String WHOLE_UNIT = "Cả đơn vị";
    static final String NO_GROUP = "Không ghi nhóm";
    static final String PARTY_TRACK = "xếp loại đảng viên";
    static final String BOTH_TRACKS = "xếp loại chính quyền và đảng viên";
    static final String OFFICERS_HEADING = "Danh sách cán bộ";
    static final String REJECTED_HEADING = "Hồ sơ bị từ chối (không được đánh giá)";
    static final String REJECTED_NONE = "Không có hồ sơ nào bị từ chối.";
    static final String NOT_PARTY_MEMBER = "Không phải đảng viên";
    static final String DISCLAIMER =
            "Đây là đề xuất xếp loại kèm lý do; hội đồng đánh giá xem xét và quyết định.";

    private ReportText() {
    }

    /** @return the report's title, e.g. {@code "Báo cáo xếp loại chất lượng năm 2025"} */
    static String title(int year) {
        return "Báo cáo xếp loại chất lượng năm " + year;
    }

    static String summary(int assessed, int rejected, int units) {
        return "Đã đánh giá " + number(assessed) + " cán bộ thuộc " + number(units) + " đơn vị; "
                + number(rejected) + " hồ sơ bị từ chối.";
    }

    static String unitHeading(String id, String name) {
        return name.isBlank() ? id : id + SEPARATOR + name;
    }

    static String unitRating(Optional<RatingLevel> rating) {
        return "Xếp loại của đơn vị: " + rating.map(RatingLevel::label).orElse("chưa có trong hồ sơ");
    }

    static String unitCount(int officers) {
        return "Số cán bộ được đánh giá: " + number(officers) + ".";
    }

    static String unitWithoutOfficers(long rejected) {
        return rejected == 0 ? "Tệp không có hồ sơ nào của đơn vị này."
                : "Mọi hồ sơ của đơn vị này đều bị từ chối (" + number(rejected) + "), xem mục hồ sơ bị từ chối.";
    }

    static String chartTitle(String unitId, String counts) {
        return "Đơn vị " + unitId + ": " + CHART_CAPTION.toLowerCase(Locale.ROOT) + SEPARATOR + counts;
    }

    static String quotaLowered(int lowered) {
        return "Số cán bộ bị hạ mức do hạn mức: " + number(lowered) + ".";
    }

    static String quotaLoweredTo(RatingLevel rating) {
        return "xếp loại sau hạn mức: " + rating.label();
    }

    static String rejectedCount(int rejected) {
        return "Số hồ sơ bị từ chối: " + number(rejected) + ".";
    }

    /** @return the record's place in the input, written like the error paths: {@code officers[6]} */
    static String position(int index) {
        return "officers[" + index + "]";
    }

    static String ruleSet(String name, String version, String sha256) {
        return "Bộ quy tắc: " + name + ", phiên bản " + version + ", SHA-256 " + sha256 + ".";
    }

    static String period(int year, Regime regime) {
        return "Kỳ đánh giá: năm " + year + " (" + regime(regime) + ").";
    }

    static String regime(Regime regime) {
        return switch (regime) {
            case ND_90_2020 -> "Nghị định 90/2020/NĐ-CP, sửa đổi bởi Nghị định 48/2023/NĐ-CP";
            case ND_335_2025 -> "Nghị định 335/2025/NĐ-CP";
        };
    }

    static String role(Role role) {
        return switch (role) {
            case HEAD -> "Người đứng đầu";
            case DEPUTY_HEAD -> "Cấp phó";
            case STAFF -> "Cán bộ, chiến sĩ";
        };
    }

    /** @return the name of a group of similar duties for people */
    static String groupLabel(Optional<String> group, boolean unitHasGroups) {
        return group.orElse(unitHasGroups ? NO_GROUP : WHOLE_UNIT);
    }

    /** @return the quota's cap cell: the cap when it bit, or why there is none to show */
    static String quotaCap(QuotaGroup g) {
        if (g.lifted()) {
            return CAP_LIFTED;
        }
        return g.cap().map(ReportText::number).orElse(g.candidates() == 0 ? NONE : CAP_NOT_REACHED);
    }

    /** @return the share of xuất sắc in the final number rated tốt, e.g. {@code "18,2% (2/11)"} */
    static String quotaShare(QuotaGroup g) {
        return g.good() == 0 ? NONE
                : percent(g.kept(), g.good()) + " (" + number(g.kept()) + "/" + number(g.good()) + ")";
    }

    /** @return one line with every number of a group's quota, for the text summary and explanations */
    static String quotaLine(QuotaGroup g) {
        StringBuilder line = new StringBuilder(g.unit().id()).append(SEPARATOR).append(g.label()).append(": ")
                .append(number(g.candidates())).append(" người đạt chuẩn xuất sắc, giữ ").append(number(g.kept()));
        if (g.lifted()) {
            line.append(" (đơn vị có thành tích xuất sắc: không áp dụng hạn mức)");
        } else if (g.lowered() > 0) {
            line.append(", hạ ").append(number(g.lowered())).append(" xuống Hoàn thành tốt (hạn mức ")
                    .append(number(g.cap().orElseThrow())).append(" người)");
        } else {
            line.append(", không ai bị hạ (chưa vượt hạn mức)");
        }
        line.append("; ").append(number(g.good())).append(" người Hoàn thành tốt sau hạn mức");
        if (g.good() > 0) {
            line.append("; số xuất sắc bằng ").append(percent(g.kept(), g.good())).append(" số Hoàn thành tốt");
        }
        return line.toString();
    }

    /** @return {@code part} as a percentage of {@code whole} with at most one decimal, e.g. {@code "18,2%"} */
    static String percent(int part, int whole) {
        java.math.BigDecimal share = java.math.BigDecimal.valueOf(part * 100L)
                .divide(java.math.BigDecimal.valueOf(whole), 1, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return share.toPlainString().replace('.', ',') + "%";
    }

    /** @return {@code "criterion — label — citation — message"}, leaving out the parts that are blank */
    static String reason(Reason reason) {
        StringBuilder text = new StringBuilder(reason.criterion());
        for (String part : new String[] {reason.label(), reason.citation(), reason.message()}) {
            if (!part.isBlank()) {
                text.append(SEPARATOR).append(part);
            }
        }
        return text.toString();
    }

    /**
     * @return {@link #reason(Reason)}, then which ratings it concerns when not the state rating alone, e.g.
     *         {@code "… — message (xếp loại chính quyền và đảng viên)"}
     */
    static String reason(ShownReason shown) {
        String text = reason(shown.reason());
        return shown.trackNote().isEmpty() ? text : text + " (" + shown.trackNote() + ")";
    }

    /**
     * @return the cap a reason puts on the rating and which ratings it concerns, e.g.
     *         {@code "tối đa: Hoàn thành nhiệm vụ"} or {@code "tối đa: Không hoàn thành nhiệm vụ, xếp loại đảng viên"}
     */
    static Optional<String> cap(ShownReason shown) {
        return shown.reason().cap().map(level -> "tối đa: " + level.label()
                + (shown.trackNote().isEmpty() ? "" : ", " + shown.trackNote()));
    }

    /** @return {@code "code — message"} */
    static String flag(Flag flag) {
        return flag.message().isBlank() ? flag.code() : flag.code() + SEPARATOR + flag.message();
    }

    /** @return {@code "path: message"} */
    static String error(FieldError error) {
        return error.path() + ": " + error.message();
    }

    /** @return the number with Vietnamese digit grouping, e.g. {@code 12.345} */
    static String number(long n) {
        return String.format(Locale.forLanguageTag("vi-VN"), "%,d", n);
    }
}
