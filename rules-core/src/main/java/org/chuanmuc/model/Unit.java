package org.chuanmuc.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An organisational unit (đơn vị).
 *
 * @param id          unique, non-blank
 * @param name        display name
 * @param rating      the unit's own rating for the year, used by the leader rules, if known
 * @param outstanding a unit recognised for outstanding achievements: lifts the quota on the top level
 */
public record Unit(String id, String name, Optional<RatingLevel> rating, boolean outstanding) {

    /** @throws NullPointerException when id, name or rating is null */
    public Unit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rating, "rating");
    }

    /** A unit with no rating of its own and no outstanding recognition. */
    public static Unit of(String id, String name) {
        return new Unit(id, name, Optional.empty(), false);
    }

    /** @return true when the unit's own rating is known */
    public boolean hasRating() {
        return rating.isPresent();
    }

    /** @return the unit's rating, or {@code null} when unknown (for rule conditions; prefer {@link #rating()}) */
    public RatingLevel ratingOrNull() {
        return rating.orElse(null);
    }
}
