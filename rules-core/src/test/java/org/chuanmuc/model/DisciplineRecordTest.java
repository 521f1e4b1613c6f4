package org.chuanmuc.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DisciplineRecordTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    @Test
    void new_formItsSystemHas_accepted() {
        for (DisciplineSystem system : DisciplineSystem.values()) {
            for (DisciplineForm form : system.forms()) {
                assertThat(new DisciplineRecord(form, system, DAY, "", true).form()).isEqualTo(form);
            }
        }
    }

    @Test
    void new_stateKhaiTruOrPartyFormOfTheState_refusedNamingTheForms() {
        assertThatThrownBy(() -> new DisciplineRecord(DisciplineForm.KHAI_TRU, DisciplineSystem.STATE, DAY, "", true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("KHAI_TRU");
        for (DisciplineForm form : new DisciplineForm[] {DisciplineForm.HA_BAC_LUONG, DisciplineForm.GIANG_CAP_BAC_HAM,
                DisciplineForm.GIANG_CHUC, DisciplineForm.TUOC_DANH_HIEU_CAND, DisciplineForm.BUOC_THOI_VIEC}) {
            assertThatThrownBy(() -> new DisciplineRecord(form, DisciplineSystem.PARTY, DAY, "", true))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("a PARTY discipline cannot be " + form
                            + "; its forms are [KHIEN_TRACH, CANH_CAO, CACH_CHUC, KHAI_TRU]");
        }
    }

    @Test
    void forms_ofBothSystems_coverEveryFormAndShareOnlyTheCommonOnes() {
        assertThat(DisciplineSystem.STATE.forms()).doesNotContain(DisciplineForm.KHAI_TRU).hasSize(8);
        assertThat(DisciplineSystem.PARTY.forms()).containsExactly(DisciplineForm.KHIEN_TRACH, DisciplineForm.CANH_CAO,
                DisciplineForm.CACH_CHUC, DisciplineForm.KHAI_TRU);
    }

    @Test
    void decidedBefore_earlierYearOnly() {
        DisciplineRecord k = new DisciplineRecord(DisciplineForm.KHIEN_TRACH, DisciplineSystem.STATE, DAY, "", true);
        assertThat(k.decidedBefore(2027)).isTrue();
        assertThat(k.decidedBefore(2026)).isFalse();
        assertThat(k.decidedIn(2026)).isTrue();
    }
}
