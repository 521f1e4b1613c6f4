package org.chuanmuc.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of one scenario file.
 *
 * @param file         the scenario file
 * @param name         the scenario's name (the file name when it could not be loaded)
 * @param expectations one result per expectation, in file order; empty when the file could not be loaded
 *                     or assessed
 * @param problems     lines about the scenario as a whole: a file that could not be loaded, an assessment
 *                     that failed, officers rejected by the reader that no expectation names
 */
public record ScenarioResult(Path file, String name, List<ExpectationResult> expectations, List<String> problems) {

    /** @throws NullPointerException when a component is null */
    public ScenarioResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        expectations = List.copyOf(expectations);
        problems = List.copyOf(problems);
    }

    /** @return true when there are no problems and every expectation holds */
    public boolean passed() {
        return problems.isEmpty() && expectations.stream().allMatch(ExpectationResult::passed);
    }

    /** @return the problem lines, then the failure lines of every expectation, in order */
    public List<String> failures() {
        List<String> lines = new ArrayList<>(problems);
        expectations.forEach(e -> lines.addAll(e.failures()));
        return List.copyOf(lines);
    }
}
