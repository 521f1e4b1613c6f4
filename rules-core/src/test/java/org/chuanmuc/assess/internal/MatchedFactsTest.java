package org.chuanmuc.assess.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.ProposedRating;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.Tasks;
import org.junit.jupiter.api.Test;

/** The audit trail describes matched facts the same way every run, and briefly. */
class MatchedFactsTest {

    @Test
    void describe_resultsOfOneAccumulate_eachDescribedNeverByIdentity() {
        Object[] results = {Officer.builder("CB-1", "DV", Role.HEAD).build(), 110L};

        assertThat(SessionMonitor.describe(results)).isEqualTo("[Officer(CB-1), 110]");
    }

    @Test
    void describe_collectedGroup_showsFiveFactsAndTheCount() {
        List<ProposedRating> group = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            group.add(new ProposedRating("CB-" + i, "DV", Optional.of("Điều tra"), Role.STAFF,
                    RatingLevel.HOAN_THANH_XUAT_SAC, new Tasks(10, 10, 10, 10), Optional.of(95.0)));
        }

        assertThat(SessionMonitor.describe(group)).isEqualTo("[ProposedRating(CB-1, HOAN_THANH_XUAT_SAC), "
                + "ProposedRating(CB-2, HOAN_THANH_XUAT_SAC), ProposedRating(CB-3, HOAN_THANH_XUAT_SAC), "
                + "ProposedRating(CB-4, HOAN_THANH_XUAT_SAC), ProposedRating(CB-5, HOAN_THANH_XUAT_SAC), … (7)]");
    }
}
