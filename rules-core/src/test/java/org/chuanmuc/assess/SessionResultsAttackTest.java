package org.chuanmuc.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Attack 8 on the results read from the monitor's list of inserts (0c74032, 20b99cc): deletes that cross the two
 * phases, deletes of what the first phase reads ({@code NotRated}, {@code TotalScore}), a delete through a
 * {@code from collect} element, a result inserted and deleted within the second phase, and a session reused after a
 * unit that deleted something (the {@code changed} flag and the list belong to one unit). All guarded base rules.
 * The code survives every one of these; they are kept because the existing tests delete only within the first
 * phase and never reuse a session after a delete. Each expectation is what the old collection (every live fact
 * of the session, provenance by identity) gave too, checked against a copy of the old runner over 1,400 random
 * guarded rule sets (commit 99926b9; that copy was not kept), except the not-rated flag an officer with a
 * {@code NotRated} now gets from the engine ({@link NotRatedTest}).
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a hang detector, not a speed limit
class SessionResultsAttackTest {
    private static final String RULES = """
            package thu.xoa;
            import org.chuanmuc.model.*;
            import java.util.List;

            rule "X-01 kết quả giai đoạn 1"
            when
                $o: Officer()
            then
                insert(RatingCap.state($o.id(), RatingLevel.HOAN_THANH, "X-01", "Quy chế thử", "giới hạn"));
                insert(new Finding($o.id(), FindingKind.NEGATIVE, "X-01", "Quy chế thử", "nhận xét"));
                insert(new ReviewFlag($o.id(), "X-01", "cờ"));
                insert(new Warning($o.id(), "X-01", "cảnh báo"));
                insert(new TotalScore($o.id(), 50, 40, true));
                insert(new NotRated($o.id(), "X-01", "không xếp loại"));
            end

            rule "X-02 xóa không xếp loại và tổng điểm của CB-DEL trước giai đoạn 2"
            salience -10
            when
                $o: Officer(id == "CB-DEL")
                $n: NotRated(officerId == $o.id)
                $t: TotalScore(officerId == $o.id)
            then
                delete($n);
                delete($t);
            end

            rule "X-03 giai đoạn 2 ghi lại mức đề xuất"
            ruleflow-group "han-muc"
            salience 10
            when
                $p: ProposedRating()
            then
                insert(new Finding($p.officerId(), FindingKind.INFO, "X-03", "Quy chế thử",
                        $p.level().name() + " " + $p.rated() + " " + $p.totalScoreOrMinusOne()));
                insert(new Warning($p.officerId(), "X-03", "sẽ bị xóa trong giai đoạn 2"));
            end

            rule "X-04 giai đoạn 2 xóa giới hạn giai đoạn 1 của CB-DEL"
            ruleflow-group "han-muc"
            when
                ProposedRating(officerId == "CB-DEL")
                $c: RatingCap(officerId == "CB-DEL", criterion == "X-01")
            then
                delete($c);
            end

            rule "X-05 giai đoạn 2 xóa nhận xét, cờ và cảnh báo giai đoạn 1 của CB-DEL"
            ruleflow-group "han-muc"
            when
                ProposedRating(officerId == "CB-DEL")
                $f: Finding(officerId == "CB-DEL", criterion == "X-01")
                $r: ReviewFlag(officerId == "CB-DEL", code == "X-01")
                $w: Warning(officerId == "CB-DEL", code == "X-01")
            then
                delete($f);
                delete($r);
                delete($w);
            end

            rule "X-06 giai đoạn 2 xóa cảnh báo vừa chèn trong cùng giai đoạn"
            ruleflow-group "han-muc"
            salience -10
            when
                $w: Warning(code == "X-03")
            then
                delete($w);
            end

            rule "X-07 xóa qua phần tử của collect"
            salience -20
            when
                $o: Officer(id == "CB-FROM")
                $l: List() from collect(Finding(officerId == $o.id, criterion == "X-01"))
                $f: Finding() from $l
            then
                delete($f);
            end
            """;

    private static final Unit UNIT = Unit.of("DV-1", "Đội thử");

    private static Dossier dossier(String id) {
        return new Dossier(new Period(2025), UNIT,
                Officer.builder(id, UNIT.id(), Role.STAFF).tasks(10, 10, 10, 10).generalScore(25).build());
    }

    private static Assessor assessor() {
        return Assessor.builder().rules(RuleSource.drl("xoa.drl", RULES)).build();
    }

    private static List<String> reasons(Assessment a) {
        return a.reasons().stream().map(r -> r.criterion() + " " + r.kind() + " " + r.message() + " ← " + r.rule())
                .toList();
    }

    @Test
    void assessAll_deletesAcrossPhases_leaveOnlyLiveResults_andThePhaseOneProposalReflectsTheDeletes() {
        List<Assessment> a = assessor().assessAll(List.of(dossier("CB-DEL"), dossier("CB-KEEP"), dossier("CB-FROM")))
                .assessments();

        Assessment del = a.get(0);
        // its cap was deleted in phase 2: the proposal (HOAN_THANH) came from it, the final rating no longer does
        assertThat(del.rating()).isEqualTo(RatingLevel.HOAN_THANH_XUAT_SAC);
        // NotRated and TotalScore deleted before phase 2: rated, without a score
        assertThat(reasons(del)).containsExactly("X-03 INFO HOAN_THANH true -1.0 ← X-03 giai đoạn 2 ghi lại mức đề xuất");
        assertThat(del.reviewFlags()).isEmpty();
        assertThat(del.warnings()).isEmpty();
        assertThat(del.notRated()).isFalse();

        Assessment keep = a.get(1);
        assertThat(keep.rating()).isEqualTo(RatingLevel.HOAN_THANH);
        assertThat(reasons(keep)).containsExactly(
                "X-01 CAP giới hạn ← X-01 kết quả giai đoạn 1",
                "X-01 NEGATIVE nhận xét ← X-01 kết quả giai đoạn 1",
                "X-03 INFO HOAN_THANH false 90.0 ← X-03 giai đoạn 2 ghi lại mức đề xuất");
        // its NotRated stayed: the engine marks it not rated with the conclusion's message and rule (no rule raised the flag)
        assertThat(keep.notRated()).isTrue();
        assertThat(keep.reviewFlags()).extracting(f -> f.code() + " " + f.message() + " ← " + f.rule())
                .containsExactly("KHONG-XEP-LOAI X-01: không xếp loại ← X-01 kết quả giai đoạn 1",
                        "X-01 cờ ← X-01 kết quả giai đoạn 1");
        assertThat(keep.warnings()).extracting(f -> f.code() + " ← " + f.rule())
                .containsExactly("X-01 ← X-01 kết quả giai đoạn 1");

        Assessment from = a.get(2);
        assertThat(reasons(from)).containsExactly(
                "X-01 CAP giới hạn ← X-01 kết quả giai đoạn 1",
                "X-03 INFO HOAN_THANH false 90.0 ← X-03 giai đoạn 2 ghi lại mức đề xuất");
    }

    @Test
    void assess_reusedSessionAfterAUnitWithDeletes_andBefore_equalsAFreshAssessor() {
        List<Dossier> withDeletes = List.of(dossier("CB-DEL"), dossier("CB-FROM"));
        List<Dossier> without = List.of(dossier("CB-A"), dossier("CB-B"));
        List<Assessment> freshWith = assessor().assessAll(withDeletes).assessments();
        List<Assessment> freshWithout = assessor().assessAll(without).assessments();

        Assessor reused = assessor(); // one thread: each unit takes the session the previous one left
        for (int round = 0; round < 3; round++) {
            assertThat(reused.assessAll(withDeletes).assessments()).as("round %d, deletes", round)
                    .isEqualTo(freshWith);
            assertThat(reused.assessAll(without).assessments()).as("round %d, no delete", round)
                    .isEqualTo(freshWithout);
        }
        assertThat(freshWithout.get(0).reasons()).hasSize(3);
        assertThat(freshWithout.get(0).warnings()).hasSize(1);
    }
}
