package org.chuanmuc.model;

/** Severity of a sign of degradation, as set in the editable severity table. */
public enum Severity {
    /** Nhẹ. */
    NHE,
    /** Nghiêm trọng. */
    NGHIEM_TRONG,
    /** Rất nghiêm trọng. */
    RAT_NGHIEM_TRONG
}
