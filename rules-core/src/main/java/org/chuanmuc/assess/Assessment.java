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
 * @param localRules  the names of the rules from local folders ({@code Assessor.Builder.rules(Path)}) that inserted
 *                    a cap, finding, review flag or warning about this officer, sorted; empty when only the base
 *                    criteria concluded anything. Local rules can only lower a rating or add a remark, so this
 *                    says exactly where an assessment departs from what the base criteria alone would give.
 */
public record Assessment(String officerId, String unitId, int year, RatingLevel rating,
                         Optional<RatingLevel> partyRating, List<Reason> reasons, List<Flag> reviewFlags,
                         List<Flag> warnings, RuleSetInfo ruleSet, List<String> localRules) {

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
        localRules = localRules.isEmpty() ? List.of() : localRules.stream().distinct().sorted().toList();
    }

    /**
     * An assessment that no local rule affected.
     *
     * @throws NullPointerException when a component is null
     */
    public Assessment(String officerId, String unitId, int year, RatingLevel rating,
                      Optional<RatingLevel> partyRating, List<Reason> reasons, List<Flag> reviewFlags,
                      List<Flag> warnings, RuleSetInfo ruleSet) {
        this(officerId, unitId, year, rating, partyRating, reasons, reviewFlags, warnings, ruleSet, List.of());
    }

    /**
     * @return whether the officer is not rated this year ({@link Flag#NOT_RATED}): {@link #rating()} is then the
     *         proposal for information, and summaries count the officer apart from every level. The engine raises
     *         the flag exactly for the officers a rule of the first phase concluded {@code NotRated} about, whom the
     *         unit's quota leaves out
     */
    public boolean notRated() {
        return reviewFlags.stream().anyMatch(f -> f.code().equals(Flag.NOT_RATED));
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
