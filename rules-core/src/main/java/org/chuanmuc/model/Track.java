package org.chuanmuc.model;

/** Which rating a cap applies to: the state (administrative) rating or the party rating. */
public enum Track {
    /** Xếp loại chất lượng cán bộ, công chức (state). */
    STATE,
    /** Xếp loại đảng viên (Quy định 124-QĐ/TW up to 2024, Quy định 366-QĐ/TW from 2025). */
    PARTY
}
