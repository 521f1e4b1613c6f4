package org.chuanmuc.model;

import java.util.Objects;

/**
 * Result fact: the officer is not rated this year (e.g. fewer than 6 months worked, Nghị định 90/2020/NĐ-CP
 * Điều 2 khoản 3). The rating the rules propose is kept for information, and the officer does not count in the
 * unit's quota on the top level, neither as rated tốt nor as a candidate: the engine marks the officer's
 * {@link ProposedRating} as not {@link ProposedRating#rated() rated}. Only the base criteria may insert it.
 *
 * @param officerId the officer
 * @param criterion the rule code, e.g. {@code TG-6T}
 * @param message   Vietnamese explanation
 */
public record NotRated(String officerId, String criterion, String message) {

    /** @throws NullPointerException when a component is null */
    public NotRated {
        Objects.requireNonNull(officerId, "officerId");
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(message, "message");
    }
}
