package org.chuanmuc.model;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Which system imposed a discipline, and the forms it has. */
public enum DisciplineSystem {
    /**
     * Kỷ luật hành chính (state: CAND, civil servants): every form but khai trừ (civil servants: khiển trách, cảnh
     * cáo, hạ bậc lương, giáng chức, cách chức, buộc thôi việc; CAND also giáng cấp bậc hàm and tước danh hiệu).
     */
    STATE("kỷ luật hành chính", EnumSet.complementOf(EnumSet.of(DisciplineForm.KHAI_TRU))),
    /** Kỷ luật Đảng (party): khiển trách, cảnh cáo, cách chức, khai trừ (Điều lệ Đảng). */
    PARTY("kỷ luật Đảng", EnumSet.of(DisciplineForm.KHIEN_TRACH, DisciplineForm.CANH_CAO, DisciplineForm.CACH_CHUC,
            DisciplineForm.KHAI_TRU));

    private final String label;
    private final Set<DisciplineForm> forms;

    DisciplineSystem(String label, Set<DisciplineForm> forms) {
        this.label = label;
        this.forms = Set.copyOf(forms);
    }

    /** @return the Vietnamese name of the system, {@code "kỷ luật Đảng"} or {@code "kỷ luật hành chính"} */
    public String label() {
        return label;
    }

    /** @return whether this system has the form: a state discipline is never khai trừ, a party one never hạ bậc lương */
    public boolean allows(DisciplineForm form) {
        return forms.contains(form);
    }

    /** @return the forms of this system, lightest first */
    public List<DisciplineForm> forms() {
        return Arrays.stream(DisciplineForm.values()).filter(forms::contains).toList();
    }
}
