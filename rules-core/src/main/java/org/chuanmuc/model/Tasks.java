package org.chuanmuc.model;

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
}
