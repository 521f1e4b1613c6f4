package org.chuanmuc.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chuanmuc.cli.report.ReportFixtures.PERIOD;
import static org.chuanmuc.cli.report.ReportFixtures.RULES;
import static org.chuanmuc.cli.report.ReportFixtures.TRAFFIC;
import static org.chuanmuc.cli.report.ReportFixtures.WARD;

import java.util.ArrayList;
import java.util.List;
import org.chuanmuc.model.RatingLevel;
import org.junit.jupiter.api.Test;

class ReportInputTest {

    @Test
    void forEachInInputOrder_rejectedFirstAndLast_interleaves() {
        ReportInput input = new ReportInput(PERIOD, RULES,
                List.of(ReportFixtures.plain(TRAFFIC, "A", "A", RatingLevel.HOAN_THANH),
                        ReportFixtures.plain(TRAFFIC, "B", "B", RatingLevel.HOAN_THANH)),
                List.of(ReportFixtures.rejected(3, "Z", "officers[3].id", "x"),
                        ReportFixtures.rejected(0, "Y", "officers[0].id", "x")));
        List<String> seen = new ArrayList<>();

        input.forEachInInputOrder(row -> seen.add(row.officerId()), r -> seen.add("!" + r.officerId()));

        assertThat(seen).containsExactly("!Y", "A", "B", "!Z");
        assertThat(input.totalRecords()).isEqualTo(4);
    }

    @Test
    void new_rejectedIndexOutsideInput_throws() {
        assertThatThrownBy(() -> new ReportInput(PERIOD, RULES, List.of(),
                List.of(ReportFixtures.rejected(1, "Z", "officers[1].id", "x"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("index 1");
    }

    @Test
    void new_twoRejectedAtSameIndex_throws() {
        assertThatThrownBy(() -> new ReportInput(PERIOD, RULES,
                List.of(ReportFixtures.plain(TRAFFIC, "A", "A", RatingLevel.HOAN_THANH)),
                List.of(ReportFixtures.rejected(0, "Z", "p", "x"), ReportFixtures.rejected(0, "Y", "p", "x"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two rejected");
    }

    @Test
    void rowsByUnit_keepsFirstAppearanceOrder() {
        ReportInput input = new ReportInput(PERIOD, RULES, List.of(
                ReportFixtures.plain(WARD, "A", "A", RatingLevel.HOAN_THANH),
                ReportFixtures.plain(TRAFFIC, "B", "B", RatingLevel.HOAN_THANH),
                ReportFixtures.plain(WARD, "C", "C", RatingLevel.HOAN_THANH)), List.of());

        assertThat(input.rowsByUnit()).containsOnlyKeys("CAP-BN", "PC08");
        assertThat(input.rowsByUnit().keySet()).containsExactly("CAP-BN", "PC08");
        assertThat(input.rowsByUnit().get("CAP-BN")).extracting(ReportRow::officerId).containsExactly("A", "C");
    }

    @Test
    void reportRow_mismatchedAssessment_throws() {
        var d = ReportFixtures.dossier(TRAFFIC, "A", "A", org.chuanmuc.model.Role.STAFF);
        var other = ReportFixtures.dossier(TRAFFIC, "B", "B", org.chuanmuc.model.Role.STAFF);
        var a = ReportFixtures.assessment(other, RatingLevel.HOAN_THANH, java.util.Optional.empty(), List.of(),
                List.of(), List.of());

        assertThatThrownBy(() -> new ReportRow(d, a)).isInstanceOf(IllegalArgumentException.class);
    }
}
