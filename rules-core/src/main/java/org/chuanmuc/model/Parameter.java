package org.chuanmuc.model;

import java.util.Objects;

/**
 * A named number from an editable table (e.g. the quota percentage or the early-warning count), inserted
 * by table rules so that other rules read it instead of holding a literal.
 *
 * @param name  stable name, e.g. {@code HAN_MUC_XUAT_SAC_PHAN_TRAM}
 * @param value the value
 */
public record Parameter(String name, double value) {

    /** @throws NullPointerException when name is null */
    public Parameter {
        Objects.requireNonNull(name, "name");
    }

    /** @return the value as an int (truncated) */
    public int intValue() {
        return (int) value;
    }
}
