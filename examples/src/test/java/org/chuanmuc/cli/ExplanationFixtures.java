package org.chuanmuc.cli;

import java.util.List;
import java.util.Optional;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.Flag;
import org.chuanmuc.assess.Reason;
import org.chuanmuc.assess.ReasonKind;
import org.chuanmuc.assess.RuleSetInfo;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.Track;
import org.chuanmuc.model.Unit;

/** Assessments built by hand for the text outputs, so that their expected text does not move with the rules. */
final class ExplanationFixtures {
    static final Period PERIOD = new Period(2026);
    static final RuleSetInfo RULES = new RuleSetInfo("standard", "2026.11", "ab12cd34ef56".repeat(5) + "abcd");
    static final Unit TRAFFIC = Unit.of("PC08", "Phòng Cảnh sát giao thông");
    static final String SIGN_RULE = "NQ4-MD-2 biểu hiện nghiêm trọng đã xác minh: Không hoàn thành nhiệm vụ";

    private ExplanationFixtures() {
    }

    static Dossier dossier(String id, String name, String group, boolean partyMember) {
        return new Dossier(PERIOD, TRAFFIC, Officer.builder(id, "PC08", Role.STAFF).name(name).group(group)
                .partyMember(partyMember).monthsWorked(12).tasks(40, 40, 40, 38).generalScore(27)
                .sign("NQ4-DD-03", true).build());
    }

    /** The state cap and the party cap one rule gives for a verified sign of a party member. */
    static List<Reason> signOnBothTracks() {
        Reason state = new Reason(SIGN_RULE, "NQ4-DD-03", "Kê khai tài sản không trung thực",
                "Nghị quyết 04-NQ/TW ngày 30/10/2016", "Cấp có thẩm quyền kết luận có biểu hiện (căn cứ: Kết luận 7/KL)",
                ReasonKind.CAP, Optional.of(RatingLevel.KHONG_HOAN_THANH), Track.STATE,
                List.of("Officer(CB-0101)", "SignFinding(NQ4-DD-03, đã xác minh)"));
        return List.of(state, new Reason(state.rule(), state.criterion(), state.label(), state.citation(),
                state.message(), state.kind(), state.cap(), Track.PARTY, state.matched()));
    }

    static Reason score() {
        return new Reason("ND335-DIEM-TOT tổng điểm từ 70 đến dưới 90: Hoàn thành tốt", "ND335-DIEM",
                "Điểm đánh giá theo Nghị định 335/2025/NĐ-CP", "Nghị định 335/2025/NĐ-CP",
                "Tổng 75,9 điểm; cần thêm 14,1 điểm (đạt 90) để lên Hoàn thành xuất sắc", ReasonKind.CAP,
                Optional.of(RatingLevel.HOAN_THANH_TOT), Track.STATE, List.of("Officer(CB-0101)"));
    }

    static Assessment signed(Dossier d) {
        List<Reason> sign = signOnBothTracks();
        return new Assessment(d.officer().id(), "PC08", 2026, RatingLevel.KHONG_HOAN_THANH,
                Optional.of(RatingLevel.KHONG_HOAN_THANH), List.of(sign.get(0), sign.get(1), score()),
                List.of(new Flag("NQ4-MUC-NHE", "Hội đồng cân nhắc mức xếp loại", "NQ4-NHE")), List.of(), RULES);
    }

    static Assessment plain(Dossier d, RatingLevel rating, List<Reason> reasons) {
        return new Assessment(d.officer().id(), "PC08", 2026, rating, Optional.empty(), reasons, List.of(), List.of(),
                RULES);
    }

    static Reason quota(String message) {
        return new Reason("HAN-MUC-XS vượt hạn mức Hoàn thành xuất sắc: hạ xuống Hoàn thành tốt", "HAN-MUC-XS",
                "Tỷ lệ Hoàn thành xuất sắc", "Nghị định 335/2025/NĐ-CP", message, ReasonKind.CAP,
                Optional.of(RatingLevel.HOAN_THANH_TOT), Track.STATE, List.of());
    }
}
