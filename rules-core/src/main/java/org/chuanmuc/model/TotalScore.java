package org.chuanmuc.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Derived fact (regime of Nghị định 335/2025/NĐ-CP): an officer's points out of 100, inserted by the
 * scoring rule so that the score bands of the decision table can compare against it.
 *
 * @param officerId     the officer
 * @param general       points for the general criteria, 0–30
 * @param tasks         points for task results, 0–70
 * @param tasksComputed true when the task points were computed from the task counts, false when the
 *                      dossier carried them
 */
public record TotalScore(String officerId, double general, double tasks, boolean tasksComputed) {

    /** @throws NullPointerException when officerId is null */
    public TotalScore {
        Objects.requireNonNull(officerId, "officerId");
    }

    /**
     * Scores an officer: the dossier's task points when given, otherwise
     * {@code maxTaskPoints × (quantity% + quality% + progress%) / 3} from the task counts (the project's
     * DEFAULT formula until the decree's own formula is confirmed).
     *
     * @param officer       an officer whose dossier has {@link Scores}
     * @param maxTaskPoints the weight of the task criteria (70 under the decree)
     * @return the score
     * @throws IllegalArgumentException when the officer has no scores
     */
    public static TotalScore of(Officer officer, double maxTaskPoints) {
        Scores scores = officer.scores().orElseThrow(
                () -> new IllegalArgumentException("officer " + officer.id() + " has no scores"));
        Tasks t = officer.tasks();
        // one division of whole numbers, so that a total on a band boundary (e.g. 70) is exactly that number; the
        // counts are added as doubles, exact below 2^53 and never wrapping around
        double computed = t.assigned() == 0 ? maxTaskPoints
                : maxTaskPoints * ((double) t.completed() + t.highQuality() + t.onTime()) / (3.0 * t.assigned());
        return new TotalScore(officer.id(), scores.general(), scores.tasks().orElse(computed),
                scores.tasks().isEmpty());
    }

    /** @return general + task points */
    public double total() {
        return general + tasks;
    }

    /**
     * Whether the total is below a band threshold, compared on the total rounded to 10 decimals, so that the
     * floating-point error of the task formula (about 1e-14) never moves an officer across a boundary.
     *
     * @param threshold a band threshold from the table, e.g. {@code 70}
     * @return true when the total is strictly below it
     */
    public boolean below(double threshold) {
        double total = total();
        // rounding to 10 decimals moves the total by at most 5e-11: only near the threshold is it decided exactly
        if (Math.abs(total - threshold) > 1e-6) {
            return total < threshold;
        }
        return exactTotal().compareTo(ExactDecimals.of(threshold)) < 0;
    }

    /**
     * Points still needed to reach a threshold, rounded up to one decimal (adding them reaches the threshold).
     *
     * @param threshold a band threshold from the table, e.g. {@code 70}
     * @return e.g. {@code 14.1} for a total of 55.93; 0 when the total reaches the threshold
     */
    public double pointsTo(double threshold) {
        return pointsNeeded(threshold).doubleValue();
    }

    /**
     * @param threshold a band threshold from the table, e.g. {@code 70}
     * @return e.g. {@code "cần thêm 14,1 điểm (đạt 70)"}; {@code "đạt 70 điểm"} when already reached
     */
    public String pointsToNote(double threshold) {
        String target = ExactDecimals.vietnamese(threshold);
        String needed = pointsNeededText(threshold);
        return needed == null ? "đạt " + target + " điểm" : "cần thêm " + needed + " điểm (đạt " + target + ")";
    }

    /** @return {@link #pointsNeeded} in Vietnamese ({@code "14,1"}), or null when the total reaches the threshold */
    private String pointsNeededText(double threshold) {
        double total = total();
        if (Math.abs(total) < 1e6 && Math.abs(threshold) < 1e6) {
            // The decimal arithmetic below differs from the doubles' by far less than 1e-9 here (the total rounded to
            // 10 decimals moves at most 5e-11, the doubles' own errors are below 1e-9): away from a whole number of
            // tenths of a point, and from the threshold itself, both give the same tenths. Near one, it decides.
            double gap = threshold - total;
            double tenths = gap * 10;
            if (gap < -1e-6) {
                return null;
            }
            if (gap > 1e-6 && clearOfATenth(tenths)) {
                return Tasks.tenths((long) Math.ceil(tenths));
            }
        }
        BigDecimal needed = pointsNeeded(threshold);
        return needed.signum() == 0 ? null : Tasks.vietnameseDecimal(needed);
    }

    /**
     * @param tenths a number of points times ten, below 10^7 in magnitude
     * @return whether it is more than 10^-6 from a whole number: there the doubles' errors cannot move it across one
     */
    private static boolean clearOfATenth(double tenths) {
        return Math.abs(tenths - Math.rint(tenths)) > 1e-6;
    }

    private BigDecimal pointsNeeded(double threshold) {
        BigDecimal gap = ExactDecimals.of(threshold).subtract(exactTotal());
        return gap.signum() <= 0 ? BigDecimal.ZERO : gap.setScale(1, RoundingMode.CEILING);
    }

    private BigDecimal exactTotal() {
        return exact(total());
    }

    /** @return points as the decimal they are compared and shown as: rounded half up to 10 decimals */
    private static BigDecimal exact(double points) {
        return BigDecimal.valueOf(points).setScale(10, RoundingMode.HALF_UP);
    }

    /**
     * The total and its two parts are shown rounded down to one decimal, so that none reads as more than it is: the
     * total never reaches a band it does not reach (69.96 is "69,9", not "70"), it plus the points still needed
     * ({@link #pointsToNote}, rounded up) make exactly the threshold, and the parts never add up to more than the
     * total shown (25 + 44.96 reads "25 + 44,9" beside "69,9", not "25 + 45").
     *
     * @return a Vietnamese summary, e.g. {@code "tổng 82,5 điểm = tiêu chí chung 25 + nhiệm vụ 57,5"}
     * @throws NumberFormatException when the total is not a finite number
     */
    public String summary() {
        return "tổng " + roundedDown(total()) + " điểm = tiêu chí chung " + roundedDown(general)
                + " + kết quả nhiệm vụ " + roundedDown(tasks) + (tasksComputed ? " (tính từ số nhiệm vụ)" : "");
    }

    /** Points rounded to 10 decimals, then down to one decimal, in Vietnamese: {@code "82,5"}, {@code "70"}. */
    private static String roundedDown(double points) {
        double scaled = points * 10;
        // Away from a whole number of tenths, rounding to 10 decimals (at most 5e-11) and the error of the double
        // (about 1e-13 here) cannot move the points across a tenth, so the floor of ten times the double is the
        // digit string the exact decimal arithmetic gives. Near one, that arithmetic decides.
        if (points >= 0 && points < 1e6) {
            if (clearOfATenth(scaled)) {
                return Tasks.tenths((long) Math.floor(scaled));
            }
            // Points a council writes (25, 27.5) and most totals are the double nearest to a whole number of tenths:
            // its shortest decimal form, which the exact arithmetic starts from, is that number.
            long nearest = (long) Math.rint(scaled);
            if (nearest / 10.0 == points) {
                return Tasks.tenths(nearest);
            }
        }
        return Tasks.vietnameseDecimal(exact(points).setScale(1, RoundingMode.FLOOR));
    }
}
