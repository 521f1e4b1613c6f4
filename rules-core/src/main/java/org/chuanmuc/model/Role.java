package org.chuanmuc.model;

/** The officer's position in the unit. */
public enum Role {
    /** Cán bộ, chiến sĩ, công chức không giữ chức vụ lãnh đạo, quản lý. */
    STAFF,
    /** Cấp phó (deputy head). */
    DEPUTY_HEAD,
    /** Người đứng đầu (head). */
    HEAD;

    /** @return true for heads and deputy heads: they are rated under the leader rules */
    public boolean isLeader() {
        return this != STAFF;
    }
}
