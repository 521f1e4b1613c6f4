package org.chuanmuc.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.chuanmuc.assess.Reason;
import org.chuanmuc.assess.ReasonKind;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Track;
import org.junit.jupiter.api.Test;

class ShownReasonTest {
    private static final List<Reason> BOTH = ReportFixtures.onBothTracks("NQ4-DD-03", RatingLevel.KHONG_HOAN_THANH,
            "Kê khai tài sản không trung thực");

    @Test
    void of_sameReasonOnBothTracks_isShownOnceForBoth() {
        Reason other = ReportFixtures.cap("ND90-TOT", RatingLevel.HOAN_THANH_TOT, "Chưa đúng hạn");

        List<ShownReason> shown = ShownReason.of(List.of(BOTH.get(0), other, BOTH.get(1)));

        assertThat(shown).hasSize(2);
        assertThat(shown.get(0).reason()).isSameAs(BOTH.get(0));
        assertThat(shown.get(0).tracks()).isEqualTo(Set.of(Track.STATE, Track.PARTY));
        assertThat(shown.get(0).forBoth()).isTrue();
        assertThat(shown.get(0).trackNote()).isEqualTo("xếp loại chính quyền và đảng viên");
        assertThat(shown.get(0).shows(BOTH.get(1))).isTrue();
        assertThat(shown.get(1).reason()).isSameAs(other);
        assertThat(shown.get(1).trackNote()).isEmpty();
    }

    @Test
    void of_partyFirst_keepsItsPlaceAndShowsTheStateOne() {
        List<ShownReason> shown = ShownReason.of(List.of(BOTH.get(1), BOTH.get(0)));

        assertThat(shown).singleElement().satisfies(s -> {
            assertThat(s.forBoth()).isTrue();
            assertThat(s.shows(BOTH.get(0))).isTrue();
            assertThat(s.concernsState()).isTrue();
        });
    }

    @Test
    void of_differentCapOrMessage_staysTwoReasons() {
        Reason party = BOTH.get(1);
        Reason lowerCap = new Reason(party.rule(), party.criterion(), party.label(), party.citation(),
                party.message(), ReasonKind.CAP, Optional.of(RatingLevel.HOAN_THANH), Track.PARTY, party.matched());
        Reason otherMessage = new Reason(party.rule(), party.criterion(), party.label(), party.citation(),
                "Đảng viên có biểu hiện suy thoái", ReasonKind.CAP, party.cap(), Track.PARTY, party.matched());

        assertThat(ShownReason.of(List.of(BOTH.get(0), lowerCap))).hasSize(2);
        List<ShownReason> shown = ShownReason.of(List.of(BOTH.get(0), otherMessage));
        assertThat(shown).hasSize(2);
        assertThat(shown.get(1).partyOnly()).isTrue();
        assertThat(shown.get(1).trackNote()).isEqualTo("xếp loại đảng viên");
    }

    @Test
    void of_twiceOnTheSameTrack_isNotMerged() {
        List<Reason> twice = new ArrayList<>(List.of(BOTH.get(0), BOTH.get(0), BOTH.get(1)));

        List<ShownReason> shown = ShownReason.of(twice);

        assertThat(shown).extracting(s -> s.tracks().size()).containsExactly(2, 1);
    }
}
