package org.chuanmuc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chuanmuc.cli.ExplanationFixtures.RULES;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.cli.report.QuotaGroup;
import org.chuanmuc.cli.report.QuotaTally;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.RatingLevel;
import org.junit.jupiter.api.Test;

/** The exact text of {@code explain} and of the text summary, on assessments built by hand. */
class ExplanationTextTest {

    @Test
    void explain_verifiedSignOfAPartyMember_showsTheReasonOnceForBothRatings() {
        Dossier d = ExplanationFixtures.dossier("CB-0101", "Nguyễn Thị Lan", "Tuần tra, kiểm soát", true);

        String text = explained(d, ExplanationFixtures.signed(d), Optional.empty());

        assertThat(text).isEqualTo("""
                Cán bộ CB-0101 Nguyễn Thị Lan — Phòng Cảnh sát giao thông (PC08), nhóm Tuần tra, kiểm soát, năm 2026
                Đề xuất xếp loại: Không hoàn thành nhiệm vụ
                Xếp loại đảng viên: Không hoàn thành nhiệm vụ
                Bộ quy tắc: standard 2026.11, sha256 %s

                Lý do quyết định mức này:
                  1. [NQ4-DD-03] Kê khai tài sản không trung thực (xếp loại chính quyền và đảng viên)
                     Nội dung: Cấp có thẩm quyền kết luận có biểu hiện (căn cứ: Kết luận 7/KL)
                     Mức tối đa: Không hoàn thành nhiệm vụ
                     Quy tắc: NQ4-MD-2 biểu hiện nghiêm trọng đã xác minh: Không hoàn thành nhiệm vụ
                     Căn cứ: Nghị quyết 04-NQ/TW ngày 30/10/2016
                     Dữ kiện khớp: Officer(CB-0101), SignFinding(NQ4-DD-03, đã xác minh)

                Lý do khác hạn chế xếp loại:
                  1. [ND335-DIEM] Điểm đánh giá theo Nghị định 335/2025/NĐ-CP
                     Nội dung: Tổng 75,9 điểm; cần thêm 14,1 điểm (đạt 90) để lên Hoàn thành xuất sắc
                     Mức tối đa: Hoàn thành tốt nhiệm vụ
                     Quy tắc: ND335-DIEM-TOT tổng điểm từ 70 đến dưới 90: Hoàn thành tốt
                     Căn cứ: Nghị định 335/2025/NĐ-CP
                     Dữ kiện khớp: Officer(CB-0101)

                Cần hội đồng xem xét:
                  - [NQ4-MUC-NHE] Hội đồng cân nhắc mức xếp loại (quy tắc: NQ4-NHE)

                Để đạt mức cao hơn:
                  cần không còn lý do NQ4-DD-03 ở trên; khi đó, theo các quy tắc khác, mức đề xuất sẽ là: Hoàn thành tốt nhiệm vụ
                """.formatted(RULES.sha256()));
    }

    @Test
    void explain_movedDownByTheQuota_showsTheGroupsNumbers() {
        Dossier d = ExplanationFixtures.dossier("CB-0102", "Trần Văn Hòa", "Điều tra", false);
        Assessment a = ExplanationFixtures.plain(d, RatingLevel.HOAN_THANH_TOT, List.of(ExplanationFixtures.quota(
                "Nhóm Điều tra: 2 người Hoàn thành tốt, 5 người đạt chuẩn; hạn mức 1; cán bộ xếp thứ 3")));
        QuotaGroup group = new QuotaGroup(ExplanationFixtures.TRAFFIC, Optional.of("Điều tra"), true, 7, 6, 1, 4);

        String text = explained(d, a, Optional.of(group));

        assertThat(text).contains("""

                Hạn mức Hoàn thành xuất sắc của nhóm:
                  PC08 — Điều tra: 5 người đạt chuẩn xuất sắc, giữ 1, hạ 4 xuống Hoàn thành tốt (hạn mức 1 người); \
                6 người Hoàn thành tốt sau hạn mức; số xuất sắc bằng 16,7% số Hoàn thành tốt

                Để đạt mức cao hơn:
                """);
        assertThat(explained(d, ExplanationFixtures.plain(d, RatingLevel.HOAN_THANH_TOT, List.of(
                ExplanationFixtures.score())), Optional.of(group))).as("not a candidate: no quota to explain")
                .doesNotContain("Hạn mức Hoàn thành xuất sắc của nhóm");
    }

    @Test
    void textSummary_quotaPerGroupAndTheDecisiveReasonMarkedForBothRatings() throws Exception {
        TextSummary summary = new TextSummary(ExplanationFixtures.PERIOD, RULES, List.of(ExplanationFixtures.TRAFFIC));
        Dossier signed = ExplanationFixtures.dossier("CB-0101", "Nguyễn Thị Lan", "Tuần tra, kiểm soát", true);
        summary.add(signed, ExplanationFixtures.signed(signed));
        String[] ids = {"CB-0102", "CB-0103", "CB-0104"};
        RatingLevel[] ratings = {RatingLevel.HOAN_THANH_XUAT_SAC, RatingLevel.HOAN_THANH_TOT, RatingLevel.HOAN_THANH_TOT};
        for (int i = 0; i < ids.length; i++) {
            Dossier d = ExplanationFixtures.dossier(ids[i], "Cán bộ " + i, "Điều tra", false);
            summary.add(d, ExplanationFixtures.plain(d, ratings[i], i == 1
                    ? List.of(ExplanationFixtures.quota("Nhóm Điều tra: hạn mức 1")) : List.of()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        summary.print(out, List.of());

        assertThat(out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n")).isEqualTo("""
                Kết quả đề xuất xếp loại năm 2026 — bộ quy tắc standard 2026.11 (sha256 ab12cd34ef56…)

                Đơn vị                                     Số CB    XS   Tốt    HT   KHT Không XL  Xem xét
                ------------------------------------------------------------------------------------------
                PC08 Phòng Cảnh sát giao thông                 4     1     2     0     1        0        1
                ------------------------------------------------------------------------------------------
                Tổng cộng                                      4     1     2     0     1        0        1

                Hạn mức Hoàn thành xuất sắc theo đơn vị và nhóm nhiệm vụ (nhóm có người đạt chuẩn): 1
                  PC08 — Điều tra: 2 người đạt chuẩn xuất sắc, giữ 1, hạ 1 xuống Hoàn thành tốt (hạn mức 1 người); \
                2 người Hoàn thành tốt sau hạn mức; số xuất sắc bằng 50% số Hoàn thành tốt

                Cần hội đồng chú ý (Không hoàn thành, cần xem xét hoặc cảnh báo): 1
                  CB-0101 Nguyễn Thị Lan (PC08): Không hoàn thành nhiệm vụ — NQ4-DD-03: Cấp có thẩm quyền kết luận có \
                biểu hiện (căn cứ: Kết luận 7/KL) (xếp loại chính quyền và đảng viên)
                      cần xem xét NQ4-MUC-NHE: Hội đồng cân nhắc mức xếp loại

                Bị từ chối (dữ liệu sai hoặc quy tắc lỗi): 0
                """);
        assertThat(QuotaTally.of(List.of())).isEmpty();
    }

    private static String explained(Dossier d, Assessment a, Optional<QuotaGroup> quota) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ExplainCommand.print(out, d, a, quota);
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
}
