package org.chuanmuc.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.chuanmuc.model.RatingLevel;

/**
 * What a scenario expects for one officer (one element of {@code expect}).
 *
 * @param officerId    the officer, who must be in the scenario's {@code officers}
 * @param rating       the expected state rating
 * @param partyRating  the expected party rating, when the scenario checks it
 * @param reasons      criterion codes that must appear among the assessment's reasons
 * @param noReasons    criterion codes that must not appear
 * @param rules        prefixes of rule names that must have fired for this officer (reasons and flags)
 * @param reviewFlags  review flag codes that must appear
 * @param warnings     warning codes that must appear
 * @param exactReasons when true, the set of reason criterion codes must equal {@code reasons}
 * @param noReviewFlags review flag codes that must not appear
 * @param noWarnings   warning codes that must not appear
 */
public record Expectation(String officerId, RatingLevel rating, Optional<RatingLevel> partyRating,
                          List<String> reasons, List<String> noReasons, List<String> rules,
                          List<String> reviewFlags, List<String> warnings, boolean exactReasons,
                          List<String> noReviewFlags, List<String> noWarnings) {

    /** @throws NullPointerException when a component is null */
    public Expectation {
        Objects.requireNonNull(officerId, "officerId");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(partyRating, "partyRating");
        reasons = List.copyOf(reasons);
        noReasons = List.copyOf(noReasons);
        rules = List.copyOf(rules);
        reviewFlags = List.copyOf(reviewFlags);
        warnings = List.copyOf(warnings);
        noReviewFlags = List.copyOf(noReviewFlags);
        noWarnings = List.copyOf(noWarnings);
    }
}
