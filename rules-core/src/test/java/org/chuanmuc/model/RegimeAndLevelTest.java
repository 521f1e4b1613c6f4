package org.chuanmuc.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Effective dating of the state and party regimes, and the small value helpers rules use. */
class RegimeAndLevelTest {

    @Test
    void partyRegime_qd124UpTo2024_qd366From2025() {
        assertThat(new Period(2024).partyRegime()).isEqualTo(PartyRegime.QD_124_2023);
        assertThat(new Period(2025).partyRegime()).isEqualTo(PartyRegime.QD_366_2025);
        assertThat(new Period(2026).partyRegime()).isEqualTo(PartyRegime.QD_366_2025);
        assertThat(new Period(2025).regime()).isEqualTo(Regime.ND_90_2020);
    }

    @Test
    void above_isTheNextBetterLevel() {
        assertThat(RatingLevel.KHONG_HOAN_THANH.above()).isEqualTo(RatingLevel.HOAN_THANH);
        assertThat(RatingLevel.HOAN_THANH.above()).isEqualTo(RatingLevel.HOAN_THANH_TOT);
        assertThat(RatingLevel.HOAN_THANH_TOT.above()).isEqualTo(RatingLevel.HOAN_THANH_XUAT_SAC);
        assertThat(RatingLevel.HOAN_THANH_XUAT_SAC.above()).isEqualTo(RatingLevel.HOAN_THANH_XUAT_SAC);
    }

    @Test
    void proposedRating_groupKeyAndOrderUpTo2025() {
        ProposedRating a = new ProposedRating("A", "U", Optional.of("Điều tra"), Role.STAFF,
                RatingLevel.HOAN_THANH_XUAT_SAC, new Tasks(40, 40, 40, 39), Optional.empty());
        ProposedRating b = new ProposedRating("B", "U", Optional.empty(), Role.STAFF,
                RatingLevel.HOAN_THANH_XUAT_SAC, new Tasks(40, 40, 40, 40), Optional.of(91.0));
        assertThat(a.groupKey()).isEqualTo("Điều tra");
        assertThat(b.groupKey()).isEmpty();
        assertThat(b.ranksAbove(a)).isTrue();
        assertThat(a.ranksAbove(b)).isFalse();
        assertThat(a.totalScoreOrMinusOne()).isEqualTo(-1.0);
        assertThat(b.completionRatio()).isEqualTo(1.0);
    }

    @Test
    void finding_partyReasonKeepsItsTrack() {
        assertThat(Finding.party("A", FindingKind.INFO, "QD366", "", "x").track()).isEqualTo(Track.PARTY);
        assertThat(new Finding("A", FindingKind.INFO, "QD366", "", "x").track()).isEqualTo(Track.STATE);
    }
}
