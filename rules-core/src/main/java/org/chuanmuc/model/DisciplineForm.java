package org.chuanmuc.model;

/**
 * Forms of discipline, lightest first. The codes are those used in dossiers; what each form does to a
 * rating is decided by the rule tables, not here.
 */
public enum DisciplineForm {
    /** Khiển trách. */
    KHIEN_TRACH("khiển trách"),
    /** Cảnh cáo. */
    CANH_CAO("cảnh cáo"),
    /** Hạ bậc lương. */
    HA_BAC_LUONG("hạ bậc lương"),
    /** Giáng cấp bậc hàm (CAND). */
    GIANG_CAP_BAC_HAM("giáng cấp bậc hàm"),
    /** Giáng chức. */
    GIANG_CHUC("giáng chức"),
    /** Cách chức. */
    CACH_CHUC("cách chức"),
    /** Tước danh hiệu Công an nhân dân. */
    TUOC_DANH_HIEU_CAND("tước danh hiệu Công an nhân dân"),
    /** Buộc thôi việc. */
    BUOC_THOI_VIEC("buộc thôi việc"),
    /** Khai trừ (party). */
    KHAI_TRU("khai trừ");

    private final String label;

    DisciplineForm(String label) {
        this.label = label;
    }

    /** @return the Vietnamese name of the form */
    public String label() {
        return label;
    }
}
