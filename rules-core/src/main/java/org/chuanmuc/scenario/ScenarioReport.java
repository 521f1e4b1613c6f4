package org.chuanmuc.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The outcome of a scenario run. Immutable.
 *
 * @param scenarios  one result per scenario file, in run order (sorted paths for a folder)
 * @param firedRules the names of every rule the engine fired (see {@link org.chuanmuc.assess.AssessmentReport#firedRules()}),
 *                   including those that produced a reason, review flag or warning, in any
 *                   scenario (for coverage checks); iterates in sorted order
 */
public record ScenarioReport(List<ScenarioResult> scenarios, Set<String> firedRules) {

    /** @throws NullPointerException when a component is null */
    public ScenarioReport {
        scenarios = List.copyOf(scenarios);
        firedRules = Collections.unmodifiableSortedSet(new TreeSet<>(firedRules));
    }

    /** @return true when every scenario passed (also true for an empty run) */
    public boolean passed() {
        return scenarios.stream().allMatch(ScenarioResult::passed);
    }

    /** @return the number of scenarios that passed */
    public int passedCount() {
        return (int) scenarios.stream().filter(ScenarioResult::passed).count();
    }

    /** @return the number of scenarios that failed */
    public int failedCount() {
        return scenarios.size() - passedCount();
    }

    /**
     * @return a Vietnamese report for people: one line per scenario ({@code ĐẠT}/{@code KHÔNG ĐẠT}), each
     *         failing one followed by its failure lines indented by two spaces, then a summary line
     */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        for (ScenarioResult s : scenarios) {
            if (s.passed()) {
                lines.add(ScenarioMessages.passed(s.name(), s.file()));
            } else {
                lines.add(ScenarioMessages.failed(s.name(), s.file()));
                s.failures().forEach(f -> lines.add("  " + f));
            }
        }
        lines.add(ScenarioMessages.summary(scenarios.size(), passedCount(), failedCount()));
        return List.copyOf(lines);
    }
}
