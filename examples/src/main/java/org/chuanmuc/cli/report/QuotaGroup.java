package org.chuanmuc.cli.report;

import java.util.Objects;
import java.util.Optional;
import org.chuanmuc.model.Unit;

/**
 * The quota on the top level in one group of officers with similar duties of one unit, as the assessments
 * show it: counted from the ratings and from the reasons of the quota rules
 * (criterion {@value ReportText#QUOTA_CRITERION}), never from a percentage written here. The quota is measured
 * against the final number rated Hoàn thành tốt, those moved down by the quota included.
 *
 * @param unit     the unit
 * @param group    the group as the input names it; empty for the officers of the unit without one
 * @param named    true when some officer of the unit has a group, so an empty {@code group} is the rest of the
 *                 unit rather than the whole unit
 * @param officers how many officers of the group were assessed, those not rated this year included
 * @param good     how many are rated Hoàn thành tốt in the end, those moved down by the quota included
 * @param kept     how many are rated Hoàn thành xuất sắc
 * @param lowered  how many the quota moved down from Hoàn thành xuất sắc
 */
public record QuotaGroup(Unit unit, Optional<String> group, boolean named, int officers, int good, int kept,
                         int lowered) {

    /**
     * @throws NullPointerException     when unit or group is null
     * @throws IllegalArgumentException when a count is negative, or {@code lowered} exceeds {@code good}
     */
    public QuotaGroup {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(group, "group");
        if (officers < 0 || good < 0 || kept < 0 || lowered < 0 || lowered > good) {
            throw new IllegalArgumentException("counts of " + unit.id() + " " + group + ": officers " + officers
                    + ", good " + good + ", kept " + kept + ", lowered " + lowered);
        }
    }

    /** @return how many met every condition of Hoàn thành xuất sắc: those who kept it and those moved down */
    public int candidates() {
        return kept + lowered;
    }

    /** @return how many are rated Hoàn thành tốt on their own merits, not because of the quota */
    public int goodOnOwnMerits() {
        return good - lowered;
    }

    /** @return true when the unit is recognised as outstanding, which lifts the quota */
    public boolean lifted() {
        return unit.outstanding();
    }

    /**
     * @return the most who may keep Hoàn thành xuất sắc in the group, when the assessments show it: when the
     *         quota moved someone down, exactly those who kept the level; otherwise empty (nobody exceeded it)
     */
    public Optional<Integer> cap() {
        return lowered > 0 ? Optional.of(kept) : Optional.empty();
    }

    /** @return the group's name for people: its own, or "the whole unit", or "without a group" */
    public String label() {
        return ReportText.groupLabel(group, named);
    }

    /** @return one line in Vietnamese with every number of the group, as the text summary prints it */
    public String describe() {
        return ReportText.quotaLine(this);
    }
}
