package org.chuanmuc.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.criteria.CriteriaCatalogue;
import org.chuanmuc.criteria.StandardCriteria;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two independent implementations of the state rating — the rule files and the hand-written
 * {@link JavaBaseline} — must agree on every officer of a generated population, in both regimes.
 */
class BaselineAgreementTest {
    private static Assessor assessor;
    private static JavaBaseline baseline;

    @BeforeAll
    static void build() {
        assessor = Assessor.builder().rules(StandardCriteria.rules()).build();
        baseline = new JavaBaseline(CriteriaCatalogue.standard().all());
    }

    @ParameterizedTest
    @ValueSource(ints = {2025, 2026})
    void rate_generatedPopulation_rulesAgreeWithJava(int year) {
        var units = RulesVsJavaBenchmark.dossiers(3_000, 30, year);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        int mismatches = RulesVsJavaBenchmark.mismatches(assessor, baseline, units,
                new PrintStream(log, true, StandardCharsets.UTF_8));
        assertThat(mismatches).as(log.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(units.stream().mapToInt(java.util.List::size).sum()).isEqualTo(3_000);
    }
}
