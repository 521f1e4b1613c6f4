package org.chuanmuc.assertions;

import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.AbstractAssert;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.Flag;
import org.chuanmuc.assess.Reason;
import org.chuanmuc.assertions.FailureMessages.FlagKind;
import org.chuanmuc.model.RatingLevel;

/**
 * Assertions on one {@link Assessment}; obtain one with {@link ChuanmucAssertions#assertThat(Assessment)}.
 * Every failure message names the actual rating and lists every reason as {@code criterion — "rule" —
 * message}, with the review flags and warnings.
 */
public final class AssessmentAssert extends AbstractAssert<AssessmentAssert, Assessment> {

    AssessmentAssert(Assessment actual) {
        super(actual, AssessmentAssert.class);
    }

    /**
     * Verifies the proposed state rating.
     *
     * @param expected the rating the officer must have
     * @return this, for chaining
     * @throws AssertionError when the rating differs
     */
    public AssessmentAssert hasRating(RatingLevel expected) {
        isNotNull();
        if (actual.rating() != expected) {
            failWithMessage("%s", FailureMessages.rating(actual, expected));
        }
        return this;
    }

    /**
     * Verifies the proposed party rating (party members only).
     *
     * @param expected the party rating the officer must have
     * @return this, for chaining
     * @throws AssertionError when the party rating differs or is absent
     */
    public AssessmentAssert hasPartyRating(RatingLevel expected) {
        isNotNull();
        if (actual.partyRating().filter(expected::equals).isEmpty()) {
            failWithMessage("%s", FailureMessages.partyRating(actual, expected));
        }
        return this;
    }

    /**
     * Verifies that at least one reason concerns a criterion.
     *
     * @param criterion the criterion code, e.g. {@code "NQ4-DD-03"}
     * @return this, for chaining
     * @throws AssertionError when no reason has that criterion code
     */
    public AssessmentAssert hasReasonFor(String criterion) {
        isNotNull();
        if (actual.reasonsFor(criterion).isEmpty()) {
            failWithMessage("%s", FailureMessages.reasonFor(actual, criterion));
        }
        return this;
    }

    /**
     * Verifies that no reason concerns a criterion.
     *
     * @param criterion the criterion code
     * @return this, for chaining
     * @throws AssertionError when some reason has that criterion code
     */
    public AssessmentAssert hasNoReasonFor(String criterion) {
        isNotNull();
        if (!actual.reasonsFor(criterion).isEmpty()) {
            failWithMessage("%s", FailureMessages.noReasonFor(actual, criterion));
        }
        return this;
    }

    /**
     * Verifies that a rule whose name starts with a prefix contributed a reason, a review flag or a warning.
     * Rule names start with their criterion code, so {@code fired("NQ4-DD-03")} checks any rule of that sign.
     *
     * @param ruleNamePrefix the start of the rule name
     * @return this, for chaining
     * @throws AssertionError when no such rule left anything in the assessment
     */
    public AssessmentAssert fired(String ruleNamePrefix) {
        isNotNull();
        List<String> rules = rulesThatFired();
        if (rules.stream().noneMatch(rule -> rule.startsWith(ruleNamePrefix))) {
            failWithMessage("%s", FailureMessages.fired(actual, ruleNamePrefix, rules));
        }
        return this;
    }

    /**
     * Verifies that a review flag with a code was raised.
     *
     * @param code the flag code
     * @return this, for chaining
     * @throws AssertionError when no flag has that code
     */
    public AssessmentAssert hasReviewFlag(String code) {
        return hasFlag(FlagKind.REVIEW, code);
    }

    /**
     * Verifies that no review flag was raised.
     *
     * @return this, for chaining
     * @throws AssertionError when there is a review flag
     */
    public AssessmentAssert hasNoReviewFlags() {
        return hasNoFlags(FlagKind.REVIEW);
    }

    /**
     * Verifies that a data warning with a code was raised.
     *
     * @param code the warning code
     * @return this, for chaining
     * @throws AssertionError when no warning has that code
     */
    public AssessmentAssert hasWarning(String code) {
        return hasFlag(FlagKind.WARNING, code);
    }

    /**
     * Verifies that no data warning was raised.
     *
     * @return this, for chaining
     * @throws AssertionError when there is a warning
     */
    public AssessmentAssert hasNoWarnings() {
        return hasNoFlags(FlagKind.WARNING);
    }

    private AssessmentAssert hasFlag(FlagKind kind, String code) {
        isNotNull();
        if (kind.of(actual).stream().noneMatch(f -> f.code().equals(code))) {
            failWithMessage("%s", FailureMessages.flag(actual, kind, code));
        }
        return this;
    }

    private AssessmentAssert hasNoFlags(FlagKind kind) {
        isNotNull();
        if (!kind.of(actual).isEmpty()) {
            failWithMessage("%s", FailureMessages.noFlags(actual, kind));
        }
        return this;
    }

    private List<String> rulesThatFired() {
        return Stream.concat(actual.reasons().stream().map(Reason::rule),
                        Stream.concat(actual.reviewFlags().stream(), actual.warnings().stream()).map(Flag::rule))
                .filter(rule -> !rule.isEmpty()).distinct().toList();
    }
}
