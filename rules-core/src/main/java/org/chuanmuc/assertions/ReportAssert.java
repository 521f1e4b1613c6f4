package org.chuanmuc.assertions;

import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.AssessmentReport;
import org.chuanmuc.model.RatingLevel;

/**
 * Assertions on a batch, an {@link AssessmentReport}; obtain one with
 * {@link ChuanmucAssertions#assertThat(AssessmentReport)}. Failure messages show the counts per rating level.
 */
public final class ReportAssert extends AbstractAssert<ReportAssert, AssessmentReport> {

    ReportAssert(AssessmentReport actual) {
        super(actual, ReportAssert.class);
    }

    /**
     * Verifies how many officers were assessed.
     *
     * @param expected the number of assessments
     * @return this, for chaining
     * @throws AssertionError when the number differs
     */
    public ReportAssert hasAssessed(int expected) {
        isNotNull();
        if (actual.assessments().size() != expected) {
            failWithMessage("%s", FailureMessages.assessed(actual, expected));
        }
        return this;
    }

    /**
     * Verifies how many officers got a rating level. An officer not rated this year counts in no level (see
     * {@link #hasNotRated(int)}).
     *
     * @param level    the level
     * @param expected how many officers must have it
     * @return this, for chaining
     * @throws AssertionError when the count differs
     */
    public ReportAssert hasCount(RatingLevel level, int expected) {
        isNotNull();
        if (actual.countByRating().getOrDefault(level, 0) != expected) {
            failWithMessage("%s", FailureMessages.count(actual, level, expected));
        }
        return this;
    }

    /**
     * Verifies how many officers are not rated this year ({@link Assessment#notRated()}): they are counted in no
     * level by {@link #hasCount}.
     *
     * @param expected how many officers must be not rated
     * @return this, for chaining
     * @throws AssertionError when the count differs
     */
    public ReportAssert hasNotRated(int expected) {
        isNotNull();
        if (actual.countNotRated() != expected) {
            failWithMessage("%s", FailureMessages.notRated(actual, expected));
        }
        return this;
    }

    /**
     * Moves on to the assessment of one officer.
     *
     * @param officerId the officer's id
     * @return assertions on that officer's assessment
     * @throws AssertionError when the report has no assessment of that officer
     */
    public AssessmentAssert assessmentOf(String officerId) {
        isNotNull();
        Optional<Assessment> found = actual.assessments().stream()
                .filter(a -> a.officerId().equals(officerId)).findFirst();
        if (found.isEmpty()) {
            failWithMessage("%s", FailureMessages.assessmentOf(actual, officerId));
        }
        return new AssessmentAssert(found.orElseThrow());
    }
}
