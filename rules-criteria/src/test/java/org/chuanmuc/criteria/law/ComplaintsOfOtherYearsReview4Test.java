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
 * Hostile legal review 4: verified citizen complaints are counted "in the year" (the project's rule, spec rating.md
 * "Style criteria, 4 biết, citizen feedback": "Verified citizen complaints about conduct (BIET-*, PC-NV-*): ≥ 3 in the
 * year → early-warning review flag; ≥ 5 → cap HOAN_THANH"; README legal table: "verified conduct complaints: 3 → early
 * warning, 5 → at most hoàn thành"; the rules' own reason reads "Số phản ánh đã xác minh về thái độ, ứng xử trong
 * năm: N"). A dossier carries each complaint's date ({@code citizenFeedback[].date}, required), as it carries the
 * dates of signs and disciplines, which the rules count only in the assessment year (a discipline of another year is
 * "không tính vào năm đánh giá", KL-NAM-TRUOC).
 *
 * <p>Property: an officer who meets every condition of the top level and whose verified conduct complaints dated in
 * the assessment year number fewer than 3 gets neither the early warning nor the cap, however many complaints of
 * other years the dossier lists. Expected ratings are worked out from the decrees (NĐ 90/2020 Điều 8–9 up to 2025:
 * every task completed on time and at quality; NĐ 335/2025 Điều 20 khoản 1 from 2026: 93 points ≥ 90), in an
 * outstanding unit so that the quota on xuất sắc plays no part.
 */
class ComplaintsOfOtherYearsReview4Test {
    private static final long SEED = 4_2026_1204L;
    private static final String[] CONDUCT = {"BIET-01", "BIET-02", "BIET-03", "BIET-04", "PC-NV-01", "PC-NV-02",
            "PC-NV-03", "PC-NV-04"};


    @Test
    void complaintsDatedInOtherYears_neitherWarnNorCap() {
        SplittableRandom r = new SplittableRandom(SEED);
        List<String> broken = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int year = 2024 + r.nextInt(4);
            int inYear = r.nextInt(3); // 0–2: below the early-warning count of 3
            int otherYears = 5 + r.nextInt(6); // 5–10: enough for the cap if they were counted
            StringBuilder feedback = new StringBuilder();
            for (int k = 0; k < inYear + otherYears; k++) {
                int y = k < inYear ? year : year + (r.nextBoolean() ? -1 - r.nextInt(3) : 1);
                if (k > 0) {
                    feedback.append(',');
                }
                feedback.append("{\"date\":\"").append(y).append(String.format("-%02d-%02d", 1 + r.nextInt(12),
                        1 + r.nextInt(28))).append("\",\"kind\":\"COMPLAINT\",\"criterion\":\"")
                        .append(CONDUCT[r.nextInt(CONDUCT.length)]).append("\",\"verified\":true}");
            }
            Assessment a = TopLevelStaff.assess(TopLevelStaff.json(year, "citizenFeedback", feedback));
            List<String> wrong = new ArrayList<>();
            if (a.rating() != RatingLevel.HOAN_THANH_XUAT_SAC) {
                wrong.add("rated " + a.rating() + " by " + a.reasons().stream().filter(x -> x.kind() == ReasonKind.CAP)
                        .map(x -> x.criterion() + ": " + x.message()).toList());
            }
            a.warnings().stream().filter(w -> w.code().equals("CANH-BAO-SOM"))
                    .forEach(w -> wrong.add("early warning: " + w.message()));
            if (!wrong.isEmpty()) {
                broken.add(year + ": " + inYear + " verified complaint(s) dated " + year + " and " + otherYears
                        + " dated in other years → expected HOAN_THANH_XUAT_SAC without early warning, but " + wrong);
            }
        }
        assertThat(broken.size() <= 5 ? broken : broken.subList(0, 5))
                .as("complaints are counted in the assessment year only (rating.md: \"≥ 3 in the year\", \"≥ 5\";"
                        + " %d of 40 dossiers broken)", broken.size())
                .isEmpty();
    }
}
