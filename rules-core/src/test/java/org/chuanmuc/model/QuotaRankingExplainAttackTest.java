package org.chuanmuc.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Differential attack on the one-concatenation {@link QuotaRanking#explain}: the 494b8b7 code is the oracle. */
class QuotaRankingExplainAttackTest {

    /** explain as 494b8b7 wrote it. */
    private static String oldExplain(QuotaRanking q, String officerId) {
        String pct = Tasks.vietnameseDecimal(BigDecimal.valueOf(q.percent())) + "%";
        StringBuilder s = new StringBuilder(q.scope()).append(": ").append(q.rankedGood())
                .append(" người Hoàn thành tốt và ").append(q.candidates())
                .append(" người đủ điều kiện Hoàn thành xuất sắc; tối đa ").append(q.cap())
                .append(" người giữ mức (").append(q.cap()).append(" ≤ ").append(pct).append(" × ")
                .append(q.finalGood()).append(" người Hoàn thành tốt sau khi áp hạn mức");
        if (q.cap() < q.candidates()) {
            s.append("; giữ ").append(q.cap() + 1).append(" người thì ").append(q.cap() + 1).append(" > ").append(pct)
                    .append(" × ").append(q.finalGood() - 1);
        }
        s.append("); cán bộ xếp thứ ").append(q.placeOf(officerId)).append(" theo ")
                .append(q.order().stream().map(RankKey::label).collect(Collectors.joining(", ")))
                .append(q.keeps(officerId) ? ": giữ Hoàn thành xuất sắc" : ": vượt hạn mức nên xếp Hoàn thành tốt");
        return s.toString();
    }

    private static String outcome(java.util.function.Supplier<String> f) {
        try {
            return f.get();
        } catch (RuntimeException e) {
            return "threw " + e.getClass().getName() + ": " + e.getMessage();
        }
    }

    @Test
    void explain_manyRankings_sameTextAsTheOldCode() {
        SplittableRandom random = new SplittableRandom(335);
        double[] percents = {20, 12.5, 0, -0.0, 100, 33.333333333333336, 0.1 + 0.2, 1e-7, 1e21, 150, 7,
            Double.NaN, Double.POSITIVE_INFINITY};
        String[] groups = {"", "Điều tra", "Cảnh sát giao thông – Đội 1", "«nhóm»", " "};
        String[] units = {"Phòng Cảnh sát giao thông", "", "Công an xã Ải Nam Quan"};
        List<List<RankKey>> orders = List.of(List.of(), List.of(RankKey.OFFICER_ID),
                QuotaRanking.DEFAULT_ORDER_TO_2025, List.of(RankKey.TOTAL_SCORE, RankKey.COMPLETION,
                        RankKey.QUALITY, RankKey.OFFICER_ID), List.of(RankKey.QUALITY, RankKey.QUALITY));
        int compared = 0;
        for (int i = 0; i < 8_000; i++) {
            int candidates = random.nextInt(0, 12);
            long rankedGood = random.nextInt(0, 40);
            double percent = percents[random.nextInt(percents.length)];
            int cap = switch (i % 3) {
                case 0 -> Double.isFinite(percent) && percent >= 0
                        ? QuotaRanking.capFor(rankedGood, candidates, percent) : 0;
                case 1 -> random.nextInt(0, candidates + 1); // cap < candidates or equal
                default -> random.nextInt(0, 20); // even more than the candidates
            };
            Map<String, Integer> places = new HashMap<>();
            List<String> ids = new ArrayList<>();
            for (int c = 1; c <= candidates; c++) {
                places.put("CB-" + c, c);
                ids.add("CB-" + c);
            }
            ids.add("CB-khác"); // not a candidate of this group
            QuotaRanking q = new QuotaRanking("PC08", units[i % units.length], groups[i % groups.length], rankedGood,
                    candidates, cap, percent, orders.get(i % orders.size()), places);
            for (String id : ids) {
                assertThat(outcome(() -> q.explain(id))).as("%s for %s", q, id).isEqualTo(outcome(() -> oldExplain(q, id)));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(8_000);
    }

    @Test
    void explain_extremeCounts_sameTextAsTheOldCode() {
        for (int cap : new int[] {0, 1, Integer.MAX_VALUE - 1, Integer.MAX_VALUE}) {
            for (int candidates : new int[] {0, 1, Integer.MAX_VALUE}) {
                for (long good : new long[] {0, 1, Long.MAX_VALUE / 2, Long.MAX_VALUE}) {
                    QuotaRanking q = new QuotaRanking("U", "Đơn vị A", "", good, candidates, cap, 20,
                            List.of(RankKey.OFFICER_ID), Map.of("CB-1", 1));
                    assertThat(outcome(() -> q.explain("CB-1"))).isEqualTo(outcome(() -> oldExplain(q, "CB-1")));
                }
            }
        }
    }
}
