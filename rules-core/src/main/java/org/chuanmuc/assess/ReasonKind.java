package org.chuanmuc.assess;

/** What a {@link Reason} does to the rating. */
public enum ReasonKind {
    /** Caps the rating at {@link Reason#cap()}. */
    CAP,
    /** A negative point that does not cap by itself. */
    NEGATIVE,
    /** Makes another negative point weigh more. */
    AGGRAVATING,
    /** A positive point. */
    POSITIVE,
    /** Information. */
    INFO
}
