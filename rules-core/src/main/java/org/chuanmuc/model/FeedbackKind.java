package org.chuanmuc.model;

/** Kind of citizen feedback about an officer. */
public enum FeedbackKind {
    /** Phản ánh, khiếu nại. */
    COMPLAINT,
    /** Khen ngợi, biểu dương. */
    PRAISE
}
