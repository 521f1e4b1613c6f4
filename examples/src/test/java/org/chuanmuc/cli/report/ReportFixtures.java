package org.chuanmuc.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.Flag;
import org.chuanmuc.assess.Reason;
import org.chuanmuc.assess.ReasonKind;
import org.chuanmuc.assess.RuleSetInfo;
import org.chuanmuc.assess.RuleSource;
import org.chuanmuc.io.FieldError;
import org.chuanmuc.io.RejectedOfficer;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.Track;
import org.chuanmuc.model.Unit;

/** Readable test data for the report writers. */
final class ReportFixtures {
    static final Period PERIOD = new Period(2025);
    static final RuleSetInfo RULES = new RuleSetInfo("standard", "1.0.0",
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    static final Unit TRAFFIC = new Unit("PC08", "Phòng Cảnh sát giao thông", Optional.of(RatingLevel.HOAN_THANH_TOT),
            false);
    static final Unit WARD = new Unit("CAP-BN", "Công an phường Bến Nghé", Optional.empty(), true);

    /** A small inline rule set: enough rules to give every kind of reason, flag and warning. */
    static final String DRL = """
            package org.chuanmuc.test;
            import org.chuanmuc.model.*;

            rule "NQ4-DD-03 đã xác minh: không quá Hoàn thành nhiệm vụ"
            when
                $o : Officer()
                SignFinding(code == "NQ4-DD-03", verified) from $o.signs
            then
                insert(RatingCap.state($o.id(), RatingLevel.HOAN_THANH, "NQ4-DD-03", "Nghị quyết 04-NQ/TW",
                        "Có biểu hiện kê khai tài sản không trung thực, đã được kết luận"));
            end

            rule "ND90-TOT: chưa đúng hạn mọi nhiệm vụ"
            when
                $o : Officer(tasks.onTime < tasks.assigned)
            then
                insert(RatingCap.state($o.id(), RatingLevel.HOAN_THANH_TOT, "ND90-TOT",
                        "Nghị định 90/2020/NĐ-CP", "Chưa hoàn thành đúng hạn mọi nhiệm vụ"));
            end

            rule "CANH-BAO-DUOI-6-THANG: làm việc dưới 6 tháng"
            when
                $o : Officer(monthsWorked < 6)
            then
                insert(new ReviewFlag($o.id(), "DUOI-6-THANG", "Làm việc dưới 6 tháng trong năm"));
            end

            rule "DU-LIEU-KHONG-NHIEM-VU: không có nhiệm vụ"
            when
                $o : Officer(tasks.assigned == 0)
            then
                insert(new Warning($o.id(), "KHONG-NHIEM-VU", "Hồ sơ không ghi nhiệm vụ nào"));
            end

            rule "HAN-MUC-XS: chỉ một Hoàn thành xuất sắc mỗi đơn vị"
                agenda-group "han-muc"
            when
                $p : ProposedRating(level == RatingLevel.HOAN_THANH_XUAT_SAC, $u : unitId)
                exists ProposedRating(unitId == $u, level == RatingLevel.HOAN_THANH_XUAT_SAC, this != $p,
                        ranksAbove($p))
            then
                insert(RatingCap.state($p.officerId(), RatingLevel.HOAN_THANH_TOT, "HAN-MUC-XS",
                        "Nghị định 48/2023/NĐ-CP", "Vượt hạn mức tỷ lệ Hoàn thành xuất sắc của đơn vị"));
            end
            """;

    private ReportFixtures() {
    }

    static Assessor assessor() {
        return Assessor.builder().rules(RuleSource.drl("bao-cao-thu.drl", DRL)).name("thu").version("1").build();
    }

    static Dossier dossier(Unit unit, String id, String name, Role role) {
        return new Dossier(PERIOD, unit, Officer.builder(id, unit.id(), role).name(name)
                .tasks(40, 40, 40, 38).build());
    }

    static Reason cap(String criterion, RatingLevel max, String message) {
        return new Reason(criterion + " quy tắc", criterion, "Nhãn " + criterion, "Nghị quyết 04-NQ/TW", message,
                ReasonKind.CAP, Optional.of(max), Track.STATE, List.of());
    }

    static Assessment assessment(Dossier d, RatingLevel rating, Optional<RatingLevel> party, List<Reason> reasons,
                                 List<Flag> flags, List<Flag> warnings) {
        return new Assessment(d.officer().id(), d.unit().id(), PERIOD.year(), rating, party, reasons, flags,
                warnings, RULES);
    }

    static ReportRow plain(Unit unit, String id, String name, RatingLevel rating) {
        Dossier d = dossier(unit, id, name, Role.STAFF);
        return new ReportRow(d, assessment(d, rating, Optional.empty(), List.of(), List.of(), List.of()));
    }

    static final Unit CRIMINAL = new Unit("PC02", "Phòng Cảnh sát hình sự", Optional.empty(), false);
    static final String QUOTA_MESSAGE = "Nhóm có 2 người Hoàn thành tốt và 5 người đạt chuẩn xuất sắc";

    /** A cap on the state rating and the same cap, from the same rule and fact, on the party rating. */
    static List<Reason> onBothTracks(String criterion, RatingLevel max, String message) {
        Reason state = new Reason(criterion + " quy tắc", criterion, "Nhãn " + criterion, "Nghị quyết 04-NQ/TW",
                message, ReasonKind.CAP, Optional.of(max), Track.STATE, List.of("SignFinding(" + criterion + ")"));
        return List.of(state, new Reason(state.rule(), criterion, state.label(), state.citation(), message,
                ReasonKind.CAP, Optional.of(max), Track.PARTY, state.matched()));
    }

    static ReportRow grouped(Unit unit, String id, String name, Role role, String group, RatingLevel rating,
                             List<Reason> reasons) {
        Dossier d = new Dossier(PERIOD, unit, Officer.builder(id, unit.id(), role).name(name).group(group)
                .tasks(40, 40, 40, 38).build());
        Optional<RatingLevel> party = reasons.stream().filter(r -> r.track() == Track.PARTY)
                .map(r -> r.cap().orElseThrow()).findFirst();
        return new ReportRow(d, assessment(d, rating, party, reasons, List.of(), List.of()));
    }

    /**
     * PC02 split into groups: "Điều tra" (1 keeps xuất sắc, 4 moved down by the quota, 2 tốt, 1 hoàn thành),
     * "Hành chính, tổng hợp" (1 xuất sắc within the quota, 5 tốt), "Lãnh đạo" (a head with a verified sign
     * that caps both ratings, a deputy rated tốt) and one officer without a group; then the outstanding
     * ward CAP-BN, one group, where 2 keep xuất sắc beside 1 tốt.
     */
    static ReportInput groupedUnits() {
        List<ReportRow> rows = new ArrayList<>();
        rows.add(grouped(CRIMINAL, "HS-01", "Võ Minh Khang", Role.HEAD, "Lãnh đạo", RatingLevel.KHONG_HOAN_THANH,
                onBothTracks("NQ4-DD-03", RatingLevel.KHONG_HOAN_THANH, "Kê khai tài sản không trung thực")));
        rows.add(grouped(CRIMINAL, "HS-02", "Lý Thị Hạnh", Role.DEPUTY_HEAD, "Lãnh đạo", RatingLevel.HOAN_THANH_TOT,
                List.of()));
        rows.add(grouped(CRIMINAL, "HS-03", "Đinh Công Bằng", Role.STAFF, "Điều tra", RatingLevel.HOAN_THANH_XUAT_SAC,
                List.of()));
        for (int i = 4; i <= 7; i++) {
            rows.add(grouped(CRIMINAL, "HS-0" + i, "Điều tra viên " + i, Role.STAFF, "Điều tra",
                    RatingLevel.HOAN_THANH_TOT, List.of(cap("HAN-MUC-XS", RatingLevel.HOAN_THANH_TOT,
                            QUOTA_MESSAGE + "; xếp thứ " + (i - 2)))));
        }
        rows.add(grouped(CRIMINAL, "HS-08", "Tạ Văn Tám", Role.STAFF, "Điều tra", RatingLevel.HOAN_THANH_TOT,
                List.of()));
        rows.add(grouped(CRIMINAL, "HS-09", "Mai Thị Chín", Role.STAFF, "Điều tra", RatingLevel.HOAN_THANH_TOT,
                List.of()));
        rows.add(grouped(CRIMINAL, "HS-10", "Kiều Văn Mười", Role.STAFF, "Điều tra", RatingLevel.HOAN_THANH,
                List.of()));
        rows.add(grouped(CRIMINAL, "HS-11", "Quách Thị Thu", Role.STAFF, "Hành chính, tổng hợp",
                RatingLevel.HOAN_THANH_XUAT_SAC, List.of()));
        for (int i = 12; i <= 16; i++) {
            rows.add(grouped(CRIMINAL, "HS-" + i, "Văn thư " + i, Role.STAFF, "Hành chính, tổng hợp",
                    RatingLevel.HOAN_THANH_TOT, List.of()));
        }
        rows.add(grouped(CRIMINAL, "HS-17", "Lương Văn Lẻ", Role.STAFF, null, RatingLevel.HOAN_THANH_TOT, List.of()));
        rows.add(grouped(WARD, "BN-01", "Phạm Thị Hương", Role.HEAD, null, RatingLevel.HOAN_THANH_XUAT_SAC, List.of()));
        rows.add(grouped(WARD, "BN-02", "Đặng Quốc Việt", Role.STAFF, null, RatingLevel.HOAN_THANH_XUAT_SAC,
                List.of()));
        rows.add(grouped(WARD, "BN-03", "Hà Thị Ba", Role.STAFF, null, RatingLevel.HOAN_THANH_TOT, List.of()));
        return new ReportInput(PERIOD, RULES, rows, List.of());
    }

    static RejectedOfficer rejected(int index, String id, String... pathsAndMessages) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < pathsAndMessages.length; i += 2) {
            errors.add(new FieldError(pathsAndMessages[i], pathsAndMessages[i + 1]));
        }
        return new RejectedOfficer(index, id, errors);
    }

    /**
     * Two units, five assessed officers (one lowered by the quota, one with a sign, a flag and a warning),
     * two rejected records at input positions 1 and 6.
     */
    static ReportInput sample() {
        Dossier head = dossier(TRAFFIC, "CB-0001", "Nguyễn Văn Hùng", Role.HEAD);
        Dossier deputy = dossier(TRAFFIC, "CB-0003", "Trần Thị Ngọc Ánh", Role.DEPUTY_HEAD);
        Dossier staff = dossier(TRAFFIC, "CB-0004", "Lê Đức Thắng", Role.STAFF);
        Dossier ward1 = dossier(WARD, "CB-0005", "Phạm Thị Hương", Role.HEAD);
        Dossier ward2 = dossier(WARD, "CB-0008", "Đặng Quốc Việt", Role.STAFF);
        List<ReportRow> rows = List.of(
                new ReportRow(head, assessment(head, RatingLevel.HOAN_THANH_XUAT_SAC,
                        Optional.of(RatingLevel.HOAN_THANH_XUAT_SAC), List.of(), List.of(), List.of())),
                new ReportRow(deputy, assessment(deputy, RatingLevel.HOAN_THANH_TOT, Optional.empty(),
                        List.of(cap("HAN-MUC-XS", RatingLevel.HOAN_THANH_TOT,
                                "Vượt hạn mức tỷ lệ Hoàn thành xuất sắc của đơn vị")), List.of(), List.of())),
                new ReportRow(staff, assessment(staff, RatingLevel.HOAN_THANH,
                        Optional.of(RatingLevel.KHONG_HOAN_THANH),
                        List.of(cap("NQ4-DD-03", RatingLevel.HOAN_THANH,
                                "Có biểu hiện kê khai tài sản không trung thực")),
                        List.of(new Flag("CANH_BAO_SOM", "Có 3 phản ánh đã xác minh", "CANH-BAO")),
                        List.of(new Flag("LICH_SU", "Năm 2026 trong lịch sử", "DU-LIEU")))),
                new ReportRow(ward1, assessment(ward1, RatingLevel.HOAN_THANH_XUAT_SAC, Optional.empty(),
                        List.of(), List.of(), List.of())),
                new ReportRow(ward2, assessment(ward2, RatingLevel.KHONG_HOAN_THANH, Optional.empty(),
                        List.of(cap("ND90-KHT-B", RatingLevel.KHONG_HOAN_THANH, "Dưới 50% nhiệm vụ")),
                        List.of(), List.of())));
        List<RejectedOfficer> rejected = List.of(
                rejected(6, "", "officers[6].id", "thiếu mã cán bộ (id is required)"),
                rejected(1, "CB-0002", "officers[1].tasks.completed", "phải ≤ assigned",
                        "officers[1].unitId", "không có đơn vị PC99 (unknown unit)"));
        return new ReportInput(PERIOD, RULES, rows, rejected);
    }
}
