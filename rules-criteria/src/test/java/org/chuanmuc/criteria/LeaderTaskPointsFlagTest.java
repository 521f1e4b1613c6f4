package org.chuanmuc.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.AssessmentReport;
import org.chuanmuc.assess.Flag;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.Role;
import org.junit.jupiter.api.Test;

/**
 * From 2026 the task points of a leader or manager also count the unit's results (100% when every civil servant under
 * them is rated hoàn thành or above, 50% when one is not), the ability to organise the unit's tasks and its unity
 * (Nghị định 335/2025/NĐ-CP, Điều 15, 16, as reported by laodong.vn and public implementations). The dossier carries
 * neither of the last two: when it gives no task points, the library computes a leader's points from their own tasks,
 * as for staff, and the flag {@code ND335-LD} asks the council to confirm the points, naming how many of the unit are
 * proposed không hoàn thành.
 */
class LeaderTaskPointsFlagTest {

    @Test
    void head2026_withoutTaskPoints_unitWithAnOfficerAtKhongHoanThanh_isFlaggedWithTheHalfUnitCriterion() {
        Officer head = Dossiers.head("LD-1").generalScore(25).build();
        Officer slow = Dossiers.staff("CB-KHT").tasks(40, 10, 10, 10).generalScore(10).build(); // 17.5 + 10 < 50

        List<Assessment> results = assess(2026, head, Dossiers.staff("CB-1").build(), slow);

        assertThat(results.get(2).rating().name()).isEqualTo("KHONG_HOAN_THANH");
        assertThat(flag(results.get(0))).contains("đơn vị có 1 người được đề xuất Không hoàn thành nhiệm vụ, nên tiêu chí"
                + " kết quả của đơn vị chỉ được 50%", "Nghị định 335/2025/NĐ-CP, Điều 15, 16",
                "hội đồng xác nhận điểm và mức xếp loại");
    }

    @Test
    void deputy2026_withoutTaskPoints_unitAllAtHoanThanhOrAbove_isFlaggedWithoutTheHalf() {
        Officer deputy = Officer.builder("LD-2", Dossiers.UNIT, Role.DEPUTY_HEAD).name("Phạm Văn Phó").monthsWorked(12)
                .tasks(40, 40, 40, 40).generalScore(28).build();

        List<Assessment> results = assess(2026, deputy, Dossiers.staff("CB-1").build());

        assertThat(flag(results.get(0))).contains("hồ sơ không ghi điểm nhiệm vụ nên điểm ở đây chỉ tính từ số việc của"
                + " bản thân: hội đồng xác nhận").doesNotContain("người được đề xuất Không hoàn thành", "chỉ được 50%");
    }

    @Test
    void stops_atGivenTaskPoints_atStaff_andUpTo2025() {
        Officer headWithPoints = Dossiers.head("LD-1").scores(28, 60).build();
        assertThat(codes(assess(2026, headWithPoints, Dossiers.staff("CB-1").build()).get(0))).doesNotContain("ND335-LD");

        List<Assessment> staffOnly = assess(2026, Dossiers.staff("CB-1").build(), Dossiers.staff("CB-2").build());
        assertThat(staffOnly).allSatisfy(a -> assertThat(codes(a)).doesNotContain("ND335-LD"));

        Officer head2025 = Dossiers.head("LD-1").build();
        assertThat(codes(assess(2025, head2025, Dossiers.staff("CB-1").build()).get(0))).doesNotContain("ND335-LD");
    }

    private static List<Assessment> assess(int year, Officer... officers) {
        AssessmentReport report = Dossiers.standard().assessAll(Dossiers.all(year, Dossiers.unit(), officers));
        return report.assessments();
    }

    private static String flag(Assessment a) {
        return a.reviewFlags().stream().filter(f -> f.code().equals("ND335-LD")).map(Flag::message).findFirst()
                .orElseThrow(() -> new AssertionError("no ND335-LD flag on " + a.officerId() + ": " + a.reviewFlags()));
    }

    private static List<String> codes(Assessment a) {
        return a.reviewFlags().stream().map(Flag::code).toList();
    }
}
