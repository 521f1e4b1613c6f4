package org.chuanmuc.model;

import java.util.Objects;

/**
 * Fact inserted by the engine between the two phases of an assessment: the rating each officer gets from
 * the caps of the first phase. Rules of the agenda group {@value #AGENDA_GROUP} (the unit quota) see these
 * and may insert further caps; they can only lower a rating.
 *
 * @param officerId       the officer
 * @param unitId          the officer's unit
 * @param role            the officer's role
 * @param level           the rating after the first phase
 * @param completionRatio completed / assigned
 * @param qualityRatio    highQuality / assigned
 */
public record ProposedRating(String officerId, String unitId, Role role, RatingLevel level,
                             double completionRatio, double qualityRatio) {

    /** The agenda group whose rules run after the proposed ratings are known. */
    public static final String AGENDA_GROUP = "han-muc";

    /** @throws NullPointerException when a component is null */
    public ProposedRating {
        Objects.requireNonNull(officerId, "officerId");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(level, "level");
    }

    /**
     * The order in which officers keep a scarce level: higher completion ratio first, then higher quality
     * ratio, then the smaller id. A total order, so quota decisions are deterministic.
     *
     * @return true when this officer comes before {@code other}
     */
    public boolean ranksAbove(ProposedRating other) {
        int byCompletion = Double.compare(other.completionRatio, completionRatio);
        if (byCompletion != 0) {
            return byCompletion < 0;
        }
        int byQuality = Double.compare(other.qualityRatio, qualityRatio);
        if (byQuality != 0) {
            return byQuality < 0;
        }
        return officerId.compareTo(other.officerId) < 0;
    }
}
