package org.chuanmuc.model;

/** How a {@link Finding} weighs in the assessment. */
public enum FindingKind {
    /** A positive reason (praise, a criterion met). */
    POSITIVE,
    /** A negative reason that does not by itself cap the rating. */
    NEGATIVE,
    /** Makes another negative reason weigh more (e.g. the same sign found again). */
    AGGRAVATING,
    /** Information for the council. */
    INFO
}
