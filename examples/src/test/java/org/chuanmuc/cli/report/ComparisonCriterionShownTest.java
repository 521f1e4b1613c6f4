package org.chuanmuc.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chuanmuc.cli.report.ReportFixtures.TRAFFIC;
import static org.chuanmuc.cli.report.ReportFixtures.assessment;
import static org.chuanmuc.cli.report.ReportFixtures.dossier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.Reason;
import org.chuanmuc.assess.ReasonKind;
import org.chuanmuc.assess.RuleSetComparison;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.Track;
import org.junit.jupiter.api.Test;

/**
 * A council reading a comparison must see which criterion moved an officer and under which article. The JSON gave
 * each reason's {@code label} and {@code citation}; the text line gave only the code and the message
 * ({@code + NQ4-DD-07: Kết luận 12/KL-CAT}), and the CSV had no column of its own for either.
 */
class ComparisonCriterionShownTest {
    private static final Assessor RULES = ReportFixtures.assessor();

    /** One officer lowered from hoàn thành to không hoàn thành: a concluded sign appears, a complaint cap goes. */
    private static ComparisonInput sample() {
        RuleSetComparison comparison = RuleSetComparison.between(RULES, RULES);
        Dossier d = dossier(TRAFFIC, "CB-0007", "Đặng Văn Lâm", Role.STAFF);
        Reason complaints = new Reason("PA-NHIEU quy tắc", "PA-NHIEU", "Bị người dân phản ánh nhiều lần", "",
                "3 phản ánh đã xác minh", ReasonKind.CAP, Optional.of(RatingLevel.HOAN_THANH), Track.STATE, List.of());
        Reason embezzlement = new Reason("NQ4-DD-07 quy tắc", "NQ4-DD-07", "Tham ô, lạm dụng chức quyền",
                "Quy định 144-QĐ/TW, Điều 5 khoản 2", "Kết luận 12/KL-CAT", ReasonKind.CAP,
                Optional.of(RatingLevel.KHONG_HOAN_THANH), Track.STATE, List.of());
        comparison.add(d, assessment(d, RatingLevel.HOAN_THANH, Optional.empty(), List.of(complaints), List.of(),
                        List.of()),
                assessment(d, RatingLevel.KHONG_HOAN_THANH, Optional.empty(), List.of(embezzlement), List.of(),
                        List.of()));
        return new ComparisonInput(ReportFixtures.PERIOD, comparison.report(), List.of());
    }

    @Test
    void text_reasonLineShowsTheCriterionsLabelAndCitation() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ComparisonSummary.write(sample(), out);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();

        int officer = lines.indexOf("  CB-0007 Đặng Văn Lâm (PC08): Hoàn thành nhiệm vụ → Không hoàn thành nhiệm vụ");
        assertThat(officer).as(String.join("\n", lines)).isPositive();
        assertThat(lines.subList(officer + 1, lines.size())).containsExactly(
                "      + NQ4-DD-07 — Tham ô, lạm dụng chức quyền — Quy định 144-QĐ/TW, Điều 5 khoản 2 — Kết luận"
                        + " 12/KL-CAT (tối đa: Không hoàn thành nhiệm vụ)",
                "      − PA-NHIEU — Bị người dân phản ánh nhiều lần — 3 phản ánh đã xác minh (tối đa: Hoàn thành"
                        + " nhiệm vụ)");
    }

    @Test
    void csv_labelAndCitationColumnsComeLast() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ComparisonCsv.write(sample(), out);
        String[] lines = out.toString(StandardCharsets.UTF_8).substring(1).split("\r\n");

        assertThat(lines).containsExactly(
                "\"Mã cán bộ\",\"Họ tên\",\"Đơn vị\",\"Xếp loại (bộ gốc)\",\"Xếp loại (bộ sửa đổi)\","
                        + "\"Xếp loại Đảng (bộ gốc)\",\"Xếp loại Đảng (bộ sửa đổi)\",\"Lý do thêm\",\"Lý do bớt\","
                        + "\"Cần xem xét thêm\",\"Cần xem xét bớt\",\"Cảnh báo thêm\",\"Cảnh báo bớt\",\"Tiêu chí\","
                        + "\"Căn cứ pháp lý\"",
                "CB-0007,\"Đặng Văn Lâm\",PC08,\"Hoàn thành nhiệm vụ\",\"Không hoàn thành nhiệm vụ\",,,"
                        + "\"NQ4-DD-07 — Tham ô, lạm dụng chức quyền — Quy định 144-QĐ/TW, Điều 5 khoản 2 — Kết luận"
                        + " 12/KL-CAT\",\"PA-NHIEU — Bị người dân phản ánh nhiều lần — 3 phản ánh đã xác minh\",,,,,"
                        + "\"NQ4-DD-07 — Tham ô, lạm dụng chức quyền; PA-NHIEU — Bị người dân phản ánh nhiều lần\","
                        + "\"NQ4-DD-07 — Quy định 144-QĐ/TW, Điều 5 khoản 2\"");
        assertThat(ComparisonCsv.HEADER).hasSize(15).endsWith("Tiêu chí", "Căn cứ pháp lý");
    }
}
