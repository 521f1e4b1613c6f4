package org.chuanmuc.criteria.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.ReasonKind;
import org.chuanmuc.model.RatingLevel;
import org.junit.jupiter.api.Test;

/**
 * Hostile legal review 4: the cap for style criteria counts criteria, not evaluation records. rating.md ("Style
 * criteria"): "A style evaluation with met: false on any PC-* criterion: reason recorded; 2 or more unmet → cap
 * HOAN_THANH"; README: "style criteria: 2 unmet → at most hoàn thành"; the rule's own reason reads "Số tiêu chí phong
 * cách, Sáu điều không đạt: N" (the number of CRITERIA not met). The reader accepts a criterion evaluated more than
 * once (e.g. per quarter, or by two evaluators): that is still one criterion not met.
 *
 * <p>Property: an officer who meets every condition of the top level and fails exactly ONE style criterion, whatever
 * the number of records saying so, is not capped by PC-NHIEU; in an outstanding unit (no quota) they stay
 * HOAN_THANH_XUAT_SAC (NĐ 90/2020 Điều 8–9 up to 2025: every task on time and at quality; NĐ 335/2025 Điều 20
 * khoản 1 from 2026: 93 points), and no reason states that 2 or more criteria were not met.
 */
class StyleCriterionTwiceReview4Test {
    private static final String[] CRITERIA = {"PC-CT-01", "PC-CT-02", "PC-CT-03", "PC-NV-01", "PC-NV-04", "SD-01",
            "SD-06"};


    @Test
    void oneCriterionNotMet_recordedSeveralTimes_isOneCriterion() {
        SplittableRandom r = new SplittableRandom(4_2026_1205L);
        List<String> broken = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            int year = 2024 + r.nextInt(4);
            String criterion = CRITERIA[r.nextInt(CRITERIA.length)];
            int records = 2 + r.nextInt(3);
            StringBuilder styles = new StringBuilder();
            for (int k = 0; k < records; k++) {
                styles.append(k == 0 ? "" : ",").append("{\"criterion\":\"").append(criterion).append("\",\"met\":false}");
            }
            Assessment a = TopLevelStaff.assess(TopLevelStaff.json(year, "styleEvaluations", styles));
            if (a.rating() != RatingLevel.HOAN_THANH_XUAT_SAC) {
                broken.add(year + ": " + criterion + " not met, in " + records + " records → expected"
                        + " HOAN_THANH_XUAT_SAC (one criterion < 2), but " + a.rating() + " by " + a.reasons().stream()
                        .filter(x -> x.kind() == ReasonKind.CAP).map(x -> x.criterion() + ": " + x.message()).toList());
            }
        }
        assertThat(broken.size() <= 5 ? broken : broken.subList(0, 5))
                .as("PC-NHIEU counts criteria not met (rating.md: \"2 or more unmet\"); %d of 30 broken", broken.size())
                .isEmpty();
    }
}
