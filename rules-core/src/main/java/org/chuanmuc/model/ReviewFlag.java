package org.chuanmuc.model;

import java.util.Objects;

/**
 * Result fact: a point the law leaves to the judgement of a person, or an early warning. A flag never
 * changes the rating; it asks the assessment council to look.
 *
 * @param officerId the officer
 * @param code      stable flag code, e.g. {@code CANH_BAO_SOM}
 * @param message   Vietnamese explanation
 */
public record ReviewFlag(String officerId, String code, String message) {

    /** @throws NullPointerException when a component is null */
    public ReviewFlag {
        Objects.requireNonNull(officerId, "officerId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
