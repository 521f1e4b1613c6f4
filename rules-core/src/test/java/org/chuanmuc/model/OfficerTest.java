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
}
