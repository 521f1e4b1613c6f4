package org.chuanmuc.model;

/**
 * The party regulation that governs the party rating (xếp loại đảng viên) of a year. Rules condition on it
 * with {@code Period(partyRegime == PartyRegime.QD_366_2025)}; the citations are written in the rule files.
 */
public enum PartyRegime {
    /** Quy định 124-QĐ/TW ngày 4/10/2023: reviews of the years up to 2024. */
    QD_124_2023,
    /**
     * Quy định 366-QĐ/TW ngày 30/8/2025 of the Politburo, which replaced Quy định 124-QĐ/TW: reviews from the
     * year 2025 on, on a 100-point scale (30 general + 70 task results).
     */
    QD_366_2025;

    /** @return the regulation in force for the review of the given year */
    public static PartyRegime forYear(int year) {
        return year >= 2025 ? QD_366_2025 : QD_124_2023;
    }
}
