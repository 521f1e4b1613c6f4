package org.chuanmuc.model;

import java.util.Objects;

/**
 * The final rating of an earlier year.
 *
 * @param year   the year
 * @param rating the rating given that year
 */
public record PriorRating(int year, RatingLevel rating) {

    /** @throws NullPointerException when rating is null */
    public PriorRating {
        Objects.requireNonNull(rating, "rating");
    }
}
