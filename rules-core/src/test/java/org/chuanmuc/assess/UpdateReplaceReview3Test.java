package org.chuanmuc.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chuanmuc.assess.DerivedFactFixtures.HEADER;
import static org.chuanmuc.assess.DerivedFactFixtures.rules;
import static org.chuanmuc.assess.DerivedFactFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile review of 35233b1: a fact put in place by update(handle, other) is checked as an insert. */
class UpdateReplaceReview3Test {

    // --- findings: what a swapped-in result reports ------------------------------------------------------

    @Test
    void capSwappedInByUpdate_reasonNamesTheRuleThatPutItThere() {
        // Reason's Javadoc: "rule: the name of the rule that produced it"; README: reasons carry the rule (audit)
        Assessment a = rules("""
                rule "HA-BAC cap được thay bằng cap khác"
                when
                    $o: Officer()
                then
                    update(insert(RatingCap.state($o.id(), RatingLevel.HOAN_THANH_TOT, "X1", "Đ1", "tạm")),
                            RatingCap.state($o.id(), RatingLevel.HOAN_THANH, "X2", "Đ2", "thật"));
                end
                """).assessAll(unit()).assessments().get(0);
        assertThat(a.rating()).isEqualTo(org.chuanmuc.model.RatingLevel.HOAN_THANH);
        assertThat(a.reasons()).filteredOn(r -> r.criterion().equals("X2")).singleElement()
                .satisfies(r -> assertThat(r.rule()).isEqualTo("HA-BAC cap được thay bằng cap khác"));
    }

    @Test
    void warningSwappedInByUpdate_flagNamesTheRuleThatPutItThere() {
        // Flag's Javadoc: "rule: the rule that raised it"
        Assessment a = rules("""
                rule "CB-DOI cảnh báo được thay"
                when
                    $o: Officer()
                then
                    update(insert(new Warning($o.id(), "NGAN", "ngắn")), new Warning($o.id(), "KHAC", "khác"));
                end
                """).assessAll(unit()).assessments().get(0);
        assertThat(a.warnings()).singleElement()
                .satisfies(w -> assertThat(w.rule()).isEqualTo("CB-DOI cảnh báo được thay"));
    }

    // --- regression tests (expected to pass) ----------------------------------------------------------------

    @Test
    void updateToABoundOfficer_isRefused() {
        // the Officer object would sit under a second handle: Officer is a fact only the engine inserts
        AssessmentException e = assertThrows(AssessmentException.class, () -> rules("""
                rule "NHAN-DOI cán bộ"
                when
                    $o: Officer()
                then
                    update(insert(new Warning($o.id(), "W", "w")), $o);
                end
                """).assessAll(unit()));
        assertThat(e.rule()).hasValueSatisfying(r -> assertThat(r).startsWith("NHAN-DOI"));
    }

    @Test
    void updateToANewPeriod_isRefused() {
        AssessmentException e = assertThrows(AssessmentException.class, () -> rules("""
                rule "DOI-KY kỳ đánh giá"
                when
                    $o: Officer()
                then
                    update(insert(new Warning($o.id(), "W", "w")), new Period(1999));
                end
                """).assessAll(unit()));
        assertThat(e.rule()).hasValueSatisfying(r -> assertThat(r).startsWith("DOI-KY"));
    }

    @Test
    void updateOfATotalToTheSameKey_isLetThroughAndReadOnce() {
        AssessmentReport r = rules("""
                rule "TONG chèn rồi sửa số"
                salience 10
                when
                    Unit()
                then
                    update(insert(new UnitTasks("u1", "Đội", new Tasks(9, 9, 9, 9))),
                            new UnitTasks("u1", "Đội", new Tasks(1, 1, 1, 1)));
                end
                rule "DOC đọc tổng"
                when
                    $t: UnitTasks()
                    $o: Officer(unitId == $t.unitId)
                then
                    insert(new Warning($o.id(), "DOC", $t.summary()));
                end
                """).assessAll(unit());
        assertThat(r.assessments()).hasSize(2).allSatisfy(a -> assertThat(a.warnings()).hasSize(1));
    }

    @Test
    void updateInALocalFolder_isRefusedByTheGuard(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("local.drl"), HEADER + """
                rule "DP thay cảnh báo"
                when
                    $o: Officer()
                then
                    update(insert(new Warning($o.id(), "A", "a")), new Warning($o.id(), "B", "b"));
                end
                """);
        assertThrows(RuleCompilationException.class, () -> Assessor.builder().rules(dir).build());
    }
}
