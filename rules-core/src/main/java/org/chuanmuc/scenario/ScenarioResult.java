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
 * @param malformed    whether the file itself could not be loaded (not JSON, a missing field…): an error of the
 *                     input, as opposed to a scenario that ran and failed
 */
public record ScenarioResult(Path file, String name, List<ExpectationResult> expectations, List<String> problems,
                             boolean malformed) {

    /** @throws NullPointerException when a component is null */
    public ScenarioResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        expectations = List.copyOf(expectations);
        problems = List.copyOf(problems);
    }

    /**
     * A scenario that was loaded and run.
     *
     * @param file         the scenario file
     * @param name         the scenario's name
     * @param expectations one result per expectation, in file order
     * @param problems     lines about the scenario as a whole
     */
    public ScenarioResult(Path file, String name, List<ExpectationResult> expectations, List<String> problems) {
        this(file, name, expectations, problems, false);
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
