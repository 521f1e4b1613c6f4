package org.chuanmuc.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.StringJoiner;
import org.chuanmuc.model.ExactDecimals.Share;

/**
 * Counts of the tasks assigned to an officer in the year, or added up over a unit. The counts are longs: one
 * officer's are at most 2^31 − 1 (a dossier holds ints), and a unit's sums of them must not overflow.
 *
 * @param assigned    tasks assigned
 * @param completed   tasks completed, at most {@code assigned}
 * @param onTime      completed on time, at most {@code completed}
 * @param highQuality completed at the required quality, at most {@code completed}
 */
public record Tasks(long assigned, long completed, long onTime, long highQuality) {

    /** No tasks recorded. */
    public static final Tasks NONE = new Tasks(0, 0, 0, 0);

    /** The share 1: every task. */
    private static final Share ALL = Share.of(BigDecimal.ONE);

    /** "0", "0,1" … "99,9", "100": the shares a summary shows, written once (a summary is in most officers' reasons). */
    private static final String[] PERCENT_TENTHS = new String[1001];

    static {
        for (int t = 0; t <= 1000; t++) {
            PERCENT_TENTHS[t] = tenths(t);
        }
    }

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

    private double ratio(long part) {
        return assigned == 0 ? 1.0 : (double) part / assigned;
    }

    /**
     * A Vietnamese summary of the counts and their shares, e.g.
     * {@code "hoàn thành 38/40 (95%), đúng hạn 398/400 (99,5%), đạt chất lượng 20/40 (50%)"}. Each share is rounded
     * <em>down</em> to one decimal, never up: a share shown is never above the counts, so 398 of 400 tasks on time
     * reads 99,5%, not 100% beside a reason for not reaching 100%, and 79.96% reads 79,9%, not 80%.
     *
     * @return the summary; a share of nothing assigned reads 100%
     */
    public String summary() {
        // one concatenation: the rules of Nghị định 90 write it into nearly every officer's reasons
        return "hoàn thành " + completed + "/" + assigned + " (" + flooredPercent(completed) + "%), đúng hạn " + onTime
                + "/" + assigned + " (" + flooredPercent(onTime) + "%), đạt chất lượng " + highQuality + "/" + assigned
                + " (" + flooredPercent(highQuality) + "%)";
    }

    /** @return {@code part / assigned} in percent, rounded down to one decimal, with a Vietnamese decimal comma */
    private String flooredPercent(long part) {
        if (assigned == 0) {
            return "100";
        }
        long tenths = part <= Long.MAX_VALUE / 1000 ? part * 1000 / assigned
                : BigInteger.valueOf(part).multiply(BigInteger.valueOf(1000)).divide(BigInteger.valueOf(assigned))
                        .longValueExact(); // part ≤ assigned, so the quotient is at most 1000
        return PERCENT_TENTHS[(int) tenths];
    }

    /** @return the count of tasks for the measure: completed, on time or at quality */
    public long count(TaskMeasure measure) {
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
    public long missing(TaskMeasure measure, double share) {
        return missingBy(measure, exact(share));
    }

    private long missingBy(TaskMeasure measure, Share share) {
        if (assigned == 0) {
            return 0;
        }
        long needed = share.ceilTimes(assigned);
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
        return noteBy(measure, exact(share));
    }

    private String noteBy(TaskMeasure measure, Share share) {
        long missing = missingBy(measure, share);
        if (missing == 0) {
            return "";
        }
        return "thiếu " + missing + " " + measure.label() + " (cần " + (count(measure) + missing) + "/" + assigned
                + ", tức " + percentOf(share.value()) + ")";
    }

    /**
     * The least number of tasks that failed on completion, time or quality. A task failing on several counts
     * fails once, and the counts do not say which tasks overlap, so the least possible is the largest of the
     * three shortfalls: {@code assigned − min(completed, onTime, highQuality)}.
     *
     * @return tasks that certainly did not ensure progress, quality or completion
     */
    public long failingAtLeast() {
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
        return exact(share).compareTimes(failingAtLeast(), assigned) >= 0;
    }

    /**
     * @return e.g. {@code "ít nhất 75% nhiệm vụ (30/40) không bảo đảm tiến độ, chất lượng: …"}; the share is
     *         rounded down to one decimal, since it is a lower bound
     */
    public String failingNote() {
        if (assigned == 0) {
            return "không được giao nhiệm vụ";
        }
        return failingAtLeastNote() + ": chưa hoàn thành " + (assigned - completed)
                + ", không đúng hạn " + (assigned - onTime) + ", không đạt chất lượng " + (assigned - highQuality)
                + " (một việc có thể thiếu nhiều mặt nên tính theo mặt thiếu nhiều nhất)";
    }

    /**
     * @return e.g. {@code "ít nhất 27,5% nhiệm vụ (11/40) không bảo đảm tiến độ, chất lượng"}, the share rounded
     *         down to one decimal since it is a lower bound; {@code "không được giao nhiệm vụ"} when nothing was
     *         assigned
     */
    public String failingAtLeastNote() {
        if (assigned == 0) {
            return "không được giao nhiệm vụ";
        }
        BigDecimal share = BigDecimal.valueOf(failingAtLeast()).movePointRight(2)
                .divide(BigDecimal.valueOf(assigned), 1, RoundingMode.FLOOR);
        return "ít nhất " + vietnameseDecimal(share) + "% nhiệm vụ (" + failingAtLeast() + "/" + assigned
                + ") không bảo đảm tiến độ, chất lượng";
    }

    /**
     * The least number of tasks certainly completed on time <em>and</em> at quality. Both counts are subsets of
     * the completed tasks, so at least {@code onTime + highQuality − completed} of them overlap; the counts say no
     * more.
     *
     * @return {@code max(0, onTime + highQuality − completed)}
     */
    public long passingAtLeast() {
        return Math.max(0, onTime + highQuality - completed);
    }

    /**
     * The most tasks that can have failed on completion, time or quality: {@code assigned − passingAtLeast()}.
     * With {@link #failingAtLeast()} it brackets the share the decree counts.
     *
     * @return tasks that possibly did not ensure progress, quality or completion
     */
    public long failingAtMost() {
        return assigned - passingAtLeast();
    }

    /**
     * Whether the counts prove that at least the share of the tasks was completed on time and at quality
     * (a leader's unit, Nghị định 90/2020 Điều 9 khoản 2 điểm c: "ít nhất 80% hoàn thành đúng tiến độ, bảo
     * đảm chất lượng"), exactly: {@code passingAtLeast() ≥ share × assigned}.
     *
     * @param share the share, e.g. {@code 0.8} (a table cell)
     * @return true when proved; true when nothing was assigned
     * @throws IllegalArgumentException when share is negative or not a finite number
     */
    public boolean passesAtLeast(double share) {
        return exact(share).compareTimes(passingAtLeast(), assigned) >= 0;
    }

    /**
     * Whether the counts prove that more than the share of the tasks failed on completion, time or quality
     * ("không quá 20%" of Nghị định 90/2020 Điều 10 is then certainly broken), exactly:
     * {@code failingAtLeast() > share × assigned}.
     *
     * @param share the share, e.g. {@code 0.2} (a table cell)
     * @return true when proved; never when nothing was assigned
     * @throws IllegalArgumentException when share is negative or not a finite number
     */
    public boolean failsMoreThan(double share) {
        return exact(share).compareTimes(failingAtLeast(), assigned) > 0;
    }

    /**
     * Whether {@code count / assigned} is strictly above the share ("trên 70%"), exactly.
     *
     * @return true when above; true when nothing was assigned (the share counts as 100%) and the share is below 1
     * @throws IllegalArgumentException when share is negative or not a finite number
     */
    public boolean above(TaskMeasure measure, double share) {
        return missingAbove(measure, share) == 0;
    }

    /**
     * How many more tasks of the measure an officer needs so that {@code count / assigned > share}, exactly.
     *
     * @return 0 when already above; when nothing was assigned, 0 if the share is below 1 and 1 otherwise; at most
     *         {@code Long.MAX_VALUE} (0 of 2^63 − 1 tasks against 100% lacks one more than a long holds)
     * @throws IllegalArgumentException when share is negative or not a finite number
     */
    public long missingAbove(TaskMeasure measure, double share) {
        if (assigned == 0) {
            return exact(share).value().compareTo(BigDecimal.ONE) < 0 ? 0 : 1;
        }
        long floor = exact(share).floorTimes(assigned);
        long count = count(measure);
        if (count > floor) {
            return 0;
        }
        // floor + 1 − count, without wrapping past the largest long (0 of 2^63 − 1 tasks against 100%)
        return floor - count == Long.MAX_VALUE ? Long.MAX_VALUE : floor - count + 1;
    }

    /**
     * @return e.g. {@code "thiếu 2 việc hoàn thành (cần 71/100, tức trên 70%)"}, or an empty string when the
     *         count is already above the share
     * @throws IllegalArgumentException when share is negative or not a finite number
     */
    public String missingAboveNote(TaskMeasure measure, double share) {
        long missing = missingAbove(measure, share);
        if (missing == 0) {
            return "";
        }
        // the count needed is one above the share's floor, which may be one past the largest long
        BigInteger needed = BigInteger.valueOf(exact(share).floorTimes(assigned)).add(BigInteger.ONE);
        return "thiếu " + missing + " " + measure.label() + " (cần " + needed + "/" + assigned
                + ", tức trên " + percentOf(exact(share).value()) + ")";
    }

    /**
     * The notes of {@link #missingNote} for the three measures, joined: what is missing to reach every share.
     *
     * @param completedShare   required share completed, e.g. {@code 1}
     * @param onTimeShare      required share on time
     * @param highQualityShare required share at quality
     * @return e.g. {@code "thiếu 3 việc đúng hạn (cần 32/40, tức 80%), thiếu 1 việc đạt chất lượng (…)"}; empty
     *         when nothing is missing
     * @throws IllegalArgumentException when a share is negative or not a finite number
     */
    public String missingNotes(double completedShare, double onTimeShare, double highQualityShare) {
        return notesBy(exact(completedShare), exact(onTimeShare), exact(highQualityShare));
    }

    /**
     * What the counts lack, at the least, for at most the share of the tasks to fail ("không quá 20%" of Nghị
     * định 90/2020 Điều 10 điểm b): every task completed, and on time and at quality each at least
     * {@code 1 − share} of the tasks; computed exactly (no {@code 1 − 0.2} in floating point).
     *
     * @param share the most that may fail, e.g. {@code 0.2} (a table cell)
     * @return e.g. {@code "thiếu 4 việc đúng hạn (cần 32/40, tức 80%)"}; empty when nothing is missing
     * @throws IllegalArgumentException when share is negative, above 1 or not a finite number
     */
    public String missingToFailAtMost(double share) {
        Share rest = exact(share).oneMinus();
        if (rest.value().signum() < 0) {
            throw new IllegalArgumentException("share must be at most 1, was " + share);
        }
        return notesBy(ALL, rest, rest);
    }

    private String notesBy(Share completedShare, Share onTimeShare, Share highQualityShare) {
        StringJoiner notes = new StringJoiner(", ");
        for (String note : new String[] {noteBy(TaskMeasure.COMPLETED, completedShare),
                noteBy(TaskMeasure.ON_TIME, onTimeShare), noteBy(TaskMeasure.HIGH_QUALITY, highQualityShare)}) {
            if (!note.isEmpty()) {
                notes.add(note);
            }
        }
        return notes.toString();
    }

    /**
     * @param share a share, e.g. {@code 0.8} or {@code 0.275} (a table cell)
     * @return the share as a Vietnamese percentage, exactly: {@code "80%"}, {@code "27,5%"}
     * @throws IllegalArgumentException when share is negative or not a finite number
     */
    public static String percent(double share) {
        return percentOf(exact(share).value());
    }

    private static String percentOf(BigDecimal share) {
        return vietnameseDecimal(share.movePointRight(2)) + "%";
    }

    /**
     * The tasks of several officers added up, e.g. a unit's tasks as the sum over its officers.
     *
     * @param officers the officers
     * @return the sums of the four counts
     * @throws ArithmeticException when a sum overflows a long (counts read from a dossier, each at most 2^31 − 1,
     *                             cannot: a unit's sums are longs so that a large unit never overflows)
     */
    public static Tasks sumOf(List<Officer> officers) {
        long assigned = 0;
        long completed = 0;
        long onTime = 0;
        long highQuality = 0;
        for (Officer o : officers) {
            assigned = Math.addExact(assigned, o.tasks().assigned());
            completed = Math.addExact(completed, o.tasks().completed());
            onTime = Math.addExact(onTime, o.tasks().onTime());
            highQuality = Math.addExact(highQuality, o.tasks().highQuality());
        }
        return new Tasks(assigned, completed, onTime, highQuality);
    }

    private static Share exact(double share) {
        if (!Double.isFinite(share) || share < 0) {
            throw new IllegalArgumentException("share must be a finite number ≥ 0, was " + share);
        }
        return ExactDecimals.share(share);
    }

    /** @return a count of tenths ≥ 0 as a Vietnamese decimal without a trailing zero: 825 → "82,5", 700 → "70" */
    static String tenths(long tenths) {
        long whole = tenths / 10;
        int digit = (int) (tenths % 10);
        return digit == 0 ? Long.toString(whole) : whole + "," + digit;
    }

    /** Vietnamese decimal: {@code 66,6}, {@code 75}. */
    static String vietnameseDecimal(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString().replace('.', ',');
    }
}
