package org.chuanmuc.assess;

import java.util.Optional;

/**
 * An assessment could not finish: a rule fired too often (a loop), the session ran past its time limit,
 * or a rule's consequence threw.
 */
public final class AssessmentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String rule;

    /**
     * @param message what went wrong
     * @param rule    the rule most involved, or null when none can be named
     * @param cause   the underlying exception, or null
     */
    public AssessmentException(String message, String rule, Throwable cause) {
        super(message, cause);
        this.rule = rule;
    }

    /** @return the name of the rule that looped, timed out or threw, when known */
    public Optional<String> rule() {
        return Optional.ofNullable(rule);
    }
}
