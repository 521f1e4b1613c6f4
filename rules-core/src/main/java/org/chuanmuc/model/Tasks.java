package org.chuanmuc.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Counts of the tasks assigned to an officer in the year.
 *
 * @param assigned    tasks assigned
 * @param completed   tasks completed, at most {@code assigned}
 * @param onTime      completed on time, at most {@code completed}
 * @param highQuality completed at the required quality, at most {@code completed}
 */
public record Tasks(int assigned, int completed, int onTime, int highQuality) {

    /** No tasks recorded. */
    public static final Tasks NONE = new Tasks(0, 0, 0, 0);

    /** @throws IllegalArgumentException when a count is negative or the counts are inconsistent */
    public Tasks {
        if (assigned < 0 || completed < 0 || onTime < 0 || highQuality < 0) {
            throw new IllegalArgumentException("task counts must be ≥ 0");
        }
        if (completed > assigned || onTime > completed || highQuality > completed) {
            throw new IllegalArgumentException(
                    "need completed ≤ assigned, onTime ≤ completed and highQuality ≤ completed");
        }
    }

    /** @return completed / assigned in [0, 1]; 1 when nothing was assigned */
    public double completionRatio() {
        return ratio(completed);
    }

    /** @return onTime / assigned in [0, 1]; 1 when nothing was assigned */
    public double onTimeRatio() {
        return ratio(onTime);
    }

    /** @return highQuality / assigned in [0, 1]; 1 when nothing was assigned */
    public double qualityRatio() {
        return ratio(highQuality);
    }

    private double ratio(int part) {
        return assigned == 0 ? 1.0 : (double) part / assigned;
    }

    /**
     * @return a Vietnamese summary of the counts and ratios, e.g.
     *         {@code "hoàn thành 38/40 (95%), đúng hạn 30/40 (75%), đạt chất lượng 20/40 (50%)"}
     */
    public String summary() {
        return "hoàn thành " + part(completed) + ", đúng hạn " + part(onTime) + ", đạt chất lượng "
                + part(highQuality);
    }

    private String part(int n) {
        return n + "/" + assigned + " (" + Math.round(ratio(n) * 100) + "%)";
    }

    /** @return the count of tasks for the measure: completed, on time or at quality */
    public int count(TaskMeasure measure) {
        return switch (measure) {
            case COMPLETED -> completed;
            case ON_TIME -> onTime;
            case HIGH_QUALITY -> highQuality;
        };
    }

    /**
     * How many more tasks of the measure an officer needs so that {@code count / assigned ≥ share}, computed
     * exactly (no floating-point error at boundaries such as 80% of 40 = 32).
     *
     * @param measure what is counted
     * @param share   the required share, e.g. {@code 0.8} (a table cell)
     * @return 0 when the share is reached or nothing was assigned, otherwise the missing count
     * @throws IllegalArgumentException when share is negative or not a finite number
     */
    public int missing(TaskMeasure measure, double share) {
        if (assigned == 0) {
            return 0;
        }
        int needed = exact(share).multiply(BigDecimal.valueOf(assigned)).setScale(0, RoundingMode.CEILING)
                .intValueExact();
        return Math.max(0, needed - count(measure));
    }

    /**
     * @return true when {@code count / assigned < share}, exactly; never when nothing was assigned
     * @throws IllegalArgumentException when share is negative or not a finite number
     */
    public boolean below(TaskMeasure measure, double share) {
        return missing(measure, share) > 0;
    }

    /**
     * @return e.g. {@code "thiếu 3 việc đúng hạn (cần 32/40, tức 80%)"}, or an empty string when nothing is missing
     * @throws IllegalArgumentException when share is negative or not a finite number
     */
    public String missingNote(TaskMeasure measure, double share) {
        int missing = missing(measure, share);
        if (missing == 0) {
            return "";
        }
        return "thiếu " + missing + " " + measure.label() + " (cần " + (count(measure) + missing) + "/" + assigned
                + ", tức " + vietnameseDecimal(exact(share).movePointRight(2)) + "%)";
    }

    /**
     * The least number of tasks that failed on completion, time or quality. A task failing on several counts
     * fails once, and the counts do not say which tasks overlap, so the least possible is the largest of the
     * three shortfalls: {@code assigned − min(completed, onTime, highQuality)}.
     *
     * @return tasks that certainly did not ensure progress, quality or completion
     */
    public int failingAtLeast() {
        return assigned - Math.min(completed, Math.min(onTime, highQuality));
    }

    /**
     * Condition (b) of Nghị định 90/2020 art. 11 as amended by 48/2023: "50% or more of the tasks do not ensure
     * progress, quality or efficiency", computed exactly from {@link #failingAtLeast()}; "or more" is inclusive.
     *
     * @param share the share, e.g. {@code 0.5} (a table cell)
     * @return true when {@code failingAtLeast() ≥ share × assigned}; never when nothing was assigned
     * @throws IllegalArgumentException when share is negative or not a finite number
     */
    public boolean failsAtLeast(double share) {
        if (assigned == 0) {
            return false;
        }
        return BigDecimal.valueOf(failingAtLeast()).compareTo(exact(share).multiply(BigDecimal.valueOf(assigned))) >= 0;
    }

    /**
     * @return e.g. {@code "ít nhất 75% nhiệm vụ (30/40) không bảo đảm tiến độ, chất lượng: …"}; the share is
     *         rounded down to one decimal, since it is a lower bound
     */
    public String failingNote() {
        if (assigned == 0) {
            return "không được giao nhiệm vụ";
        }
        BigDecimal share = BigDecimal.valueOf(failingAtLeast()).movePointRight(2)
                .divide(BigDecimal.valueOf(assigned), 1, RoundingMode.FLOOR);
        return "ít nhất " + vietnameseDecimal(share) + "% nhiệm vụ (" + failingAtLeast() + "/" + assigned
                + ") không bảo đảm tiến độ, chất lượng: chưa hoàn thành " + (assigned - completed)
                + ", không đúng hạn " + (assigned - onTime) + ", không đạt chất lượng " + (assigned - highQuality)
                + " (một việc có thể thiếu nhiều mặt nên tính theo mặt thiếu nhiều nhất)";
    }

    private static BigDecimal exact(double share) {
        if (!Double.isFinite(share) || share < 0) {
            throw new IllegalArgumentException("share must be a finite number ≥ 0, was " + share);
        }
        return BigDecimal.valueOf(share);
    }

    /** Vietnamese decimal: {@code 66,6}, {@code 75}. */
    static String vietnameseDecimal(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString().replace('.', ',');
    }
}
