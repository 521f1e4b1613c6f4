package org.chuanmuc.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chuanmuc.assess.RuleSetComparison.LevelMatrix;
import org.chuanmuc.assess.RuleSetComparison.Standing;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.testing.TinyRules;
import org.junit.jupiter.api.Test;

/** Hostile review of the Standing / 5×5 LevelMatrix API of 8de955e. */
class RuleSetComparisonAttackTest {
    private static final Assessor RULES = TinyRules.assessor();

    /**
     * DEFECT (minor). The record refuses a negative count, but its sums are plain int sums: two legal cells make
     * {@code total()}, {@code moved()}, {@code before()} and {@code after()} negative, and {@link
     * RuleSetComparison.Report#officers()} (which is {@code state.total()}) says −2 officers were compared.
     */
    @Test
    void levelMatrix_twoLegalCounts_giveANegativeTotal() {
        // fixed: counts whose sum an int cannot hold are refused, so every sum of an accepted matrix is exact
        assertThatThrownBy(() -> new LevelMatrix(Map.of(
                Standing.HOAN_THANH, Map.of(Standing.HOAN_THANH, Integer.MAX_VALUE, Standing.KHONG_XEP_LOAI,
                        Integer.MAX_VALUE)))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4294967294");
        LevelMatrix full = new LevelMatrix(Map.of(
                Standing.HOAN_THANH, Map.of(Standing.HOAN_THANH, Integer.MAX_VALUE - 1, Standing.KHONG_XEP_LOAI, 1)));
        assertThat(full.before(Standing.HOAN_THANH)).isEqualTo(Integer.MAX_VALUE);
        assertThat(full.total()).isEqualTo(Integer.MAX_VALUE);
        assertThat(full.moved()).isEqualTo(1);
    }

    /** HELD UP. The matrix is a deep immutable copy; a missing row or cell is 0; a negative cell is refused. */
    @Test
    void levelMatrix_isADeepImmutableCopy() {
        Map<Standing, Integer> row = new EnumMap<>(Standing.class);
        row.put(Standing.KHONG_XEP_LOAI, 2);
        Map<Standing, Map<Standing, Integer>> counts = new EnumMap<>(Standing.class);
        counts.put(Standing.HOAN_THANH_TOT, row);
        LevelMatrix m = new LevelMatrix(counts);

        row.put(Standing.KHONG_XEP_LOAI, 7);
        counts.put(Standing.KHONG_XEP_LOAI, Map.of(Standing.KHONG_XEP_LOAI, 9));

        assertThat(m.count(Standing.HOAN_THANH_TOT, Standing.KHONG_XEP_LOAI)).isEqualTo(2);
        assertThat(m.total()).isEqualTo(2);
        assertThat(m.moved()).isEqualTo(2);
        assertThat(m.hasNotRated()).isTrue();
        assertThat(m.counts()).hasSize(5).allSatisfy((from, r) -> assertThat(r).hasSize(5));
        assertThatThrownBy(() -> m.counts().get(Standing.HOAN_THANH).put(Standing.HOAN_THANH, 1))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.counts().remove(Standing.HOAN_THANH))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new LevelMatrix(Map.of(Standing.KHONG_XEP_LOAI, Map.of(Standing.HOAN_THANH, -1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("KHONG_XEP_LOAI");
        assertThatThrownBy(() -> new LevelMatrix(null)).isInstanceOf(NullPointerException.class);
        assertThat(new LevelMatrix(Map.of())).isEqualTo(new LevelMatrix(Map.of(Standing.HOAN_THANH, Map.of())));
    }

    /**
     * HELD UP. Every combination of (rated or not, proposal) on each side: the officer stands where the flag
     * says, moves exactly when the standing differs, is listed when anything differs, and swapping the two
     * sides transposes every matrix and keeps the same list of officers.
     */
    @Test
    void everyCombination_standingMoveListingAndSwapAreConsistent() {
        RuleSetComparison there = RuleSetComparison.between(RULES, RULES);
        RuleSetComparison back = RuleSetComparison.between(RULES, RULES);
        int n = 0;
        int expectedMoved = 0;
        List<String> expectedListed = new ArrayList<>();
        for (RatingLevel a : RatingLevel.values()) {
            for (RatingLevel b : RatingLevel.values()) {
                for (int flags = 0; flags < 4; flags++) {
                    boolean aNot = (flags & 1) != 0;
                    boolean bNot = (flags & 2) != 0;
                    Dossier d = SampleDossiers.plain("CB-" + n++);
                    Assessment before = assessment(d, a, aNot);
                    Assessment after = assessment(d, b, bNot);
                    there.add(d, before, after);
                    back.add(d, after, before);
                    Standing from = aNot ? Standing.KHONG_XEP_LOAI : Standing.of(a);
                    Standing to = bNot ? Standing.KHONG_XEP_LOAI : Standing.of(b);
                    if (from != to) {
                        expectedMoved++;
                    }
                    if (a != b || aNot != bNot) {
                        expectedListed.add(d.officer().id());
                    }
                }
            }
        }
        RuleSetComparison.Report r = there.report();
        RuleSetComparison.Report t = back.report();

        assertThat(r.officers()).isEqualTo(n);
        assertThat(r.state().moved()).isEqualTo(expectedMoved);
        assertThat(r.changes()).extracting(RuleSetComparison.OfficerChange::officerId).isEqualTo(expectedListed);
        assertThat(r.changes().stream().filter(RuleSetComparison.OfficerChange::ratingChanged).count())
                .isEqualTo(expectedMoved);
        assertThat(t.changes()).extracting(RuleSetComparison.OfficerChange::officerId).isEqualTo(expectedListed);
        for (Standing from : Standing.values()) {
            for (Standing to : Standing.values()) {
                assertThat(t.state().count(to, from)).isEqualTo(r.state().count(from, to));
                assertThat(t.party().count(to, from)).isEqualTo(r.party().count(from, to));
            }
            for (Standing to : Standing.values()) { // party rating = state rating here: the same standings
                assertThat(r.party().count(from, to)).isEqualTo(r.state().count(from, to));
            }
        }
        for (RuleSetComparison.OfficerChange c : r.changes()) {
            assertThat(c.ratingChanged()).isEqualTo(c.baseStanding() != c.changedStanding());
            assertThat(c.baseStanding().level().isEmpty()).isEqualTo(c.baseNotRated());
            assertThat(c.changedStanding().level().isEmpty()).isEqualTo(c.changedNotRated());
        }
    }

    private static Assessment assessment(Dossier d, RatingLevel rating, boolean notRated) {
        List<Flag> flags = notRated ? List.of(new Flag(Flag.NOT_RATED, "Công tác 4 tháng trong năm", "TG-6T"))
                : List.of();
        return new Assessment(d.officer().id(), d.unit().id(), d.period().year(), rating, Optional.of(rating),
                List.of(), flags, List.of(), RULES.ruleSet());
    }
}
