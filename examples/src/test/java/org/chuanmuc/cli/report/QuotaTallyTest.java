package org.chuanmuc.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chuanmuc.cli.report.ReportFixtures.CRIMINAL;
import static org.chuanmuc.cli.report.ReportFixtures.TRAFFIC;
import static org.chuanmuc.cli.report.ReportFixtures.WARD;

import java.util.List;
import java.util.Optional;
import org.chuanmuc.assess.Flag;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Role;
import org.junit.jupiter.api.Test;

class QuotaTallyTest {

    @Test
    void quotaGroups_countPerUnitAndGroupInOrderOfAppearance() {
        List<QuotaGroup> groups = ReportFixtures.groupedUnits().quotaGroups();

        assertThat(groups).containsExactly(
                new QuotaGroup(CRIMINAL, Optional.of("Lãnh đạo"), true, 2, 1, 0, 0),
                new QuotaGroup(CRIMINAL, Optional.of("Điều tra"), true, 8, 6, 1, 4),
                new QuotaGroup(CRIMINAL, Optional.of("Hành chính, tổng hợp"), true, 6, 5, 1, 0),
                new QuotaGroup(CRIMINAL, Optional.empty(), true, 1, 1, 0, 0),
                new QuotaGroup(WARD, Optional.empty(), false, 3, 1, 2, 0));
    }

    @Test
    void quotaGroup_derivedNumbers() {
        List<QuotaGroup> groups = ReportFixtures.groupedUnits().quotaGroups();
        QuotaGroup investigation = groups.get(1);
        QuotaGroup administration = groups.get(2);

        assertThat(investigation.candidates()).isEqualTo(5);
        assertThat(investigation.goodOnOwnMerits()).isEqualTo(2);
        assertThat(investigation.cap()).as("the quota bit: the cap is who kept the level").contains(1);
        assertThat(administration.cap()).as("nobody moved down: the cap is not shown by the ratings").isEmpty();
        assertThat(groups.get(4).lifted()).isTrue();
        assertThat(groups).extracting(QuotaGroup::label).containsExactly("Lãnh đạo", "Điều tra",
                "Hành chính, tổng hợp", "Không ghi nhóm", "Cả đơn vị");
    }

    @Test
    void describe_everyCase_givesTheNumbersInVietnamese() {
        List<QuotaGroup> groups = ReportFixtures.groupedUnits().quotaGroups();

        assertThat(groups).extracting(QuotaGroup::describe).containsExactly(
                "PC02 — Lãnh đạo: 0 người đạt chuẩn xuất sắc, giữ 0, không ai bị hạ (chưa vượt hạn mức); "
                        + "1 người Hoàn thành tốt sau hạn mức; số xuất sắc bằng 0% số Hoàn thành tốt",
                "PC02 — Điều tra: 5 người đạt chuẩn xuất sắc, giữ 1, hạ 4 xuống Hoàn thành tốt (hạn mức 1 người); "
                        + "6 người Hoàn thành tốt sau hạn mức; số xuất sắc bằng 16,7% số Hoàn thành tốt",
                "PC02 — Hành chính, tổng hợp: 1 người đạt chuẩn xuất sắc, giữ 1, không ai bị hạ (chưa vượt hạn mức); "
                        + "5 người Hoàn thành tốt sau hạn mức; số xuất sắc bằng 20% số Hoàn thành tốt",
                "PC02 — Không ghi nhóm: 0 người đạt chuẩn xuất sắc, giữ 0, không ai bị hạ (chưa vượt hạn mức); "
                        + "1 người Hoàn thành tốt sau hạn mức; số xuất sắc bằng 0% số Hoàn thành tốt",
                "CAP-BN — Cả đơn vị: 2 người đạt chuẩn xuất sắc, giữ 2 (đơn vị có thành tích xuất sắc: không áp "
                        + "dụng hạn mức); 1 người Hoàn thành tốt sau hạn mức; số xuất sắc bằng 200% số Hoàn thành tốt");
    }

    @Test
    void add_officerNotRatedThisYear_countsAmongTheOfficersOnly() {
        // an officer with fewer than 6 months keeps a proposal for information; the rules leave them out of the quota
        QuotaTally tally = new QuotaTally();
        ReportRow kept = ReportFixtures.plain(TRAFFIC, "CB-1", "Lê Văn Một", RatingLevel.HOAN_THANH_TOT);
        var d = ReportFixtures.dossier(TRAFFIC, "CB-2", "Lê Văn Hai", Role.STAFF);
        var notRated = ReportFixtures.assessment(d, RatingLevel.HOAN_THANH_XUAT_SAC, Optional.empty(),
                List.of(), List.of(new Flag("KHONG-XEP-LOAI", "Công tác 4 tháng", "TG-6T")), List.of());
        tally.add(kept.dossier(), kept.assessment());
        tally.add(d, notRated);

        assertThat(notRated.notRated()).isTrue();
        assertThat(kept.assessment().notRated()).isFalse();
        assertThat(tally.groups()).containsExactly(new QuotaGroup(TRAFFIC, Optional.empty(), false, 2, 1, 0, 0));
    }

    @Test
    void describe_noOneRatedGood_leavesTheShareOut() {
        QuotaGroup alone = new QuotaGroup(TRAFFIC, Optional.of("Điều tra"), true, 1, 0, 1, 0);

        assertThat(alone.describe()).isEqualTo("PC08 — Điều tra: 1 người đạt chuẩn xuất sắc, giữ 1, không ai bị hạ "
                + "(chưa vượt hạn mức); 0 người Hoàn thành tốt sau hạn mức");
        assertThat(ReportText.quotaShare(alone)).isEqualTo("—");
    }

    @Test
    void percent_roundsHalfUpToOneDecimalWithAComma() {
        assertThat(ReportText.percent(1, 6)).isEqualTo("16,7%");
        assertThat(ReportText.percent(2, 11)).isEqualTo("18,2%");
        assertThat(ReportText.percent(1, 5)).isEqualTo("20%");
        assertThat(ReportText.percent(1, 8)).isEqualTo("12,5%");
        assertThat(ReportText.percent(0, 3)).isEqualTo("0%");
    }

    @Test
    void new_moreMovedDownThanRatedGood_throws() {
        assertThatThrownBy(() -> new QuotaGroup(TRAFFIC, Optional.empty(), false, 3, 1, 0, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lowered 2");
    }
}
