package org.example.personnel;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chuanmuc.assertions.ChuanmucAssertions.assertThat;

import java.util.List;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.AssessmentReport;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.criteria.StandardCriteria;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.Unit;
import org.junit.jupiter.api.Test;

/** A personnel department's own test of the standard criteria, written with ChuanmucAssertions. */
class RatingRulesTest {
    private static final Assessor ASSESSOR = Assessor.builder().rules(StandardCriteria.rules()).build();
    private static final Unit UNIT = Unit.of("PC08", "Phòng Cảnh sát giao thông");

    private static Dossier dossier(String id, int completed) {
        return new Dossier(new Period(2025), UNIT, Officer.builder(id, UNIT.id(), Role.STAFF).name("Nguyễn Văn " + id)
                .monthsWorked(12).tasks(40, completed, completed, completed).build());
    }

    @Test
    void lessThanHalfOfTheTasks_isNotCompleted() {
        Assessment assessment = ASSESSOR.assess(dossier("CB-1", 10));

        assertThat(assessment).hasRating(RatingLevel.KHONG_HOAN_THANH).hasReasonFor("ND90-KHT-B");
    }

    @Test
    void aUnit_isAssessedTogether() {
        AssessmentReport report = ASSESSOR.assessAll(List.of(dossier("CB-1", 10), dossier("CB-2", 40)));

        assertThat(report).hasAssessed(2).assessmentOf("CB-1").hasRating(RatingLevel.KHONG_HOAN_THANH);
    }

    @Test
    void aFailingAssertion_explainsTheActualRating() {
        Assessment assessment = ASSESSOR.assess(dossier("CB-1", 10));

        assertThatThrownBy(() -> assertThat(assessment).hasRating(RatingLevel.HOAN_THANH_XUAT_SAC))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("KHONG_HOAN_THANH")
                .hasMessageContaining("ND90-KHT-B");
    }
}
