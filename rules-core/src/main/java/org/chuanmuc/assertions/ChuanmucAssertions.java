package org.chuanmuc.assertions;

import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.AssessmentReport;

/**
 * Entry point of the AssertJ assertions for assessment results, for the tests of systems that embed
 * chuanmuc and for scenario tests of local rules. Needs {@code org.assertj:assertj-core} on the test class
 * path (rules-core declares it optional).
 *
 * <pre>{@code
 * import static org.chuanmuc.assertions.ChuanmucAssertions.assertThat;
 *
 * Assessment a = assessor.assess(dossier);
 * assertThat(a).hasRating(RatingLevel.HOAN_THANH)
 *         .hasReasonFor("NQ4-DD-03")
 *         .fired("NQ4-DD-03")
 *         .hasNoWarnings();
 *
 * AssessmentReport report = assessor.assessAll(dossiers);
 * assertThat(report).hasAssessed(3)
 *         .hasCount(RatingLevel.HOAN_THANH_XUAT_SAC, 1)
 *         .assessmentOf("CB-0002").hasRating(RatingLevel.HOAN_THANH_TOT).hasReasonFor("HAN-MUC-XS");
 * }</pre>
 *
 * <p>A failing assertion names the actual rating and lists every reason as {@code criterion — "rule" —
 * message}, in Vietnamese with English in brackets. These methods overload AssertJ's
 * {@code Assertions.assertThat}; both can be imported statically side by side.
 */
public final class ChuanmucAssertions {

    private ChuanmucAssertions() {
    }

    /**
     * @param actual the assessment to check
     * @return assertions on it
     */
    public static AssessmentAssert assertThat(Assessment actual) {
        return new AssessmentAssert(actual);
    }

    /**
     * @param actual the batch to check
     * @return assertions on it
     */
    public static ReportAssert assertThat(AssessmentReport actual) {
        return new ReportAssert(actual);
    }
}
