package org.chuanmuc.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chuanmuc.assess.DerivedFactFixtures.READER;
import static org.chuanmuc.assess.DerivedFactFixtures.readings;
import static org.chuanmuc.assess.DerivedFactFixtures.rules;
import static org.chuanmuc.assess.DerivedFactFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Hostile review of 9ab28d2: the session refuses a second UnitTasks / TotalScore / QuotaRanking for one key while the
 * first is still in the session; a deleted fact frees its key.
 */
class DerivedFactOnceReviewTest {

    /** Inserts one total of u1 (the sample unit) with the given counts. */
    private static String total(String name, int salience, int n) {
        return """
                rule "%s"
                salience %d
                when
                    Unit()
                then
                    insert(new UnitTasks("u1", "Đội Cảnh sát giao thông", new Tasks(%d, %d, %d, %d)));
                end
                """.formatted(name, salience, n, n, n, n);
    }

    /** Expects the unit refused for a second total of u1; otherwise fails saying what each officer read. */
    private static void refusedOrShowReadings(Assessor assessor) {
        AssessmentReport r;
        try {
            r = assessor.assessAll(unit());
        } catch (AssessmentException expected) {
            assertThat(expected.getMessage()).contains("UnitTasks").contains("\"u1\"");
            return;
        }
        org.junit.jupiter.api.Assertions.fail("a second total of u1 was let through; what each officer read: "
                + r.assessments().stream().map(a -> a.officerId() + "=" + a.warnings().stream()
                        .filter(w -> w.code().equals("DOC-TONG")).map(w -> w.message()).toList()).toList());
    }

    // --- update(handle, other) is checked as an insert: the type and the text bound (fixed after this review) --

    @Test
    void updateToAFactCarryingTooMuchText_isRefusedAsAnInsertWouldBe() {
        // update(insert(small), big) skipped every check an insert makes: the text bound is now applied to big
        Assessor assessor = rules("""
                rule "PHONG-TO cảnh báo được thay bằng một cảnh báo rất dài"
                when
                    $o: Officer()
                then
                    update(insert(new Warning($o.id(), "NGAN", "ngắn")), new Warning($o.id(), "DAI", "%s"));
                end
                """.formatted("x".repeat(12_000)));
        AssessmentException e = assertThrows(AssessmentException.class, () -> assessor.assessAll(unit()));
        assertThat(e.rule()).hasValueSatisfying(r -> assertThat(r).startsWith("PHONG-TO"));
        // "o1" + "DAI" + 12,000 characters, past the 10,000 one fact may carry
        assertThat(e.getMessage()).contains(org.chuanmuc.assess.internal.guard.GuardMessages.factTextTooLong(
                2 + 3 + 12_000, org.chuanmuc.assess.internal.guard.GuardLimits.MAX_FACT_TEXT));
        // where it stops: the same swap to a short warning is let through, and the warning read is the new one
        Assessment a = rules("""
                rule "DOI-NGAN cảnh báo được thay bằng một cảnh báo ngắn khác"
                when
                    $o: Officer()
                then
                    update(insert(new Warning($o.id(), "NGAN", "ngắn")), new Warning($o.id(), "KHAC", "khác"));
                end
                """).assessAll(unit()).assessments().get(0);
        assertThat(a.warnings()).extracting(w -> w.code()).containsExactly("KHAC");
    }

    // --- update(handle, other): the guard accepts update(insert(...), other) ---------------------------------

    @Test
    void totalSwappedByUpdateToThisUnit_thenASecondTotalOfThisUnit_isRefused() {
        // the first total is inserted for another unit and update(handle, other) moves it to u1: the session then
        // holds a total of u1 that the monitor never keyed, and a second one inserted beside it is let through
        Assessor assessor = rules("""
                rule "DV-NV tổng nhiệm vụ (chèn rồi đổi đơn vị)"
                salience 10
                when
                    Unit()
                then
                    update(insert(new UnitTasks("u0", "Đơn vị cũ", new Tasks(9, 9, 9, 9))),
                            new UnitTasks("u1", "Đội Cảnh sát giao thông", new Tasks(1, 1, 1, 1)));
                end
                """, total("ND90-DV tổng nhiệm vụ (bản cũ)", 0, 2), READER);

        refusedOrShowReadings(assessor);
    }

    @Test
    void totalSwappedByUpdateToAnotherUnit_freesItsKey() {
        // after the swap the session holds no total of u1: a total of u1 inserted then is the only one, and each
        // officer reads it once (README: "while the first is still in the session")
        Assessor assessor = rules("""
                rule "DV-NV tổng nhiệm vụ (chèn rồi đổi đơn vị)"
                salience 10
                when
                    Unit()
                then
                    update(insert(new UnitTasks("u1", "Đội Cảnh sát giao thông", new Tasks(9, 9, 9, 9))),
                            new UnitTasks("u0", "Đơn vị khác", new Tasks(1, 1, 1, 1)));
                end
                """, total("DV-NV tổng nhiệm vụ của đơn vị", 0, 2), READER);

        AssessmentReport r = assessor.assessAll(unit());

        assertThat(r.assessments()).hasSize(2).allSatisfy(a -> assertThat(readings(a)).isEqualTo(1));
    }

    // --- delete and insert again in one consequence (passes: kept as a regression test) ---------------------

    @Test
    void totalDeletedAndInsertedAgainInOneConsequence_passes() {
        Assessor assessor = rules(total("chèn tổng nhiệm vụ lần đầu", 30, 1), """
                rule "thay tổng nhiệm vụ"
                salience 20
                when
                    $t: UnitTasks(tasks.assigned == 1)
                then
                    delete($t);
                    insert(new UnitTasks("u1", "Đội Cảnh sát giao thông", new Tasks(2, 2, 2, 2)));
                end
                """, READER);

        AssessmentReport r = assessor.assessAll(unit());

        assertThat(r.assessments()).hasSize(2).allSatisfy(a -> {
            assertThat(readings(a)).isEqualTo(1);
            assertThat(a.warnings()).anyMatch(w -> w.message().contains("2/2"));
        });
    }

    @Test
    void insertLogicalOfATotal_isRefusedByTheGuard() {
        RuleCompilationException e = assertThrows(RuleCompilationException.class, () -> rules("""
                rule "tổng logic"
                when
                    Unit()
                then
                    insertLogical(new UnitTasks("u1", "Đội Cảnh sát giao thông", new Tasks(1, 1, 1, 1)));
                end
                """));
        assertThat(e.getMessage()).contains("insertLogical");
    }

    // --- the message --------------------------------------------------------------------------------------

    /** A shipped-style name longer than the echo bound (80): shipped names reach 232 characters. */
    private static final String LONG = "ND90-DV tổng nhiệm vụ của đơn vị do người lãnh đạo phụ trách, tính trên mọi cán bộ"
            + " của đơn vị, kể cả người mới chuyển đến";

    @Test
    void twoRulesWhoseLongNamesDifferAfterTheEchoBound_areNotReportedAsOneRuleFiringTwice() {
        String oldRule = LONG + " (đến 2025)";
        String newRule = LONG + " (từ 2026)";
        Assessor merged = rules(total(newRule, 10, 1), total(oldRule, 0, 2), READER);

        AssessmentException e = assertThrows(AssessmentException.class, () -> merged.assessAll(unit()));

        // two different rules: the advice must be to keep one of them, not to change one rule's conditions
        assertThat(e.getMessage())
                .doesNotContain("một lần chạy trước của chính quy tắc này")
                .doesNotContain("after an earlier firing of the same rule")
                .contains("keep only one of the two rules");
    }

    @Test
    void hostileRuleNames_controlCharactersEscapedAndLengthBounded() {
        String bell = "DV-NV \u001b[2J\u001b[31mtổng\u0007 \u202Emới" + "x".repeat(2000);
        String other = "ND90-DV\u0008\u0008\u0008 cũ \u200B\u009B" + "y".repeat(2000);
        Assessor merged = rules(total(bell, 10, 1), total(other, 0, 2), READER);

        AssessmentException e = assertThrows(AssessmentException.class, () -> merged.assessAll(unit()));

        String m = e.getMessage();
        assertThat(m.chars().filter(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT))
                .isEmpty();
        assertThat(m.length()).isLessThan(1500);
        assertThat(m).contains("\\u001B").contains("\"u1\"");
    }
}
