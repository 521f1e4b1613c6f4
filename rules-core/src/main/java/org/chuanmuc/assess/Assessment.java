package org.chuanmuc.assess;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.chuanmuc.model.RatingLevel;

/**
 * The proposed rating of one officer, with everything that explains it. Immutable.
 *
 * @param officerId   the officer
 * @param unitId      the officer's unit
 * @param year        the assessment year
 * @param rating      the proposed state rating: the lowest cap, or the top level when nothing caps it
 * @param partyRating the proposed party rating, for party members only
 * @param reasons     every reason, caps first (lowest cap first), then the other kinds
 * @param reviewFlags points for the council to judge
 * @param warnings    data warnings
 * @param ruleSet     the rules that produced this assessment
 */
public record Assessment(String officerId, String unitId, int year, RatingLevel rating,
                         Optional<RatingLevel> partyRating, List<Reason> reasons, List<Flag> reviewFlags,
                         List<Flag> warnings, RuleSetInfo ruleSet) {

    /** @throws NullPointerException when a component is null */
    public Assessment {
        Objects.requireNonNull(officerId, "officerId");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(partyRating, "partyRating");
        Objects.requireNonNull(ruleSet, "ruleSet");
        reasons = List.copyOf(reasons);
        reviewFlags = List.copyOf(reviewFlags);
        warnings = List.copyOf(warnings);
    }

    /** @return the Vietnamese label of the rating */
    public String ratingLabel() {
        return rating.label();
    }

    /** @return the reasons about one criterion code */
    public List<Reason> reasonsFor(String criterion) {
        return reasons.stream().filter(r -> r.criterion().equals(criterion)).toList();
    }

    /** @return the reasons that cap the state rating at exactly {@link #rating()} */
    public List<Reason> decisiveReasons() {
        return reasons.stream().filter(r -> r.cap().filter(rating::equals).isPresent()
                && r.track() == org.chuanmuc.model.Track.STATE).toList();
    }
}
