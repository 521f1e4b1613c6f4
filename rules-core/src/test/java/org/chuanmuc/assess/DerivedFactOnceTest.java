package org.chuanmuc.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chuanmuc.assess.DerivedFactFixtures.READER;
import static org.chuanmuc.assess.DerivedFactFixtures.readings;
import static org.chuanmuc.assess.DerivedFactFixtures.rules;
import static org.chuanmuc.assess.DerivedFactFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.chuanmuc.assess.internal.guard.GuardMessages;
import org.junit.jupiter.api.Test;

/**
 * A unit's task totals ({@code UnitTasks}), an officer's score ({@code TotalScore}) and the quota ranking of one group
 * ({@code QuotaRanking}) exist once per unit, officer or group in a session. An edited copy of the rules with two
 * rules inserting one (a merge that kept an old rule beside the new one) would make every rule reading it conclude
 * twice, and of two scores keep whichever came last: the second insertion stops the unit with an
 * {@link AssessmentException} naming both rules. What the user sees is the exception {@code assessAll} throws.
 */
class DerivedFactOnceTest {

    private static final String NEW_TOTAL = "DV-NV tổng nhiệm vụ của đơn vị";
    private static final String OLD_TOTAL = "ND90-DV tổng nhiệm vụ của đơn vị (bản cũ đến 2025)";

    private static String total(String name, int salience) {
        return """
                rule "%s"
                salience %d
                when
                    $u: Unit()
                    $ds: java.util.List() from collect(Officer(unitId == $u.id))
                then
                    insert(UnitTasks.of($u, $ds));
                end
                """.formatted(name, salience);
    }

    // --- refused --------------------------------------------------------------------------------------------

    @Test
    void twoRulesInsertingTheUnitsTotal_unitFailsNamingBothRulesTheTypeAndTheUnit() {
        Assessor merged = rules(total(NEW_TOTAL, 10), total(OLD_TOTAL, 0), READER);

        AssessmentException e = assertThrows(AssessmentException.class, () -> merged.assessAll(unit()));

        assertThat(e.rule()).contains(OLD_TOTAL);
        assertThat(e.getMessage())
                .isEqualTo(GuardMessages.derivedTwice(OLD_TOTAL, NEW_TOTAL, "UnitTasks", "u1", ""))
                .startsWith("quy tắc \"" + OLD_TOTAL + "\" chèn tổng nhiệm vụ (UnitTasks) thứ hai của đơn vị \"u1\","
                        + " đã có từ quy tắc \"" + NEW_TOTAL + "\": mỗi đơn vị chỉ có một, các quy tắc đọc nó sẽ kết"
                        + " luận hai lần")
                .contains("(rule \"" + OLD_TOTAL + "\" inserted a second UnitTasks for unit \"u1\", after rule \""
                        + NEW_TOTAL + "\" inserted the first");
        // the rule is named once in each language: not prefixed again as the messages of other bounds are
        assertThat(e.getMessage().split(java.util.regex.Pattern.quote(OLD_TOTAL), -1)).hasSize(3);
    }

    @Test
    void twoRulesInsertingAnOfficersScore_unitFailsNamingBothRulesAndTheOfficer() {
        String score = "ND335-DIEM tính tổng điểm trên thang 100";
        String oldScore = "DIEM-CU tính tổng điểm (bản cũ)";
        Assessor merged = rules("""
                rule "%s"
                salience 10
                when
                    $o: Officer()
                then
                    insert(new TotalScore($o.id(), 25, 60, false));
                end
                rule "%s"
                when
                    $o: Officer()
                then
                    insert(new TotalScore($o.id(), 20, 40, false));
                end
                """.formatted(score, oldScore));

        AssessmentException e = assertThrows(AssessmentException.class,
                () -> merged.assessAll(List.of(SampleDossiers.plain("o1"))));

        assertThat(e.rule()).contains(oldScore);
        assertThat(e.getMessage())
                .isEqualTo(GuardMessages.derivedTwice(oldScore, score, "TotalScore", "o1", ""))
                .contains("quy tắc \"" + oldScore + "\" chèn tổng điểm (TotalScore) thứ hai của cán bộ \"o1\", đã có"
                        + " từ quy tắc \"" + score + "\"")
                .contains("điểm được giữ sẽ phụ thuộc thứ tự chạy quy tắc")
                .contains("the score kept would depend on the order the rules fire");
    }

    @Test
    void oneRuleFiringTwiceForTheSameUnit_unitFailsNamingTheRuleAsBoth() {
        String perOfficer = "DV-NV tổng nhiệm vụ tính theo từng cán bộ";
        Assessor assessor = rules("""
                rule "%s"
                when
                    $u: Unit()
                    $o: Officer(unitId == $u.id)
                then
                    insert(new UnitTasks($u.id(), $u.name(), $o.tasks()));
                end
                """.formatted(perOfficer));

        AssessmentException e = assertThrows(AssessmentException.class, () -> assessor.assessAll(unit()));

        assertThat(e.rule()).contains(perOfficer);
        assertThat(e.getMessage())
                .isEqualTo(GuardMessages.derivedTwice(perOfficer, perOfficer, "UnitTasks", "u1", ""))
                .contains("quy tắc \"" + perOfficer + "\" chèn tổng nhiệm vụ (UnitTasks) thứ hai của đơn vị \"u1\","
                        + " đã có từ một lần chạy trước của chính quy tắc này")
                .contains("after an earlier firing of the same rule inserted one");
    }

    @Test
    void twoRulesRankingTheSameGroup_unitFailsNamingBothRulesTheGroupAndTheUnit() {
        Assessor merged = rules(ranking("HAN-MUC-XS xếp hạng nhóm (từ 2026)", "Điều tra", 10),
                ranking("HAN-MUC-XS xếp hạng nhóm (đến 2025)", "Điều tra", 0));

        AssessmentException e = assertThrows(AssessmentException.class, () -> merged.assessAll(unit()));

        assertThat(e.getMessage())
                .isEqualTo(GuardMessages.derivedTwice("HAN-MUC-XS xếp hạng nhóm (đến 2025)",
                        "HAN-MUC-XS xếp hạng nhóm (từ 2026)", "QuotaRanking", "u1", "Điều tra"))
                .contains("xếp hạng hạn mức (QuotaRanking) thứ hai của nhóm \"Điều tra\" thuộc đơn vị \"u1\"");
    }

    /** A ranking of one group, in the second phase as the standard quota rules (all proposals are in by then). */
    private static String ranking(String name, String group, int salience) {
        return """
                rule "%s"
                ruleflow-group "han-muc"
                salience %d
                when
                    $u: Unit()
                    $ps: java.util.List() from collect(ProposedRating(unitId == $u.id))
                then
                    insert(QuotaRanking.of($u, "%s", $ps, 0, 20, QuotaRanking.DEFAULT_ORDER_TO_2025));
                end
                """.formatted(name, salience, group);
    }

    @Test
    void aTotalUpdatedInPlace_stillHoldsItsKey() {
        // update keeps the fact in the session: a second total beside it is still a second one
        Assessor assessor = rules(total(NEW_TOTAL, 10), """
                rule "cập nhật tổng nhiệm vụ"
                no-loop true
                salience 5
                when
                    $t: UnitTasks()
                then
                    update($t);
                end
                """, total(OLD_TOTAL, 0));

        AssessmentException e = assertThrows(AssessmentException.class, () -> assessor.assessAll(unit()));

        assertThat(e.getMessage()).isEqualTo(GuardMessages.derivedTwice(OLD_TOTAL, NEW_TOTAL, "UnitTasks", "u1", ""));
    }

    // --- where it stops: one per key --------------------------------------------------------------------------

    @Test
    void oneTotalPerUnit_eachOfficerReadsItOnce() {
        AssessmentReport r = rules(total(NEW_TOTAL, 10), READER).assessAll(unit());

        assertThat(r.assessments()).hasSize(2).allSatisfy(a -> assertThat(readings(a)).isEqualTo(1));
    }

    @Test
    void totalsOfTwoUnitsInOneSession_differentKeys_pass() {
        AssessmentReport r = rules(total(NEW_TOTAL, 10), """
                rule "DV-NV tổng nhiệm vụ của đơn vị khác"
                when
                    Unit()
                then
                    insert(new UnitTasks("u2", "Đội Cảnh sát cơ động", new Tasks(4, 4, 4, 4)));
                end
                """, READER).assessAll(unit());

        // the officers are all in u1: each reads u1's total once, none reads u2's
        assertThat(r.assessments()).hasSize(2).allSatisfy(a -> assertThat(readings(a)).isEqualTo(1));
    }

    @Test
    void scoresOfTwoOfficersRankingsOfTwoGroupsAndTheUnitsTotal_differentKeys_pass() {
        // the whole unit's ranking and the unit's total share the unit id: their types keep them apart
        AssessmentReport r = rules(total(NEW_TOTAL, 10), """
                rule "ND335-DIEM tính tổng điểm trên thang 100"
                when
                    $o: Officer()
                then
                    insert(new TotalScore($o.id(), 25, 60, false));
                end
                """, ranking("HAN-MUC-XS xếp hạng nhóm Điều tra", "Điều tra", 0),
                ranking("HAN-MUC-XS xếp hạng nhóm Tham mưu", "Tham mưu", 0),
                ranking("HAN-MUC-XS xếp hạng cả đơn vị", "", 0)).assessAll(unit());

        assertThat(r.assessments()).hasSize(2);
    }

    @Test
    void totalInsertedDeletedAndInsertedAgain_passes() {
        // the first total is deleted before the second is inserted: one total at a time, each read once
        AssessmentReport r = rules("""
                rule "chèn tổng nhiệm vụ lần đầu"
                salience 30
                when
                    $u: Unit()
                then
                    insert(new UnitTasks($u.id(), $u.name(), new Tasks(1, 1, 1, 1)));
                end
                rule "xoá tổng nhiệm vụ lần đầu"
                salience 20
                when
                    $t: UnitTasks(tasks.assigned == 1)
                then
                    delete($t);
                end
                rule "chèn lại tổng nhiệm vụ"
                salience 10
                when
                    $u: Unit()
                    not UnitTasks(unitId == $u.id)
                then
                    insert(new UnitTasks($u.id(), $u.name(), new Tasks(2, 2, 2, 2)));
                end
                """, READER).assessAll(unit());

        assertThat(r.firedRules()).contains("chèn tổng nhiệm vụ lần đầu", "xoá tổng nhiệm vụ lần đầu",
                "chèn lại tổng nhiệm vụ");
        assertThat(r.assessments()).hasSize(2).allSatisfy(a -> {
            assertThat(readings(a)).isEqualTo(1);
            assertThat(a.warnings()).anyMatch(w -> w.message().contains("2/2"));
        });
    }

    @Test
    void sessionsReusedForTheNextUnit_startWithNoKeys() {
        // one assessor, one session reset between units: the same unit assessed again is not a second total
        Assessor assessor = rules(total(NEW_TOTAL, 10), READER);
        for (int i = 0; i < 3; i++) {
            AssessmentReport r = assessor.assessAll(unit());
            assertThat(r.assessments()).allSatisfy(a -> assertThat(readings(a)).isEqualTo(1));
        }
    }
}
