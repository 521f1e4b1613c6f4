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
 * @param track     which rating the reason explains: the state rating (default) or the party rating
 */
public record Finding(String officerId, FindingKind kind, String criterion, String citation, String message,
                      Track track) {

    /** @throws NullPointerException when a component is null */
    public Finding {
        Objects.requireNonNull(officerId, "officerId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(track, "track");
        citation = citation == null ? "" : citation;
        message = message == null ? "" : message;
    }

    /**
     * A reason about the state rating.
     *
     * @throws NullPointerException when officerId, kind or criterion is null
     */
    public Finding(String officerId, FindingKind kind, String criterion, String citation, String message) {
        this(officerId, kind, criterion, citation, message, Track.STATE);
    }

    /** A reason about the party rating. */
    public static Finding party(String officerId, FindingKind kind, String criterion, String citation,
                                String message) {
        return new Finding(officerId, kind, criterion, citation, message, Track.PARTY);
    }
}
