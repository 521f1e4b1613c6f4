package org.chuanmuc.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.scenario.ScenarioReport;
import org.chuanmuc.scenario.ScenarioResult;
import org.chuanmuc.scenario.ScenarioRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every scenario file under {@code src/test/scenarios/} (one JUnit test each) and checks coverage:
 * every catalogue code is used by some rule outcome and every rule fired in some scenario, as the engine
 * reports it.
 */
class ScenarioTest {
    static final Path SCENARIOS = Path.of("src", "test", "scenarios");
    private static Assessor assessor;
    private static ScenarioReport report;

    @BeforeAll
    static void runAll() {
        assessor = Dossiers.standard();
        report = ScenarioRunner.of(assessor, org.chuanmuc.io.DossierReader.withKnownSigns(
                CriteriaCatalogue.standard().signCodes())).run(SCENARIOS);
    }

    @TestFactory
    Stream<DynamicTest> scenarios() {
        assertThat(report.scenarios()).hasSizeGreaterThanOrEqualTo(10);
        return report.scenarios().stream().map(s -> DynamicTest.dynamicTest(
                s.file().getFileName() + ": " + s.name(),
                () -> assertThat(s.failures()).as(String.join(System.lineSeparator(), s.failures())).isEmpty()));
    }

    @Test
    void coverage_everyRuleFiresInSomeScenario() {
        Set<String> silent = new TreeSet<>(assessor.ruleNames());
        silent.removeAll(report.firedRules());
        assertThat(silent).as("rules that no scenario fires").isEmpty();
    }

    @Test
    void coverage_everyCatalogueCodeIsReachedBySomeScenario() throws Exception {
        Set<String> reached = new TreeSet<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(SCENARIOS)) {
            walk.filter(p -> p.toString().endsWith(".json")).forEach(files::add);
        }
        for (ScenarioResult s : report.scenarios()) {
            s.expectations().forEach(e -> e.assessment().ifPresent(a -> {
                a.reasons().forEach(r -> reached.add(r.criterion()));
                a.reviewFlags().forEach(f -> reached.add(f.code()));
                a.warnings().forEach(f -> reached.add(f.code()));
            }));
        }
        Set<String> missing = new TreeSet<>(CriteriaCatalogue.standard().codes());
        missing.removeAll(reached);
        assertThat(missing).as("catalogue codes that no rule outcome in %d scenario files names", files.size())
                .isEmpty();
    }
}
