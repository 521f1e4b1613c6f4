package org.chuanmuc.model;

/** Which system imposed a discipline. */
public enum DisciplineSystem {
    /** Kỷ luật hành chính (state: CAND, civil servants). */
    STATE,
    /** Kỷ luật Đảng (party). */
    PARTY
}
