package org.chuanmuc.model;

import java.util.Objects;

/**
 * Result fact: "this officer's rating may be at most {@code max}". Rules insert caps; they never set a
 * rating. The proposed rating is the lowest cap that applies ({@link RatingLevel#HOAN_THANH_XUAT_SAC}
 * when none does), so the outcome does not depend on the order in which rules fire.
 *
 * <p>The name of the rule that inserted the cap is recorded by the engine; the rule need not repeat it.
 *
 * @param officerId the officer
 * @param track     state rating or party rating
 * @param max       the best level still allowed
 * @param criterion the criterion or rule code, e.g. {@code NQ4-DD-03} or {@code ND90-KHT-C}
 * @param citation  the legal source; blank to take it from the criteria catalogue
 * @param message   Vietnamese explanation for the assessment council
 */
public record RatingCap(String officerId, Track track, RatingLevel max, String criterion, String citation,
                        String message) {

    /** @throws NullPointerException when a component is null */
    public RatingCap {
        Objects.requireNonNull(officerId, "officerId");
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(criterion, "criterion");
        citation = citation == null ? "" : citation;
        message = message == null ? "" : message;
    }

    /** A cap on the state rating. */
    public static RatingCap state(String officerId, RatingLevel max, String criterion, String citation,
                                  String message) {
        return new RatingCap(officerId, Track.STATE, max, criterion, citation, message);
    }

    /** A cap on the party rating. */
    public static RatingCap party(String officerId, RatingLevel max, String criterion, String citation,
                                  String message) {
        return new RatingCap(officerId, Track.PARTY, max, criterion, citation, message);
    }
}
