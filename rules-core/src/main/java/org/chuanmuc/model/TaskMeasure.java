package org.chuanmuc.model;

/**
 * The three counts of {@link Tasks} that a threshold can be set on (years up to 2025, Nghị định 90/2020):
 * tasks completed, completed on time, completed at the required quality.
 */
public enum TaskMeasure {
    /** Tasks completed. */
    COMPLETED("việc hoàn thành"),
    /** Tasks completed on time. */
    ON_TIME("việc đúng hạn"),
    /** Tasks completed at the required quality. */
    HIGH_QUALITY("việc đạt chất lượng");

    private final String label;

    TaskMeasure(String label) {
        this.label = label;
    }

    /** @return the Vietnamese name of a counted task, e.g. {@code "việc đúng hạn"} */
    public String label() {
        return label;
    }
}
