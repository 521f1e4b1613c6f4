package org.chuanmuc.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Fact inserted by the engine between the two phases of an assessment: the rating each officer gets from
 * the caps of the first phase. Rules of the agenda group {@value #AGENDA_GROUP} (the unit quota) see these
 * and may insert further caps; they can only lower a rating.
 *
 * @param officerId  the officer
 * @param unitId     the officer's unit
 * @param group      the officer's group of similar duties within the unit; empty = the whole unit
 * @param role       the officer's role
 * @param level      the rating after the first phase
 * @param tasks      the officer's task counts
 * @param totalScore the points out of 100 (years from 2026), when the rules computed them
 * @param rated      false when a rule of the first phase concluded that the officer is not rated this year
 *                   ({@link NotRated}); the level is then only for information and the officer does not count in
 *                   the quota
 */
public record ProposedRating(String officerId, String unitId, Optional<String> group, Role role,
                             RatingLevel level, Tasks tasks, Optional<Double> totalScore, boolean rated) {

    /** The agenda group whose rules run after the proposed ratings are known. */
    public static final String AGENDA_GROUP = "han-muc";

    /** @throws NullPointerException when a component is null */
    public ProposedRating {
        Objects.requireNonNull(officerId, "officerId");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(totalScore, "totalScore");
    }

    /**
     * A proposed rating of an officer who is rated this year.
     *
     * @throws NullPointerException when a component is null
     */
    public ProposedRating(String officerId, String unitId, Optional<String> group, Role role, RatingLevel level,
                          Tasks tasks, Optional<Double> totalScore) {
        this(officerId, unitId, group, role, level, tasks, totalScore, true);
    }

    /** @return the group's name, or an empty string for the whole unit (a key rules can join and collect on) */
    public String groupKey() {
        return group.orElse("");
    }

    /** @return completed / assigned, 1 when nothing was assigned */
    public double completionRatio() {
        return tasks.completionRatio();
    }

    /** @return highQuality / assigned, 1 when nothing was assigned */
    public double qualityRatio() {
        return tasks.qualityRatio();
    }

    /** @return the total score, or -1 when there is none (for rule conditions; prefer {@link #totalScore()}) */
    public double totalScoreOrMinusOne() {
        return totalScore.orElse(-1.0);
    }

    /**
     * The order in which officers keep a scarce level up to 2025: higher completion ratio first, then higher
     * quality ratio, then the smaller id ({@link RankKey#COMPLETION}, {@link RankKey#QUALITY},
     * {@link RankKey#OFFICER_ID}). A total order, so quota decisions are deterministic.
     *
     * @return true when this officer comes before {@code other}
     */
    public boolean ranksAbove(ProposedRating other) {
        return RankKey.compare(QuotaRanking.DEFAULT_ORDER_TO_2025, this, other) < 0;
    }
}
