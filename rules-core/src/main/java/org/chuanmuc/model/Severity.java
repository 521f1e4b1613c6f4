package org.chuanmuc.model;

/** Severity of a sign of degradation, as set in the editable severity table. */
public enum Severity {
    /** Nhẹ. */
    NHE("nhẹ"),
    /** Nghiêm trọng. */
    NGHIEM_TRONG("nghiêm trọng"),
    /** Rất nghiêm trọng. */
    RAT_NGHIEM_TRONG("rất nghiêm trọng");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** @return the Vietnamese label, e.g. {@code "nghiêm trọng"} */
    public String label() {
        return label;
    }
}
