package org.chuanmuc.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chuanmuc.cli.report.ReportFixtures.TRAFFIC;
import static org.chuanmuc.cli.report.ReportFixtures.WARD;
import static org.chuanmuc.cli.report.ReportFixtures.assessment;
import static org.chuanmuc.cli.report.ReportFixtures.cap;
import static org.chuanmuc.cli.report.ReportFixtures.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.Flag;
import org.chuanmuc.assess.RuleSetComparison;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The four formats of a comparison, on a small comparison whose every count is known. */
class ComparisonReportsTest {
    private static final Assessor RULES = ReportFixtures.assessor();

    /**
     * Five officers in two units: one unchanged, one lowered by the quota (state and party), one whose
     * reason text and flags changed but not the level, one unchanged in the second unit, one with a name
     * full of markup lowered to “hoàn thành”; and one rejected record.
     */
    private static ComparisonInput sample() {
        RuleSetComparison comparison = RuleSetComparison.between(RULES, RULES);
        Dossier same = dossier(TRAFFIC, "CB-0001", "Nguyễn Văn Hùng", Role.HEAD);
        comparison.add(same, plain(same, RatingLevel.HOAN_THANH_XUAT_SAC), plain(same, RatingLevel.HOAN_THANH_XUAT_SAC));
        Dossier quota = dossier(TRAFFIC, "CB-0003", "Trần Thị Ngọc Ánh", Role.DEPUTY_HEAD);
        comparison.add(quota,
                assessment(quota, RatingLevel.HOAN_THANH_XUAT_SAC, Optional.of(RatingLevel.HOAN_THANH_XUAT_SAC),
                        List.of(), List.of(), List.of()),
                assessment(quota, RatingLevel.HOAN_THANH_TOT, Optional.of(RatingLevel.HOAN_THANH_TOT),
                        List.of(cap("HAN-MUC-XS", RatingLevel.HOAN_THANH_TOT, "Vượt hạn mức 15% của đơn vị")),
                        List.of(), List.of()));
        Dossier wording = dossier(TRAFFIC, "CB-0004", "=Lê Đức Thắng", Role.STAFF);
        comparison.add(wording,
                assessment(wording, RatingLevel.HOAN_THANH, Optional.empty(),
                        List.of(cap("PA-NHIEU", RatingLevel.HOAN_THANH, "5 phản ánh (tối đa 5)")), List.of(), List.of()),
                assessment(wording, RatingLevel.HOAN_THANH, Optional.empty(),
                        List.of(cap("PA-NHIEU", RatingLevel.HOAN_THANH, "5 phản ánh (tối đa 3)")),
                        List.of(new Flag("CANH-BAO-SOM", "Có 5 phản ánh đã xác minh", "CANH-BAO")), List.of()));
        Dossier ward = dossier(WARD, "CB-0005", "Phạm Thị Hương", Role.HEAD);
        comparison.add(ward, plain(ward, RatingLevel.KHONG_HOAN_THANH), plain(ward, RatingLevel.KHONG_HOAN_THANH));
        Dossier markup = dossier(WARD, "CB-0008", "<script>alert('Việt')</script>", Role.STAFF);
        comparison.add(markup, plain(markup, RatingLevel.HOAN_THANH_TOT),
                assessment(markup, RatingLevel.HOAN_THANH, Optional.empty(),
                        List.of(cap("ND90-NV-4", RatingLevel.HOAN_THANH, "Đúng hạn dưới 85%")), List.of(), List.of()));
        return new ComparisonInput(ReportFixtures.PERIOD, comparison.report(),
                List.of(ReportFixtures.rejected(2, "CB-0002", "officers[2].tasks.completed", "phải ≤ assigned")));
    }

    private static org.chuanmuc.assess.Assessment plain(Dossier d, RatingLevel level) {
        return assessment(d, level, Optional.empty(), List.of(), List.of(), List.of());
    }

    @Test
    void json_countsEveryOfficerOnceAndListsTheChanges() throws IOException {
        JsonNode out = new ObjectMapper().readTree(bytes("json"));

        assertThat(out.path("summary").toString())
                .isEqualTo("{\"officers\":5,\"changed\":3,\"ratingChanged\":2,\"rejected\":1}");
        JsonNode state = out.path("state");
        assertThat(state.path("HOAN_THANH_XUAT_SAC").path("HOAN_THANH_XUAT_SAC").asInt()).isEqualTo(1);
        assertThat(state.path("HOAN_THANH_XUAT_SAC").path("HOAN_THANH_TOT").asInt()).isEqualTo(1);
        assertThat(state.path("HOAN_THANH_TOT").path("HOAN_THANH").asInt()).isEqualTo(1);
        assertThat(state.path("HOAN_THANH").path("HOAN_THANH").asInt()).isEqualTo(1);
        assertThat(state.path("KHONG_HOAN_THANH").path("KHONG_HOAN_THANH").asInt()).isEqualTo(1);
        assertThat(out.path("party").path("HOAN_THANH_XUAT_SAC").path("HOAN_THANH_TOT").asInt()).isEqualTo(1);
        assertThat(out.path("units")).hasSize(2);
        assertThat(out.path("units").get(0).path("officers").asInt()).isEqualTo(3);
        assertThat(out.path("units").get(0).path("moved").asInt()).isEqualTo(1);
        assertThat(out.path("units").get(1).path("officers").asInt()).isEqualTo(2);
        assertThat(out.path("changes")).extracting(c -> c.path("officerId").asText())
                .containsExactly("CB-0003", "CB-0004", "CB-0008");
        JsonNode quota = out.path("changes").get(0);
        assertThat(quota.path("rating").toString())
                .isEqualTo("{\"base\":\"HOAN_THANH_XUAT_SAC\",\"changed\":\"HOAN_THANH_TOT\"}");
        assertThat(quota.path("partyRating").path("changed").asText()).isEqualTo("HOAN_THANH_TOT");
        assertThat(quota.path("reasonsAdded").get(0).path("criterion").asText()).isEqualTo("HAN-MUC-XS");
        assertThat(quota.path("reasonsAdded").get(0).path("cap").asText()).isEqualTo("HOAN_THANH_TOT");
        JsonNode wording = out.path("changes").get(1);
        assertThat(wording.path("reasonsAdded").get(0).path("message").asText()).isEqualTo("5 phản ánh (tối đa 3)");
        assertThat(wording.path("reasonsRemoved").get(0).path("message").asText()).isEqualTo("5 phản ánh (tối đa 5)");
        assertThat(wording.path("reviewFlagsAdded").get(0).path("code").asText()).isEqualTo("CANH-BAO-SOM");
        assertThat(wording.has("partyRating")).isFalse();
        assertThat(out.path("rejected").get(0).path("errors").get(0).path("path").asText())
                .isEqualTo("officers[2].tasks.completed");
        assertThat(out.path("base").path("sha256").asText()).hasSize(64);
    }

    @Test
    void csv_oneRowPerChangedOfficerWithBomAndNeutralisedFormulas() throws IOException {
        String csv = new String(bytes("csv"), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFF");
        String[] lines = csv.substring(1).split("\r\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).contains("Xếp loại (bộ gốc)").contains("Lý do bớt");
        assertThat(lines[1]).startsWith("CB-0003,").contains("Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ");
        assertThat(lines[2]).contains("'=Lê Đức Thắng").contains("5 phản ánh (tối đa 3)").contains("5 phản ánh (tối đa 5)");
    }

    @Test
    void html_isSelfContainedEscapedAndShowsMatricesAndChanges() throws IOException {
        String html = new String(bytes("html"), StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);

        assertThat(page.select("script, link[href], img, iframe")).isEmpty();
        assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert('Việt')&lt;/script&gt;");
        assertThat(page.select("html").attr("lang")).isEqualTo("vi");
        Element total = page.selectFirst("#tong-hop table.matrix[data-kind=state]");
        assertThat(total.select("td.moved")).extracting(Element::text).containsExactly("1", "1");
        assertThat(total.select("td.grand-total").text()).isEqualTo("5");
        assertThat(page.select("#don-vi section.unit")).extracting(e -> e.attr("data-unit-id"))
                .containsExactly("PC08", "CAP-BN");
        assertThat(page.select("tr.change")).extracting(e -> e.attr("data-officer-id"))
                .containsExactly("CB-0003", "CB-0004", "CB-0008");
        Element quota = page.selectFirst("tr.change[data-officer-id=CB-0003]");
        assertThat(quota.select("td.rating .badge")).extracting(e -> e.attr("data-rating"))
                .containsExactly("HOAN_THANH_XUAT_SAC", "HOAN_THANH_TOT");
        assertThat(quota.select("ul.added li").text()).contains("HAN-MUC-XS").contains("Vượt hạn mức 15%");
        Element wording = page.selectFirst("tr.change[data-officer-id=CB-0004]");
        assertThat(wording.select("ul.removed li.reason").text()).contains("tối đa 5");
        assertThat(wording.select("ul.added li.review").attr("data-code")).isEqualTo("CANH-BAO-SOM");
        assertThat(page.select("#rejected li").text()).contains("CB-0002").contains("officers[2].tasks.completed");
        assertThat(bytes("html")).isEqualTo(bytes("html"));
    }

    @Test
    void text_showsBothRuleSetsTheMovesAndWhatAppearedAndDisappeared() throws IOException {
        String text = new String(bytes("text"), StandardCharsets.UTF_8);

        assertThat(text).contains("Bộ quy tắc gốc: thu, phiên bản 1, SHA-256 ")
                .contains("Đã so sánh 5 cán bộ: 3 cán bộ có kết quả khác, trong đó 2 cán bộ đổi mức xếp loại;"
                        + " 1 hồ sơ không so sánh được.")
                .contains("PC08 — Phòng Cảnh sát giao thông: 3 cán bộ, 1 đổi mức")
                .contains("    XS → Tốt: 1")
                .contains("    đảng viên XS → Tốt: 1")
                .contains("CB-0003 Trần Thị Ngọc Ánh (PC08): Hoàn thành xuất sắc nhiệm vụ → Hoàn thành tốt nhiệm vụ;"
                        + " đảng viên: Hoàn thành xuất sắc nhiệm vụ → Hoàn thành tốt nhiệm vụ")
                .contains("      + HAN-MUC-XS — Nhãn HAN-MUC-XS — Nghị quyết 04-NQ/TW — Vượt hạn mức 15% của đơn vị"
                        + " (tối đa: Hoàn thành tốt nhiệm vụ)")
                .contains("      − PA-NHIEU — Nhãn PA-NHIEU — Nghị quyết 04-NQ/TW — 5 phản ánh (tối đa 5)")
                .contains("      + cần xem xét CANH-BAO-SOM — Có 5 phản ánh đã xác minh")
                .contains("  CB-0002: officers[2].tasks.completed: phải ≤ assigned");
        assertThat(text.lines().filter(l -> l.startsWith("  Tổng")).toList())
                .containsExactly("  Tổng          1      1      2      1       5", "  Tổng          0      1      0      0       1");
    }

    /**
     * Three officers of one unit about whom the rule sets disagree on “not rated this year”: one rated
     * hoàn thành who is not rated under the changed rules (the same proposal), one not rated under both (the
     * same proposal, so no change), one not rated who becomes rated hoàn thành tốt.
     */
    private static ComparisonInput notRatedSample() {
        RuleSetComparison comparison = RuleSetComparison.between(RULES, RULES);
        Dossier leaves = dossier(TRAFFIC, "CB-0010", "Đỗ Thị Lành", Role.STAFF);
        comparison.add(leaves, plain(leaves, RatingLevel.HOAN_THANH), notRated(leaves, RatingLevel.HOAN_THANH));
        Dossier stays = dossier(TRAFFIC, "CB-0011", "Vũ Minh Đức", Role.STAFF);
        comparison.add(stays, notRated(stays, RatingLevel.HOAN_THANH_XUAT_SAC),
                notRated(stays, RatingLevel.HOAN_THANH_XUAT_SAC));
        Dossier joins = dossier(TRAFFIC, "CB-0012", "Hà Quốc Việt", Role.STAFF);
        comparison.add(joins, notRated(joins, RatingLevel.HOAN_THANH_TOT), plain(joins, RatingLevel.HOAN_THANH_TOT));
        return new ComparisonInput(ReportFixtures.PERIOD, comparison.report(), List.of());
    }

    private static org.chuanmuc.assess.Assessment notRated(Dossier d, RatingLevel proposal) {
        return assessment(d, proposal, Optional.empty(), List.of(),
                List.of(new Flag(Flag.NOT_RATED, "Công tác 4 tháng trong năm", "TG-6T")), List.of());
    }

    @Test
    void notRated_jsonCountsTheOfficersInTheirOwnRowAndColumnNotAtTheProposal() throws IOException {
        JsonNode out = new ObjectMapper().readTree(write("json", notRatedSample()));

        assertThat(out.path("summary").toString())
                .isEqualTo("{\"officers\":3,\"changed\":2,\"ratingChanged\":2,\"rejected\":0}");
        JsonNode state = out.path("state");
        assertThat(state.path("HOAN_THANH").path("KHONG_XEP_LOAI").asInt()).isEqualTo(1);
        assertThat(state.path("KHONG_XEP_LOAI").path("KHONG_XEP_LOAI").asInt()).isEqualTo(1);
        assertThat(state.path("KHONG_XEP_LOAI").path("HOAN_THANH_TOT").asInt()).isEqualTo(1);
        assertThat(state.path("HOAN_THANH").path("HOAN_THANH").asInt()).isZero();
        assertThat(state.path("HOAN_THANH_XUAT_SAC").path("HOAN_THANH_XUAT_SAC").asInt()).isZero();
        assertThat(state.path("HOAN_THANH_TOT").path("HOAN_THANH_TOT").asInt()).isZero();
        assertThat(out.path("units").get(0).path("moved").asInt()).isEqualTo(2);
        JsonNode leaves = out.path("changes").get(0);
        assertThat(leaves.path("rating").toString()).isEqualTo("{\"base\":\"HOAN_THANH\",\"changed\":\"HOAN_THANH\"}");
        assertThat(leaves.path("standing").toString())
                .isEqualTo("{\"base\":\"HOAN_THANH\",\"changed\":\"KHONG_XEP_LOAI\"}");
        assertThat(out.path("changes").get(1).path("standing").toString())
                .isEqualTo("{\"base\":\"KHONG_XEP_LOAI\",\"changed\":\"HOAN_THANH_TOT\"}");
    }

    @Test
    void notRated_jsonMatrixHas25CellsEvenWhenNoOneIsNotRated() throws IOException {
        JsonNode state = new ObjectMapper().readTree(bytes("json")).path("state");

        assertThat(state.size()).isEqualTo(5);
        state.forEach(row -> assertThat(row.size()).isEqualTo(5));
        assertThat(state.path("KHONG_XEP_LOAI").path("KHONG_XEP_LOAI").asInt()).isZero();
    }

    @Test
    void notRated_textShowsTheColumnTheMovesAndTheProposal() throws IOException {
        String text = new String(write("text", notRatedSample()), StandardCharsets.UTF_8);

        assertThat(text).contains("Đã so sánh 3 cán bộ: 2 cán bộ có kết quả khác, trong đó 2 cán bộ đổi mức xếp loại;")
                .contains("    HT → Không XL: 1, Không XL → Tốt: 1")
                .contains("CB-0010 Đỗ Thị Lành (PC08): Hoàn thành nhiệm vụ → Không xếp loại (đề xuất: Hoàn thành nhiệm vụ)")
                .contains("CB-0012 Hà Quốc Việt (PC08): Không xếp loại (đề xuất: Hoàn thành tốt nhiệm vụ) → Hoàn thành tốt nhiệm vụ");
        assertThat(text.lines().filter(l -> l.startsWith("  Không XL") || l.startsWith("  HT ") || l.startsWith("  Tổng")))
                .containsExactly(
                        "  HT            0      0      0      0        1       1",
                        "  Không XL      0      1      0      0        1       2",
                        "  Tổng          0      1      0      0        2       3");
        assertThat(new String(bytes("text"), StandardCharsets.UTF_8)).doesNotContain("Không XL");
    }

    @Test
    void notRated_csvSaysNotRatedWithTheProposal() throws IOException {
        String[] lines = new String(write("csv", notRatedSample()), StandardCharsets.UTF_8).substring(1).split("\r\n");

        assertThat(lines).hasSize(3);
        assertThat(lines[1]).startsWith("CB-0010,\"Đỗ Thị Lành\",PC08,\"Hoàn thành nhiệm vụ\","
                + "\"Không xếp loại (đề xuất: Hoàn thành nhiệm vụ)\",");
        assertThat(lines[2]).startsWith("CB-0012,\"Hà Quốc Việt\",PC08,"
                + "\"Không xếp loại (đề xuất: Hoàn thành tốt nhiệm vụ)\",\"Hoàn thành tốt nhiệm vụ\",");
    }

    @Test
    void notRated_htmlHasTheRowAndColumnAndMarksTheOfficer() throws IOException {
        Document page = Jsoup.parse(new String(write("html", notRatedSample()), StandardCharsets.UTF_8));

        Element total = page.selectFirst("#tong-hop table.matrix[data-kind=state]");
        assertThat(total.select("thead th")).extracting(Element::text)
                .containsExactly("Bộ quy tắc gốc \\ Bộ quy tắc sửa đổi", "XS", "Tốt", "HT", "KHT", "Không XL", "Tổng");
        Element notRatedRow = total.selectFirst("tr[data-from=KHONG_XEP_LOAI]");
        assertThat(notRatedRow.selectFirst("th").text()).isEqualTo("Không xếp loại");
        assertThat(notRatedRow.selectFirst("td[data-to=KHONG_XEP_LOAI]").text()).isEqualTo("1");
        assertThat(notRatedRow.selectFirst("td[data-to=HOAN_THANH_TOT]").hasClass("moved")).isTrue();
        assertThat(total.selectFirst("tr[data-from=HOAN_THANH] td[data-to=KHONG_XEP_LOAI]").text()).isEqualTo("1");
        Element leaves = page.selectFirst("tr.change[data-officer-id=CB-0010]");
        assertThat(leaves.select("td.rating .badge")).extracting(e -> e.attr("data-rating"))
                .containsExactly("HOAN_THANH", "HOAN_THANH");
        assertThat(leaves.selectFirst("td.rating .badge.after").hasClass("not-rated")).isTrue();
        assertThat(leaves.selectFirst("td.rating .badge.after").text())
                .isEqualTo("Không xếp loại (đề xuất: Hoàn thành nhiệm vụ)");
        Document plain = Jsoup.parse(new String(bytes("html"), StandardCharsets.UTF_8));
        assertThat(plain.select("table.matrix [data-from=KHONG_XEP_LOAI], table.matrix [data-to=KHONG_XEP_LOAI]")).isEmpty();
    }

    private static byte[] bytes(String format) throws IOException {
        return write(format, sample());
    }

    private static byte[] write(String format, ComparisonInput input) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (format) {
            case "json" -> ComparisonJson.write(input, out);
            case "csv" -> ComparisonCsv.write(input, out);
            case "html" -> ComparisonHtml.write(input, out);
            default -> ComparisonSummary.write(input, out);
        }
        return out.toByteArray();
    }
}
