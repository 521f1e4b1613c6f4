package org.chuanmuc.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.AssessmentReport;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.Unit;
import org.junit.jupiter.api.Test;

/**
 * Task counts as large as a dossier may hold (each up to 2^31 − 1). A unit's sums go past what an int holds, and
 * must neither fail the unit nor wrap around.
 */
class LargeCountsTest {
    private static final int TWO_BILLION = 2_000_000_000;

    @Test
    void unitWhoseTasksAddUpPastTwoBillion_isAssessed_andItsShareIsExact() {
        // 1.9 of 4 billion tasks (47.5%): under the 50% of NĐ 90/2020 Điều 11 khoản 2 điểm c. The unit's sums were
        // ints, and the whole unit failed with "integer overflow".
        Unit unit = Unit.of("PC08", "Phòng Cảnh sát giao thông");
        List<Dossier> below = List.of(
                new Dossier(new Period(2025), unit, officer("TP-1", Role.HEAD, TWO_BILLION, 0)),
                new Dossier(new Period(2025), unit, officer("CB-1", Role.STAFF, TWO_BILLION, 1_900_000_000)));

        AssessmentReport report = Dossiers.standard().assessAll(below);

        assertThat(report.assessments()).hasSize(2);
        Assessment head = report.assessments().get(0);
        assertThat(head.rating()).isEqualTo(RatingLevel.KHONG_HOAN_THANH);
        assertThat(head.reasons()).filteredOn(r -> r.criterion().equals("LD-C")).singleElement()
                .satisfies(r -> assertThat(r.message()).endsWith("hoàn thành 1900000000/4000000000 nhiệm vụ được giao, dưới 50%"));

        // 2,000,000,001 of 4,000,000,000 is above half: no cap for the leader's unit
        List<Dossier> above = List.of(
                new Dossier(new Period(2025), unit, officer("TP-1", Role.HEAD, TWO_BILLION, 1)),
                new Dossier(new Period(2025), unit, officer("CB-1", Role.STAFF, TWO_BILLION, TWO_BILLION)));
        Assessment headAbove = Dossiers.standard().assessAll(above).assessments().get(0);
        assertThat(headAbove.reasons()).noneMatch(r -> r.criterion().equals("LD-C"));
    }

    @Test
    void taskPointsOfAnOfficerWithTwoBillionTasks_areNotWrappedAround() {
        // NĐ 335/2025 (from 2026): every task completed, on time and at quality gives all 70 task points. The three
        // counts were added as ints (6 billion wraps to 1.7 billion): 19.9 points, and the officer fell to Không
        // hoàn thành nhiệm vụ with 47.9 of 100.
        Unit outstanding = new Unit("PC08", "Phòng Cảnh sát giao thông", Optional.empty(), true);
        Officer officer = Officer.builder("CB-1", "PC08", Role.STAFF).name("Nguyễn Văn An").monthsWorked(12)
                .tasks(TWO_BILLION, TWO_BILLION, TWO_BILLION, TWO_BILLION).generalScore(28).build();

        Assessment a = Dossiers.standard().assess(new Dossier(new Period(2026), outstanding, officer));

        assertThat(a.rating()).isEqualTo(RatingLevel.HOAN_THANH_XUAT_SAC);
    }

    private static Officer officer(String id, Role role, int assigned, int completed) {
        return Officer.builder(id, "PC08", role).name("Trần Thị " + id).monthsWorked(12)
                .tasks(assigned, completed, completed, completed).generalScore(28).build();
    }
}
