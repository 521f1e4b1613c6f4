package org.chuanmuc.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The shares written in a summary of task counts, as a council reads them beside a reason: never above what the counts
 * give. Expectations are worked out here in integers from "a share rounded down to one decimal", not from
 * {@link Tasks}.
 */
class TasksSummaryShareTest {
    private static final Pattern SHARE = Pattern.compile(
            "hoàn thành (\\d+)/(\\d+) \\(([\\d,]+)%\\), đúng hạn (\\d+)/\\2 \\(([\\d,]+)%\\), đạt chất lượng (\\d+)/\\2"
                    + " \\(([\\d,]+)%\\)");

    @Test
    void almostAll_isNotShownAsAll() {
        // 398 of 400 on time is 99.5%: rounded to a whole percent it read "100%" beside "chưa hoàn thành đúng hạn
        // toàn bộ nhiệm vụ"
        assertThat(new Tasks(400, 400, 398, 399).summary())
                .isEqualTo("hoàn thành 400/400 (100%), đúng hạn 398/400 (99,5%), đạt chất lượng 399/400 (99,7%)");
        assertThat(new Tasks(2_000, 2_000, 1_999, 2_000).summary()).contains("đúng hạn 1999/2000 (99,9%)");
        assertThat(new Tasks(20_000, 20_000, 19_999, 20_000).summary()).contains("đúng hạn 19999/20000 (99,9%)");
    }

    @Test
    void justBelowAThreshold_isShownBelowIt() {
        assertThat(new Tasks(5_000_000_000L, 5_000_000_000L, 3_999_999_999L, 4_000_000_000L).summary())
                .contains("đúng hạn 3999999999/5000000000 (79,9%)", "đạt chất lượng 4000000000/5000000000 (80%)");
        assertThat(new Tasks(1_000, 499, 499, 499).summary()).startsWith("hoàn thành 499/1000 (49,9%)");
        assertThat(new Tasks(3, 2, 1, 2).summary())
                .isEqualTo("hoàn thành 2/3 (66,6%), đúng hạn 1/3 (33,3%), đạt chất lượng 2/3 (66,6%)");
    }

    @Test
    void wholeShares_haveNoDecimal_andNothingAssignedReadsAll() {
        assertThat(new Tasks(40, 38, 30, 20).summary())
                .isEqualTo("hoàn thành 38/40 (95%), đúng hạn 30/40 (75%), đạt chất lượng 20/40 (50%)");
        assertThat(Tasks.NONE.summary()).isEqualTo("hoàn thành 0/0 (100%), đúng hạn 0/0 (100%), đạt chất lượng 0/0 (100%)");
        assertThat(new Tasks(2_000, 1, 0, 1).summary())
                .isEqualTo("hoàn thành 1/2000 (0%), đúng hạn 0/2000 (0%), đạt chất lượng 1/2000 (0%)");
    }

    @Test
    void everyShare_isTheCountsRoundedDownToATenthOfAPercent() {
        SplittableRandom random = new SplittableRandom(20261204);
        for (int n = 0; n < 20_000; n++) {
            everyShareRoundedDown(tasks(random));
        }
    }

    private static void everyShareRoundedDown(Tasks t) {
        Matcher m = SHARE.matcher(t.summary());
        assertThat(m.matches()).as(t.summary()).isTrue();
        long[] parts = {t.completed(), t.onTime(), t.highQuality()};
        String[] shown = {m.group(3), m.group(5), m.group(7)};
        for (int i = 0; i < 3; i++) {
            assertThat(shown[i]).as("no trailing ,0: " + t.summary()).doesNotEndWith(",0");
            // shown tenths s: s/1000 ≤ part/assigned < (s+1)/1000, i.e. s·assigned ≤ 1000·part < (s+1)·assigned
            BigInteger s = tenths(shown[i]);
            BigInteger a = BigInteger.valueOf(t.assigned());
            BigInteger p = BigInteger.valueOf(parts[i]).multiply(BigInteger.valueOf(1000));
            assertThat(s.multiply(a)).as(t.summary()).isLessThanOrEqualTo(p);
            assertThat(s.add(BigInteger.ONE).multiply(a)).as(t.summary()).isGreaterThan(p);
        }
    }

    @Test
    void aShareShownAtAWholeThreshold_isReachedByTheCounts() {
        // whatever a rule's threshold (50%, 80%, 100%…), a summary never shows it reached when the counts do not
        SplittableRandom random = new SplittableRandom(4_12_2026);
        for (int n = 0; n < 20_000; n++) {
            wholeThresholdReached(tasks(random));
        }
    }

    private static void wholeThresholdReached(Tasks t) {
        Matcher m = SHARE.matcher(t.summary());
        assertThat(m.matches()).isTrue();
        long[] parts = {t.completed(), t.onTime(), t.highQuality()};
        String[] shown = {m.group(3), m.group(5), m.group(7)};
        for (int i = 0; i < 3; i++) {
            if (!shown[i].contains(",")) {
                long percent = Long.parseLong(shown[i]);
                assertThat(BigInteger.valueOf(parts[i]).multiply(BigInteger.valueOf(100)))
                        .as(t.summary()).isGreaterThanOrEqualTo(
                                BigInteger.valueOf(percent).multiply(BigInteger.valueOf(t.assigned())));
            }
        }
    }

    private static BigInteger tenths(String shown) {
        String[] parts = shown.split(",");
        return new BigInteger(parts[0]).multiply(BigInteger.TEN)
                .add(parts.length > 1 ? new BigInteger(parts[1]) : BigInteger.ZERO);
    }

    /** Small counts (every boundary of a few tasks), a dossier's ints, and a unit's sums past an int. */
    private static Tasks tasks(SplittableRandom random) {
        long assigned = switch (random.nextInt(3)) {
            case 0 -> random.nextLong(1, 2_001);
            case 1 -> random.nextLong(1, Integer.MAX_VALUE + 1L);
            default -> random.nextLong(1, Long.MAX_VALUE / 2);
        };
        long completed = nearTop(random, assigned);
        return new Tasks(assigned, completed, nearTop(random, completed), nearTop(random, completed));
    }

    /** A count from 0 to max, half of the time one of the four next to max (the 99.9…% a rounding turned to 100). */
    private static long nearTop(SplittableRandom random, long max) {
        return random.nextBoolean() ? Math.max(0, max - random.nextInt(4)) : random.nextLong(0, max + 1);
    }
}
