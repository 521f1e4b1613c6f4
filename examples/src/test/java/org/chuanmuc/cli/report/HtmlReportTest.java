package org.chuanmuc.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chuanmuc.cli.report.ReportFixtures.PERIOD;
import static org.chuanmuc.cli.report.ReportFixtures.RULES;
import static org.chuanmuc.cli.report.ReportFixtures.TRAFFIC;
import static org.chuanmuc.cli.report.ReportFixtures.WARD;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.chuanmuc.assess.AssessmentReport;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.Flag;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.Unit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    static String html(ReportInput input) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HtmlReport.write(input, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static Document parsed(ReportInput input) throws IOException {
        return Jsoup.parse(html(input));
    }

    @Test
    void write_sample_isVietnameseUtf8Html() throws IOException {
        String html = html(ReportFixtures.sample());
        Document doc = Jsoup.parse(html);

        assertThat(html).startsWith("<!doctype html>");
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("vi");
        assertThat(doc.select("head > meta[charset]").attr("charset")).isEqualToIgnoringCase("utf-8");
        assertThat(doc.title()).isEqualTo("Báo cáo xếp loại chất lượng năm 2025");
        assertThat(doc.selectFirst("h1").text()).isEqualTo("Báo cáo xếp loại chất lượng năm 2025");
        assertThat(doc.select("td.rating").eachText()).contains("Hoàn thành xuất sắc nhiệm vụ");
        assertThat(doc.select("table.officers th").eachText()).contains("Lý do", "Cần hội đồng xem xét");
        // the diacritics arrive as characters, not as entities
        assertThat(html).contains("Trần Thị Ngọc Ánh", "Hoàn thành xuất sắc nhiệm vụ", "Đặng Quốc Việt");
    }

    @Test
    void write_sample_isSelfContained() throws IOException {
        Document doc = parsed(ReportFixtures.sample());

        assertThat(doc.select("script, link, img, iframe, object, embed")).isEmpty();
        assertThat(doc.select("[src], [href^=http], [href^=//]")).isEmpty();
        Element style = doc.selectFirst("head > style");
        assertThat(style).isNotNull();
        assertThat(style.data()).contains("@media print").doesNotContain("@import", "url(");
    }

    @Test
    void write_sample_hasOneSectionPerUnitInInputOrder() throws IOException {
        Document doc = parsed(ReportFixtures.sample());

        Elements units = doc.select("section.unit");
        assertThat(units).hasSize(2);
        assertThat(units.eachAttr("data-unit-id")).containsExactly("PC08", "CAP-BN");
        assertThat(units.get(0).selectFirst("h2").text()).isEqualTo("PC08 — Phòng Cảnh sát giao thông");
        assertThat(units.get(0).selectFirst("p.unit-rating").text())
                .isEqualTo("Xếp loại của đơn vị: Hoàn thành tốt nhiệm vụ");
        assertThat(units.get(1).selectFirst("p.unit-rating").text())
                .isEqualTo("Xếp loại của đơn vị: chưa có trong hồ sơ");
        assertThat(doc.select("nav a").eachAttr("href")).containsExactly("#don-vi-1", "#don-vi-2");
        assertThat(units.eachAttr("id")).containsExactly("don-vi-1", "don-vi-2");
    }

    @Test
    void write_unitWithAnOfficerNotRated_drawsAFifthBarSoTheBarsAddUpToTheUnit() throws IOException {
        Dossier away = ReportFixtures.dossier(ReportFixtures.TRAFFIC, "CB-0009", "Đinh Thị Thu", Role.STAFF);
        ReportRow notRated = new ReportRow(away, ReportFixtures.assessment(away, RatingLevel.HOAN_THANH_XUAT_SAC,
                Optional.empty(), List.of(), List.of(new Flag(Flag.NOT_RATED, "Công tác 4 tháng trong năm", "TG-6T")),
                List.of()));
        ReportInput input = new ReportInput(ReportFixtures.PERIOD, ReportFixtures.RULES, List.of(
                ReportFixtures.plain(ReportFixtures.TRAFFIC, "CB-0001", "Nguyễn Văn Hùng", RatingLevel.HOAN_THANH_XUAT_SAC),
                notRated), List.of());

        Element svg = parsed(input).selectFirst("section.unit[data-unit-id=PC08] svg");

        assertThat(svg.select("g.bar-row").eachAttr("data-level")).containsExactly("HOAN_THANH_XUAT_SAC",
                "HOAN_THANH_TOT", "HOAN_THANH", "KHONG_HOAN_THANH", "KHONG_XEP_LOAI");
        assertThat(svg.select("text.label").eachText()).last().isEqualTo("Không xếp loại");
        assertThat(svg.select("text.count").eachText()).containsExactly("1", "0", "0", "0", "1");
        assertThat(svg.selectFirst("title").text()).contains("Hoàn thành xuất sắc nhiệm vụ: 1", "Không xếp loại: 1");
        assertThat(svg.attr("height")).isEqualTo("158");
    }

    @Test
    void write_sample_drawsFourLabelledBarsPerUnit() throws IOException {
        Element traffic = parsed(ReportFixtures.sample()).selectFirst("section.unit[data-unit-id=PC08]");

        Element svg = traffic.selectFirst("svg");
        assertThat(svg).isNotNull();
        assertThat(svg.attr("role")).isEqualTo("img");
        Element title = svg.selectFirst("title");
        assertThat(title.id()).isEqualTo(svg.attr("aria-labelledby"));
        assertThat(title.text()).contains("Hoàn thành xuất sắc nhiệm vụ: 1", "Hoàn thành tốt nhiệm vụ: 1",
                "Hoàn thành nhiệm vụ: 1", "Không hoàn thành nhiệm vụ: 0");
        assertThat(svg.select("rect")).hasSize(4);
        assertThat(svg.select("text.label").eachText()).containsExactly("Hoàn thành xuất sắc nhiệm vụ",
                "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ", "Không hoàn thành nhiệm vụ");
        assertThat(svg.select("text.count").eachText()).containsExactly("1", "1", "1", "0");
        assertThat(svg.select("rect").eachAttr("width")).containsExactly("300", "300", "300", "0");
        assertThat(html(ReportFixtures.sample())).contains("viewBox=\"0 0 570 128\"");
    }

    @Test
    void write_sample_listsOfficersWithReasonsFlagsAndWarnings() throws IOException {
        Element traffic = parsed(ReportFixtures.sample()).selectFirst("section.unit[data-unit-id=PC08]");

        Elements rows = traffic.select("table.officers tr.officer");
        assertThat(rows.eachAttr("data-officer-id")).containsExactly("CB-0001", "CB-0003", "CB-0004");
        Element staff = rows.get(2);
        assertThat(staff.select("td").get(1).text()).isEqualTo("Lê Đức Thắng");
        assertThat(staff.select("td").get(2).text()).isEqualTo("Cán bộ, chiến sĩ");
        assertThat(staff.selectFirst("td.rating").text()).isEqualTo("Hoàn thành nhiệm vụ");
        assertThat(staff.selectFirst("td.party-rating").text()).isEqualTo("Không hoàn thành nhiệm vụ");
        assertThat(staff.selectFirst("li.reason").ownText()).isEqualTo(
                "NQ4-DD-03 — Nhãn NQ4-DD-03 — Nghị quyết 04-NQ/TW — Có biểu hiện kê khai tài sản không trung thực");
        assertThat(staff.selectFirst("li.reason span.cap").text()).isEqualTo("(tối đa: Hoàn thành nhiệm vụ)");
        assertThat(staff.selectFirst("td.review-flags").text()).isEqualTo("CANH_BAO_SOM — Có 3 phản ánh đã xác minh");
        assertThat(staff.selectFirst("td.warnings").text()).isEqualTo("LICH_SU — Năm 2026 trong lịch sử");
        assertThat(rows.get(1).selectFirst("td.party-rating").text()).isEqualTo("—");
        assertThat(rows.get(0).select("td").get(2).text()).isEqualTo("Người đứng đầu");
    }

    @Test
    void write_sample_showsWhoTheQuotaLowered() throws IOException {
        Document doc = parsed(ReportFixtures.sample());
        Element trafficQuota = doc.selectFirst("section.unit[data-unit-id=PC08] section.quota");
        Element wardQuota = doc.selectFirst("section.unit[data-unit-id=CAP-BN] section.quota");

        assertThat(trafficQuota.selectFirst("p.quota-count").text()).isEqualTo("Số cán bộ bị hạ mức do hạn mức: 1.");
        assertThat(trafficQuota.select("ul.quota-lowered li").eachAttr("data-officer-id")).containsExactly("CB-0003");
        assertThat(trafficQuota.selectFirst("ul.quota-lowered li").text()).contains("Trần Thị Ngọc Ánh",
                "xếp loại sau hạn mức: Hoàn thành tốt nhiệm vụ", "Vượt hạn mức tỷ lệ");
        assertThat(wardQuota.selectFirst("p.quota-lifted").text()).contains("không áp dụng hạn mức");
        assertThat(wardQuota.selectFirst("p.quota-count").text()).isEqualTo("Số cán bộ bị hạ mức do hạn mức: 0.");
    }

    @Test
    void write_groupedUnits_quotaBoxHasOneRowPerGroupWithItsNumbers() throws IOException {
        Document doc = parsed(ReportFixtures.groupedUnits());
        Element criminal = doc.selectFirst("section.unit[data-unit-id=PC02] section.quota");
        Element ward = doc.selectFirst("section.unit[data-unit-id=CAP-BN] section.quota");

        assertThat(criminal.select("table.quota-groups thead th").eachText()).containsExactly("Nhóm", "Số cán bộ",
                "Đạt chuẩn xuất sắc", "Hoàn thành tốt (sau hạn mức)", "Hạn mức xuất sắc", "Giữ xuất sắc",
                "Bị hạ do hạn mức", "Xuất sắc / Hoàn thành tốt");
        assertThat(criminal.select("tr.quota-group").stream().map(tr -> tr.children().eachText())).containsExactly(
                List.of("Lãnh đạo", "2", "0", "1", "—", "0", "0", "0% (0/1)"),
                List.of("Điều tra", "8", "5", "6", "1", "1", "4", "16,7% (1/6)"),
                List.of("Hành chính, tổng hợp", "6", "1", "5", "chưa vượt", "1", "0", "20% (1/5)"),
                List.of("Không ghi nhóm", "1", "0", "1", "—", "0", "0", "0% (0/1)"));
        assertThat(criminal.select("tr.quota-group").eachAttr("data-group")).containsExactly("Lãnh đạo", "Điều tra",
                "Hành chính, tổng hợp");
        assertThat(criminal.selectFirst("p.quota-basis").text()).isEqualTo("Hạn mức tính trong từng nhóm nhiệm vụ"
                + " tương đồng của đơn vị, trên số người Hoàn thành tốt sau khi áp hạn mức (gồm cả người bị hạ từ"
                + " Hoàn thành xuất sắc).");
        assertThat(criminal.selectFirst("p.quota-count").text()).isEqualTo("Số cán bộ bị hạ mức do hạn mức: 4.");
        assertThat(criminal.select("ul.quota-lowered li").eachText()).first().isEqualTo("HS-04 — Điều tra viên 4 — "
                + "Điều tra — xếp loại sau hạn mức: Hoàn thành tốt nhiệm vụ — " + ReportFixtures.QUOTA_MESSAGE
                + "; xếp thứ 2");
        assertThat(ward.select("tr.quota-group").stream().map(tr -> tr.children().eachText())).containsExactly(
                List.of("Cả đơn vị", "3", "2", "1", "không áp dụng", "2", "0", "200% (2/1)"));
    }

    @Test
    void write_groupedUnits_officersTableShowsTheGroupOnlyWhereTheUnitHasGroups() throws IOException {
        Document doc = parsed(ReportFixtures.groupedUnits());
        Element criminal = doc.selectFirst("section.unit[data-unit-id=PC02] table.officers");
        Element ward = doc.selectFirst("section.unit[data-unit-id=CAP-BN] table.officers");

        assertThat(criminal.select("thead th").eachText()).containsSequence("Chức vụ", "Nhóm", "Xếp loại");
        assertThat(criminal.select("td.group").eachText()).hasSize(17).startsWith("Lãnh đạo", "Lãnh đạo", "Điều tra")
                .endsWith("Không ghi nhóm");
        assertThat(ward.select("thead th").eachText()).doesNotContain("Nhóm");
        assertThat(ward.select("td.group")).isEmpty();
        assertThat(parsed(ReportFixtures.sample()).select("td.group, table.officers th:containsOwn(Nhóm)")).isEmpty();
    }

    @Test
    void write_reasonOnBothTracks_isListedOnceMarkedForBoth() throws IOException {
        Element head = parsed(ReportFixtures.groupedUnits()).selectFirst("tr.officer[data-officer-id=HS-01]");

        assertThat(head.select("li.reason")).singleElement().satisfies(li -> {
            assertThat(li.ownText()).isEqualTo(
                    "NQ4-DD-03 — Nhãn NQ4-DD-03 — Nghị quyết 04-NQ/TW — Kê khai tài sản không trung thực");
            assertThat(li.selectFirst("span.cap").text())
                    .isEqualTo("(tối đa: Không hoàn thành nhiệm vụ, xếp loại chính quyền và đảng viên)");
            assertThat(li.attr("data-tracks")).isEqualTo("PARTY STATE");
        });
        assertThat(head.selectFirst("td.party-rating").text()).isEqualTo("Không hoàn thành nhiệm vụ");
    }

    @Test
    void write_sample_listsRejectedRecordsWithEveryError() throws IOException {
        Element rejected = parsed(ReportFixtures.sample()).selectFirst("section#rejected");

        assertThat(rejected.selectFirst("h2").text()).isEqualTo("Hồ sơ bị từ chối (không được đánh giá)");
        Elements records = rejected.select("tr.rejected-record");
        assertThat(records.eachAttr("data-index")).containsExactly("1", "6");
        assertThat(records.get(0).select("td").get(1).text()).isEqualTo("CB-0002");
        assertThat(records.get(0).select("li.error").eachText()).containsExactly(
                "officers[1].tasks.completed: phải ≤ assigned",
                "officers[1].unitId: không có đơn vị PC99 (unknown unit)");
        assertThat(records.get(0).select("li.error code.path").eachText())
                .containsExactly("officers[1].tasks.completed", "officers[1].unitId");
        assertThat(records.get(1).select("td").get(1).text()).isEqualTo("—");
        assertThat(records.eachText()).first().asString().startsWith("officers[1] CB-0002");
    }

    @Test
    void write_noRejected_saysSo() throws IOException {
        ReportInput input = new ReportInput(PERIOD, RULES,
                List.of(ReportFixtures.plain(TRAFFIC, "CB-1", "Vũ Minh Tuấn", RatingLevel.HOAN_THANH)), List.of());

        Element rejected = parsed(input).selectFirst("section#rejected");

        assertThat(rejected.text()).contains("Không có hồ sơ nào bị từ chối.");
        assertThat(rejected.select("table")).isEmpty();
    }

    @Test
    void write_sample_footerNamesRuleSetAndPeriod() throws IOException {
        Element footer = parsed(ReportFixtures.sample()).selectFirst("footer");

        assertThat(footer.selectFirst("p.rule-set").text()).isEqualTo("Bộ quy tắc: standard, phiên bản 1.0.0, SHA-256 "
                + RULES.sha256() + ".");
        assertThat(footer.selectFirst("p.period").text()).isEqualTo(
                "Kỳ đánh giá: năm 2025 (Nghị định 90/2020/NĐ-CP, sửa đổi bởi Nghị định 48/2023/NĐ-CP).");
    }

    @Test
    void write_markupInEveryField_appearsAsText() throws IOException {
        String evil = "<script>alert(1)</script>";
        Unit unit = new Unit("DV\"><img src=x onerror=alert(2)>", "<b>Đơn vị</b>" + evil, Optional.empty(), false);
        Dossier d = new Dossier(PERIOD, unit, Officer.builder("CB-<i>1</i>", unit.id(), Role.STAFF).name(evil).build());
        var reason = ReportFixtures.cap("NQ4-DD-03", RatingLevel.HOAN_THANH, evil);
        ReportRow row = new ReportRow(d, ReportFixtures.assessment(d, RatingLevel.HOAN_THANH, Optional.empty(),
                List.of(reason), List.of(new org.chuanmuc.assess.Flag("<svg onload=x>", evil, evil)), List.of()));
        ReportInput input = new ReportInput(PERIOD, new org.chuanmuc.assess.RuleSetInfo(evil, evil, evil),
                List.of(row), List.of(ReportFixtures.rejected(1, evil, "officers[1].<a>", evil)));

        String html = html(input);
        Document doc = Jsoup.parse(html);

        // values are text: escaped in content, quoted in attributes; the parser builds no element from them
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>", "<b>");
        assertThat(doc.select("script, img, b, i, a:not(nav a)")).isEmpty();
        assertThat(doc.selectFirst("td.name").text()).isEqualTo(evil);
        assertThat(doc.selectFirst("section.unit").attr("data-unit-id")).isEqualTo(unit.id());
        assertThat(doc.selectFirst("section.unit h2").text()).isEqualTo(unit.id() + " — " + unit.name());
        assertThat(doc.selectFirst("li.reason").ownText()).endsWith(evil);
        assertThat(doc.selectFirst("td.review-flags").text()).isEqualTo("<svg onload=x> — " + evil);
        assertThat(doc.selectFirst("li.error").text()).isEqualTo("officers[1].<a>: " + evil);
        assertThat(doc.selectFirst("footer p.rule-set").text()).contains(evil);
        assertThat(doc.select("svg")).hasSize(1);
    }

    @Test
    void write_sameInput_sameBytes() throws IOException {
        assertThat(html(ReportFixtures.sample())).isEqualTo(html(ReportFixtures.sample()));
    }

    @Test
    void write_assessmentsFromRules_showRuleReasonsAndQuota() throws IOException {
        Assessor assessor = ReportFixtures.assessor();
        Dossier best = new Dossier(PERIOD, TRAFFIC, Officer.builder("CB-01", "PC08", Role.HEAD).name("Hồ Quang Minh")
                .tasks(40, 40, 40, 40).build());
        Dossier second = new Dossier(PERIOD, TRAFFIC, Officer.builder("CB-02", "PC08", Role.STAFF)
                .name("Ngô Thị Lan").tasks(40, 40, 40, 36).build());
        Dossier signed = new Dossier(PERIOD, TRAFFIC, Officer.builder("CB-03", "PC08", Role.STAFF)
                .name("Dương Văn Sơn").tasks(40, 40, 38, 30).sign("NQ4-DD-03", true).monthsWorked(5).build());
        List<Dossier> dossiers = List.of(best, second, signed);
        AssessmentReport report = assessor.assessAll(dossiers);
        List<ReportRow> rows = java.util.stream.IntStream.range(0, dossiers.size())
                .mapToObj(i -> new ReportRow(dossiers.get(i), report.assessments().get(i))).toList();

        Document doc = parsed(new ReportInput(PERIOD, assessor.ruleSet(), rows, List.of()));

        assertThat(doc.select("section.unit")).hasSize(1);
        assertThat(doc.select("tr.officer td.rating").eachText()).containsExactly("Hoàn thành xuất sắc nhiệm vụ",
                "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ");
        assertThat(doc.select("ul.quota-lowered li").eachAttr("data-officer-id")).containsExactly("CB-02");
        assertThat(doc.select("tr.officer[data-officer-id=CB-03] li.reason").eachAttr("title"))
                .contains("NQ4-DD-03 đã xác minh: không quá Hoàn thành nhiệm vụ");
        assertThat(doc.select("tr.officer[data-officer-id=CB-03] td.review-flags").text())
                .isEqualTo("DUOI-6-THANG — Làm việc dưới 6 tháng trong năm");
        assertThat(doc.select("svg text.count").eachText()).containsExactly("1", "1", "1", "0");
        assertThat(doc.selectFirst("footer p.rule-set").text()).contains("Bộ quy tắc: thu, phiên bản 1",
                assessor.ruleSet().sha256());
    }
}
