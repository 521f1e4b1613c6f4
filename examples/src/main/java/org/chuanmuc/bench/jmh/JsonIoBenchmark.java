package org.chuanmuc.bench.jmh;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.RuleSetInfo;
import org.chuanmuc.cli.generate.DossierGenerator;
import org.chuanmuc.criteria.CriteriaCatalogue;
import org.chuanmuc.criteria.StandardCriteria;
import org.chuanmuc.io.DossierBatch;
import org.chuanmuc.io.DossierReader;
import org.chuanmuc.io.DossierStream;
import org.chuanmuc.io.ResultWriter;
import org.chuanmuc.model.Period;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading and writing alone, one thread: the dossier reader (parse + validate into records) over a generated file
 * held in memory, and the result writer over assessments computed once. Scores are µs per officer.
 *
 * <pre>java -cp examples/target/chuanmuc-cli.jar org.openjdk.jmh.Main JsonIoBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class JsonIoBenchmark {
    /** Officers in the generated file: {@value}. */
    public static final int OFFICERS = 20_000;

    @Param({"2025", "2026"})
    private int year;

    private byte[] input;
    private DossierReader reader;
    private Period period;
    private RuleSetInfo ruleSet;
    private List<Assessment> results;

    /** Generates the file and assesses it once, outside the measurement. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DossierGenerator.generate(OFFICERS, OFFICERS / 100, 42, year, bytes);
        input = bytes.toByteArray();
        reader = DossierReader.withKnownSigns(CriteriaCatalogue.standard().signCodes());
        var file = reader.read(new ByteArrayInputStream(input), "generated");
        Assessor assessor = Assessor.builder().rules(StandardCriteria.rules()).build();
        results = assessor.assessAll(file.dossiers()).assessments();
        period = file.period();
        ruleSet = assessor.ruleSet();
    }

    /** Parses and validates every officer, batch by batch, as {@code assess} does. */
    @Benchmark
    @OperationsPerInvocation(OFFICERS)
    public void read(Blackhole bh) {
        try (DossierStream in = reader.open(new ByteArrayInputStream(input), "generated")) {
            for (DossierBatch batch : in) {
                bh.consume(batch);
            }
        }
    }

    /** Writes every result as JSON. */
    @Benchmark
    @OperationsPerInvocation(OFFICERS)
    public void write(Blackhole bh) {
        CountingSink sink = new CountingSink();
        try (ResultWriter writer = ResultWriter.to(sink, period, ruleSet)) {
            results.forEach(writer::write);
            writer.finish();
        }
        bh.consume(sink.count);
    }

    /** Counts bytes, keeps none. */
    private static final class CountingSink extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
