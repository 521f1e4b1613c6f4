package org.chuanmuc.model;

import java.util.Objects;

/**
 * Result fact: a reason recorded for an officer that does not cap the rating by itself.
 *
 * @param officerId the officer
 * @param kind      positive, negative, aggravating or informative
 * @param criterion the criterion code
 * @param citation  the legal source; blank to take it from the criteria catalogue
 * @param message   Vietnamese explanation
 */
public record Finding(String officerId, FindingKind kind, String criterion, String citation, String message) {

    /** @throws NullPointerException when a component is null */
    public Finding {
        Objects.requireNonNull(officerId, "officerId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(criterion, "criterion");
        citation = citation == null ? "" : citation;
        message = message == null ? "" : message;
    }
}
