package org.chuanmuc.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;

/**
 * A key by which candidates for a scarce level are ranked; the quota rule lists the keys in its text, so the
 * order stays visible and editable there. Every comparison is exact: ratios are compared by
 * cross-multiplying the counts, scores on their value rounded to 10 decimals.
 */
public enum RankKey {
    /** Higher total score first (years from 2026); officers without a score come last. */
    TOTAL_SCORE("tổng điểm"),
    /** Higher share of tasks completed first. */
    COMPLETION("tỷ lệ hoàn thành"),
    /** Higher share of tasks at the required quality first. */
    QUALITY("tỷ lệ đạt chất lượng"),
    /** Smaller officer id first: the last key, so that the order is total. */
    OFFICER_ID("mã cán bộ");

    private final String label;

    RankKey(String label) {
        this.label = label;
    }

    /** @return the Vietnamese name of the key, e.g. {@code "tổng điểm"} */
    public String label() {
        return label;
    }

    /**
     * @return negative when {@code a} ranks before {@code b} by this key, positive when after, 0 when tied
     */
    public int compare(ProposedRating a, ProposedRating b) {
        return switch (this) {
            case TOTAL_SCORE -> compareScores(b, a);
            case COMPLETION -> compareRatios(b.tasks().completed(), b.tasks().assigned(),
                    a.tasks().completed(), a.tasks().assigned());
            case QUALITY -> compareRatios(b.tasks().highQuality(), b.tasks().assigned(),
                    a.tasks().highQuality(), a.tasks().assigned());
            case OFFICER_ID -> a.officerId().compareTo(b.officerId());
        };
    }

    /**
     * Compares by each key in turn, then by officer id.
     *
     * @return negative when {@code a} ranks before {@code b}
     */
    public static int compare(List<RankKey> order, ProposedRating a, ProposedRating b) {
        for (RankKey key : order) {
            int c = key.compare(a, b);
            if (c != 0) {
                return c;
            }
        }
        return OFFICER_ID.compare(a, b);
    }

    private static int compareScores(ProposedRating x, ProposedRating y) {
        if (x.totalScore().isEmpty() || y.totalScore().isEmpty()) {
            return Boolean.compare(x.totalScore().isPresent(), y.totalScore().isPresent());
        }
        double a = x.totalScore().get();
        double b = y.totalScore().get();
        if (Math.abs(a - b) > FAR_APART) {
            // rounding each to 10 decimals moves it by at most 5e-11: it cannot swap two scores this far apart
            return Double.compare(a, b);
        }
        return rounded(a).compareTo(rounded(b));
    }

    /** A gap between two scores (0–100 points) far larger than their rounding to 10 decimals can close. */
    private static final double FAR_APART = 1e-6;

    private static BigDecimal rounded(double v) {
        return BigDecimal.valueOf(v).setScale(10, RoundingMode.HALF_UP);
    }

    /** Compares part1/whole1 with part2/whole2 exactly; nothing assigned counts as 1. */
    private static int compareRatios(long part1, long whole1, long part2, long whole2) {
        long n1 = whole1 == 0 ? 1 : part1;
        long d1 = whole1 == 0 ? 1 : whole1;
        long n2 = whole2 == 0 ? 1 : part2;
        long d2 = whole2 == 0 ? 1 : whole2;
        if (((n1 | d1 | n2 | d2) >>> 31) == 0) { // counts of one officer: the products fit in a long
            return Long.compare(n1 * d2, n2 * d1);
        }
        return BigInteger.valueOf(n1).multiply(BigInteger.valueOf(d2))
                .compareTo(BigInteger.valueOf(n2).multiply(BigInteger.valueOf(d1)));
    }
}
