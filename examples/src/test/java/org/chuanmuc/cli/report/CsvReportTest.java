package org.chuanmuc.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chuanmuc.cli.report.ReportFixtures.PERIOD;
import static org.chuanmuc.cli.report.ReportFixtures.RULES;
import static org.chuanmuc.cli.report.ReportFixtures.TRAFFIC;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.chuanmuc.io.RejectedOfficer;
import org.chuanmuc.model.RatingLevel;
import org.junit.jupiter.api.Test;

class CsvReportTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    static byte[] bytes(ReportInput input) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvReport.write(input, out);
        return out.toByteArray();
    }

    /** Parses the report back with the CSV library, after checking and dropping the byte-order mark. */
    static List<List<String>> parsed(byte[] csv) throws IOException {
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(BOM);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        try (MappingIterator<String[]> rows = new CsvMapper().readerFor(String[].class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(text)) {
            return rows.readAll().stream().map(List::of).toList();
        }
    }

    @Test
    void write_sample_startsWithBomAndVietnameseHeader() throws IOException {
        byte[] csv = bytes(ReportFixtures.sample());

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(BOM);
        assertThat(parsed(csv).get(0)).containsExactly("Mã cán bộ", "Họ tên", "Đơn vị", "Nhóm", "Mã xếp loại",
                "Xếp loại", "Xếp loại Đảng", "Lý do", "Cần xem xét", "Cảnh báo", "Lỗi dữ liệu");
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("\r\n");
    }

    @Test
    void write_sample_interleavesRejectedRecordsByInputPosition() throws IOException {
        List<List<String>> rows = parsed(bytes(ReportFixtures.sample()));

        assertThat(rows).hasSize(1 + 7);
        assertThat(rows.stream().skip(1).map(r -> r.get(0)))
                .containsExactly("CB-0001", "CB-0002", "CB-0003", "CB-0004", "CB-0005", "CB-0008", "");
    }

    @Test
    void write_sample_assessedRowHasEveryColumn() throws IOException {
        List<String> staff = parsed(bytes(ReportFixtures.sample())).get(4);

        assertThat(staff).containsExactly("CB-0004", "Lê Đức Thắng", "PC08", "", "HOAN_THANH", "Hoàn thành nhiệm vụ",
                "Không hoàn thành nhiệm vụ",
                "NQ4-DD-03 — Nhãn NQ4-DD-03 — Nghị quyết 04-NQ/TW — Có biểu hiện kê khai tài sản không trung thực",
                "CANH_BAO_SOM — Có 3 phản ánh đã xác minh", "LICH_SU — Năm 2026 trong lịch sử", "");
    }

    @Test
    void write_rejectedRecordWithNameAndUnit_showsThemSoTheUnitCanFixIt() throws IOException {
        RejectedOfficer rejected = new RejectedOfficer(0, "CB-0002", "Trần Thị Ánh", "PC08",
                List.of(new org.chuanmuc.io.FieldError("officers[0].tasks.completed", "phải ≤ assigned (5)")));

        List<String> cells = parsed(bytes(new ReportInput(PERIOD, RULES, List.of(), List.of(rejected)))).get(1);

        assertThat(cells).containsExactly("CB-0002", "Trần Thị Ánh", "PC08", "", "", "", "", "", "", "",
                "officers[0].tasks.completed: phải ≤ assigned (5)");
    }

    @Test
    void write_officerNotRated_saysSoWithTheProposalNotAsALevel() throws IOException {
        org.chuanmuc.model.Dossier d = ReportFixtures.dossier(TRAFFIC, "CB-0053", "Ngô Văn Hà", org.chuanmuc.model.Role.STAFF);
        ReportRow row = new ReportRow(d, ReportFixtures.assessment(d, RatingLevel.HOAN_THANH_XUAT_SAC,
                java.util.Optional.of(RatingLevel.HOAN_THANH_XUAT_SAC), List.of(),
                List.of(new org.chuanmuc.assess.Flag(org.chuanmuc.assess.Flag.NOT_RATED, "Công tác 4 tháng trong năm",
                        "TG-6T")), List.of()));

        List<String> cells = parsed(bytes(new ReportInput(PERIOD, RULES, List.of(row), List.of()))).get(1);

        assertThat(cells.subList(0, 7)).containsExactly("CB-0053", "Ngô Văn Hà", "PC08", "", "HOAN_THANH_XUAT_SAC",
                "Không xếp loại (đề xuất: Hoàn thành xuất sắc nhiệm vụ)",
                "Không xếp loại (đề xuất: Hoàn thành xuất sắc nhiệm vụ)");
    }

    @Test
    void write_sample_rejectedRowHasEmptyRatingAndEveryError() throws IOException {
        List<String> rejected = parsed(bytes(ReportFixtures.sample())).get(2);

        assertThat(rejected).containsExactly("CB-0002", "", "", "", "", "", "", "", "", "",
                "officers[1].tasks.completed: phải ≤ assigned; officers[1].unitId: không có đơn vị PC99 (unknown unit)");
    }

    @Test
    void write_reasonsJoinedWithSemicolon() throws IOException {
        var d = ReportFixtures.dossier(TRAFFIC, "CB-9", "Bùi Thị Mai", org.chuanmuc.model.Role.STAFF);
        var a = ReportFixtures.assessment(d, RatingLevel.HOAN_THANH, java.util.Optional.empty(), List.of(
                ReportFixtures.cap("PC-NV-01", RatingLevel.HOAN_THANH, "Chưa đạt"),
                ReportFixtures.cap("PC-NV-02", RatingLevel.HOAN_THANH, "Chưa đạt")), List.of(), List.of());
        var input = new ReportInput(PERIOD, RULES, List.of(new ReportRow(d, a)), List.of());

        assertThat(parsed(bytes(input)).get(1).get(7)).isEqualTo(
                "PC-NV-01 — Nhãn PC-NV-01 — Nghị quyết 04-NQ/TW — Chưa đạt; "
                        + "PC-NV-02 — Nhãn PC-NV-02 — Nghị quyết 04-NQ/TW — Chưa đạt");
    }

    @Test
    void write_groupedUnits_groupColumnAndAReasonOnBothTracksOnce() throws IOException {
        List<List<String>> rows = parsed(bytes(ReportFixtures.groupedUnits()));

        assertThat(rows.get(1)).containsExactly("HS-01", "Võ Minh Khang", "PC02", "Lãnh đạo", "KHONG_HOAN_THANH",
                "Không hoàn thành nhiệm vụ", "Không hoàn thành nhiệm vụ",
                "NQ4-DD-03 — Nhãn NQ4-DD-03 — Nghị quyết 04-NQ/TW — Kê khai tài sản không trung thực"
                        + " (xếp loại chính quyền và đảng viên)", "", "", "");
        assertThat(rows.stream().skip(1).map(r -> r.get(3))).containsExactly("Lãnh đạo", "Lãnh đạo", "Điều tra",
                "Điều tra", "Điều tra", "Điều tra", "Điều tra", "Điều tra", "Điều tra", "Điều tra",
                "Hành chính, tổng hợp", "Hành chính, tổng hợp", "Hành chính, tổng hợp", "Hành chính, tổng hợp",
                "Hành chính, tổng hợp", "Hành chính, tổng hợp", "", "", "", "");
    }

    @Test
    void write_partyReason_saysSo() throws IOException {
        var d = ReportFixtures.dossier(TRAFFIC, "CB-9", "Bùi Thị Mai", org.chuanmuc.model.Role.STAFF);
        var party = ReportFixtures.onBothTracks("QD124", RatingLevel.KHONG_HOAN_THANH, "Đảng viên bị kỷ luật").get(1);
        var a = ReportFixtures.assessment(d, RatingLevel.HOAN_THANH_TOT,
                java.util.Optional.of(RatingLevel.KHONG_HOAN_THANH), List.of(party), List.of(), List.of());

        assertThat(parsed(bytes(new ReportInput(PERIOD, RULES, List.of(new ReportRow(d, a)), List.of()))).get(1).get(7))
                .isEqualTo("QD124 — Nhãn QD124 — Nghị quyết 04-NQ/TW — Đảng viên bị kỷ luật (xếp loại đảng viên)");
    }

    @Test
    void write_quotesCommasAndNewlinesInNames_roundTrip() throws IOException {
        List<String> names = List.of("Nguyễn \"Tư\" Văn", "Trần, Thị Hoa", "Lê Văn\nHai dòng", "Phạm\r\nThị Ba",
                " Hoàng Thị Dấu Cách ", "Ngô;Bảy");
        List<ReportRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            rows.add(ReportFixtures.plain(TRAFFIC, "CB-" + i, names.get(i), RatingLevel.HOAN_THANH_TOT));
        }

        List<List<String>> parsed = parsed(bytes(new ReportInput(PERIOD, RULES, rows, List.of())));

        assertThat(parsed.stream().skip(1).map(r -> r.get(1))).containsExactlyElementsOf(names);
        assertThat(parsed.stream().skip(1).map(List::size)).allMatch(size -> size == 11);
    }

    @Test
    void write_diacritics_stayIntactAsUtf8() throws IOException {
        String name = "Đỗ Thị Ngọc Hường Ưng Ỷ";
        byte[] csv = bytes(new ReportInput(PERIOD, RULES,
                List.of(ReportFixtures.plain(TRAFFIC, "CB-1", name, RatingLevel.KHONG_HOAN_THANH)), List.of()));

        assertThat(new String(csv, StandardCharsets.UTF_8)).contains(name, "Không hoàn thành nhiệm vụ");
        assertThat(parsed(csv).get(1).get(1)).isEqualTo(name);
    }

    @Test
    void write_formulaLikeCell_isNeutralised() throws IOException {
        byte[] csv = bytes(new ReportInput(PERIOD, RULES, List.of(ReportFixtures.plain(TRAFFIC, "CB-1",
                "=HYPERLINK(\"http://x\",\"bấm\")", RatingLevel.HOAN_THANH)), List.of()));

        assertThat(parsed(csv).get(1).get(1)).isEqualTo("'=HYPERLINK(\"http://x\",\"bấm\")");
        assertThat(CsvReport.neutralised("+1")).isEqualTo("'+1");
        assertThat(CsvReport.neutralised("@SUM")).isEqualTo("'@SUM");
        assertThat(CsvReport.neutralised("Nguyễn")).isEqualTo("Nguyễn");
    }

    @Test
    void open_rowByRow_sameBytesAsWrite() throws IOException {
        ReportInput input = ReportFixtures.sample();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvReport.Sink sink = CsvReport.open(out)) {
            sink.assessed(input.rows().get(0));
            sink.rejected(input.rejected().get(0));
            for (ReportRow row : input.rows().subList(1, input.rows().size())) {
                sink.assessed(row);
            }
            sink.rejected(input.rejected().get(1));
        }

        assertThat(out.toByteArray()).isEqualTo(bytes(input));
    }

    @Test
    void write_emptyInput_headerOnly() throws IOException {
        assertThat(parsed(bytes(new ReportInput(PERIOD, RULES, List.of(), List.of())))).hasSize(1);
    }
}
