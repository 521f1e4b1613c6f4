package org.chuanmuc.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.bench.JavaBaseline;
import org.chuanmuc.bench.RulesVsJavaBenchmark;
import org.chuanmuc.criteria.CriteriaCatalogue;
import org.chuanmuc.criteria.StandardCriteria;
import org.chuanmuc.model.Dossier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The rules alone, one thread: the standard criteria on generated units of one regime, against the hand-written
 * Java baseline in the same fork. Scores are µs per officer.
 *
 * <pre>java -cp examples/target/chuanmuc-cli.jar org.openjdk.jmh.Main RulesBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@Threads(1)
public class RulesBenchmark {
    /** Officers per invocation: {@value}, in units of 100. */
    public static final int OFFICERS = 10_000;

    @Param({"2025", "2026"})
    private int year;

    private List<List<Dossier>> byUnit;
    private Assessor assessor;
    private JavaBaseline baseline;

    /** Generates the units and builds both implementations once per fork. */
    @Setup(Level.Trial)
    public void setUp() {
        byUnit = RulesVsJavaBenchmark.dossiers(OFFICERS, OFFICERS / 100, year);
        assessor = Assessor.builder().rules(StandardCriteria.rules()).build();
        baseline = new JavaBaseline(CriteriaCatalogue.standard().all());
    }

    /** The standard criteria through Drools, unit by unit. */
    @Benchmark
    @org.openjdk.jmh.annotations.OperationsPerInvocation(OFFICERS)
    public void rules(Blackhole bh) {
        for (List<Dossier> unit : byUnit) {
            bh.consume(assessor.assessAll(unit));
        }
    }

    /** The hand-written Java baseline, unit by unit. */
    @Benchmark
    @org.openjdk.jmh.annotations.OperationsPerInvocation(OFFICERS)
    public void java(Blackhole bh) {
        for (List<Dossier> unit : byUnit) {
            bh.consume(baseline.rate(unit));
        }
    }
}
