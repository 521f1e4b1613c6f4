package org.chuanmuc.cli.generate;

import java.util.Random;
import org.chuanmuc.model.RatingLevel;

/**
 * How well a generated officer did the year's tasks. Each profile aims at one rating level under both
 * regimes of rating.md, before signs, disciplines and style criteria lower it:
 *
 * <ul>
 *   <li>{@link #EXCELLENT}: everything completed and on time, at least 85 % at high quality, 27–30 general
 *       points: Hoàn thành xuất sắc (score ≥ 90 from 2026);
 *   <li>{@link #GOOD}: everything completed, 80 %–99 % on time and ≥ 80 % at quality, 21–28 points:
 *       Hoàn thành tốt (70–90; the best of them reach 90);
 *   <li>{@link #ADEQUATE}: 60 %–95 % completed, half or more of that on time and at quality, 14–22 points:
 *       Hoàn thành (50–70, some above or below);
 *   <li>{@link #POOR}: under half completed, 5–15 points: Không hoàn thành.
 * </ul>
 */
enum TaskProfile {
    EXCELLENT(RatingLevel.HOAN_THANH_XUAT_SAC, 270, 300),
    GOOD(RatingLevel.HOAN_THANH_TOT, 210, 280),
    ADEQUATE(RatingLevel.HOAN_THANH, 140, 220),
    POOR(RatingLevel.KHONG_HOAN_THANH, 50, 150);

    private final RatingLevel aim;
    private final int minGeneralTenths;
    private final int maxGeneralTenths;

    TaskProfile(RatingLevel aim, int minGeneralTenths, int maxGeneralTenths) {
        this.aim = aim;
        this.minGeneralTenths = minGeneralTenths;
        this.maxGeneralTenths = maxGeneralTenths;
    }

    /** @return the level this profile aims at before any other criterion */
    RatingLevel aim() {
        return aim;
    }

    /**
     * @param assigned tasks assigned, ≥ 1
     * @return {completed, onTime, highQuality}, each within the dossier format's constraints
     */
    int[] tasks(Random random, int assigned) {
        int completed;
        int onTime;
        int highQuality;
        switch (this) {
            case EXCELLENT -> {
                completed = assigned;
                onTime = assigned;
                highQuality = between(random, ceil(assigned, 0.85), assigned);
            }
            case GOOD -> {
                completed = assigned;
                onTime = between(random, ceil(assigned, 0.80), assigned - 1);
                highQuality = between(random, ceil(assigned, 0.80), assigned);
            }
            case ADEQUATE -> {
                completed = between(random, ceil(assigned, 0.60), Math.min(assigned - 1, ceil(assigned, 0.95)));
                onTime = between(random, ceil(completed, 0.5), completed);
                highQuality = between(random, ceil(completed, 0.5), completed);
            }
            case POOR -> {
                completed = between(random, ceil(assigned, 0.20), (int) Math.floor(assigned * 0.45));
                onTime = between(random, 0, completed);
                highQuality = between(random, 0, completed);
            }
            default -> throw new IllegalStateException("unknown profile " + this);
        }
        return new int[] {completed, onTime, highQuality};
    }

    /** @return general-criteria points (Nghị định 335/2025) in tenths, 0–300 */
    int generalTenths(Random random) {
        return between(random, minGeneralTenths, maxGeneralTenths);
    }

    private static int ceil(int n, double share) {
        return (int) Math.ceil(n * share - 1e-9);
    }

    /** @return a uniform integer in [low, high]; low when the range is empty */
    static int between(Random random, int low, int high) {
        return high <= low ? low : low + random.nextInt(high - low + 1);
    }
}
