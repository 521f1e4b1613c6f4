package org.chuanmuc.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OfficerTest {

    @Test
    void hasRating_anyEntryOfTheYear_notOnlyTheFirst() {
        Officer o = Officer.builder("CB-1", "DV-1", Role.STAFF).history(2024, RatingLevel.HOAN_THANH)
                .history(2024, RatingLevel.KHONG_HOAN_THANH).history(2023, RatingLevel.HOAN_THANH_TOT).build();
        assertThat(o.hasRating(2024, RatingLevel.KHONG_HOAN_THANH)).isTrue();
        assertThat(o.hasRating(2024, RatingLevel.HOAN_THANH)).isTrue();
        assertThat(o.ratingIn(2024)).contains(RatingLevel.HOAN_THANH);
        assertThat(o.hasRating(2023, RatingLevel.KHONG_HOAN_THANH)).isFalse();
        assertThat(o.hasRating(2022, RatingLevel.HOAN_THANH_TOT)).isFalse();
    }

    @Test
    void hasRating_noHistory_false() {
        assertThat(Officer.builder("CB-1", "DV-1", Role.STAFF).build().hasRating(2024, RatingLevel.HOAN_THANH))
                .isFalse();
    }
    @Test
    void disciplines_ofTheYear_andAnEarlierOneOfTheOtherSystem() {
        DisciplineRecord party2025 = new DisciplineRecord(DisciplineForm.CANH_CAO, DisciplineSystem.PARTY,
                java.time.LocalDate.of(2025, 11, 20), "5-QĐ/UBKT", true);
        DisciplineRecord state2026 = new DisciplineRecord(DisciplineForm.KHIEN_TRACH, DisciplineSystem.STATE,
                java.time.LocalDate.of(2026, 3, 1), "31/QĐ-CAT", true);
        DisciplineRecord state2024 = new DisciplineRecord(DisciplineForm.KHIEN_TRACH, DisciplineSystem.STATE,
                java.time.LocalDate.of(2024, 3, 1), "", true);
        Officer o = Officer.builder("CB-1", "DV-1", Role.STAFF).discipline(state2024).discipline(party2025)
                .discipline(state2026).build();

        assertThat(o.disciplinesIn(2026)).containsExactly(state2026);
        assertThat(o.disciplinesInSummary(2026))
                .isEqualTo("kỷ luật hành chính khiển trách theo quyết định 31/QĐ-CAT ngày 01/03/2026");
        assertThat(o.earlierDisciplineOfTheOtherSystem(2026)).isEqualTo(party2025);
        // 2025: the party decision of the year and a state one of 2024
        assertThat(o.earlierDisciplineOfTheOtherSystem(2025)).isEqualTo(state2024);
        // 2024: nothing earlier; 2027: nothing decided in the year
        assertThat(o.earlierDisciplineOfTheOtherSystem(2024)).isNull();
        assertThat(o.earlierDisciplineOfTheOtherSystem(2027)).isNull();
        assertThat(o.disciplinesInSummary(2027)).isEmpty();
    }
}
