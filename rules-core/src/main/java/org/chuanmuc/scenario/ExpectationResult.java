package org.chuanmuc.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.chuanmuc.assess.Assessment;

/**
 * The outcome of one expectation.
 *
 * @param expectation what was expected
 * @param assessment  the officer's assessment; empty when the reader rejected the officer
 * @param failures    human-readable Vietnamese lines (with English gloss), each starting with the officer
 *                    id; empty when the expectation holds
 */
public record ExpectationResult(Expectation expectation, Optional<Assessment> assessment, List<String> failures) {

    /** @throws NullPointerException when a component is null */
    public ExpectationResult {
        Objects.requireNonNull(expectation, "expectation");
        Objects.requireNonNull(assessment, "assessment");
        failures = List.copyOf(failures);
    }

    /** @return true when every part of the expectation holds */
    public boolean passed() {
        return failures.isEmpty();
    }
}
